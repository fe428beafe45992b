'use client';
/**
 * Mounts the next slide out of sight, shortly after each page turn, so its
 * figures' code is fetched before the speaker gets there: the turn itself
 * then paints at once, and a deck rehearsed online keeps working offline.
 * Hidden figures pause (they are off screen) and share the page's stores, so
 * nothing runs twice; the visible slide's step still sets the parameters.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';
import { DeckContext } from './deck-context';

const AFTER_TURN_MS = 400;

export function NextSlideWarmup({ outline, position, children }: { outline: DeckOutline; position: DeckPosition; children: ReactNode }) {
  const [slide, setSlide] = useState<number | undefined>(undefined);
  useEffect(() => {
    const upcoming = position.slide + 1;
    if (upcoming >= outline.slides.length) return;
    const t = setTimeout(() => setSlide(upcoming), AFTER_TURN_MS);
    return () => clearTimeout(t);
  }, [position.slide, outline.slides.length]);

  if (slide === undefined || slide === position.slide) return null;
  return (
    <div hidden aria-hidden inert data-deck-warmup={slide + 1}>
      <DeckContext.Provider value={{ outline, position: { slide, step: 0 }, layout: 'single', live: true }}>{children}</DeckContext.Provider>
    </div>
  );
}
