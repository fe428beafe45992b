'use client';
/**
 * Every step of every slide, one 16:9 page each, for printing or saving as a
 * PDF. Figures appear as snapshots of the parameters each step sets: a fixed,
 * reproducible moment rather than whatever an animation showed.
 */
import type { ReactNode } from 'react';
import type { DeckOutline } from '@/lib/decks/deck-types';
import { DeckContext } from './deck-context';
import { allPositions, START } from './deck-position';

export function PrintDeck({ outline, children }: { outline: DeckOutline; children: ReactNode }) {
  const pages = allPositions(outline.slides).length;
  return (
    <DeckContext.Provider value={{ outline, position: START, layout: 'print', live: false }}>
      <div className="deck-print" data-print-pages={pages}>
        <div data-print-hide className="mx-auto max-w-[1280px] px-4 py-6 font-sans">
          <h1 className="text-2xl font-bold text-ink">{outline.title}: print version</h1>
          <p className="mt-2 text-ink-2">
            {outline.slides.length} slides, {pages} pages (one per step). Print this page, or save it as a PDF, from your browser’s menu.
          </p>
        </div>
        <div className="mx-auto w-[1280px] space-y-6 print:space-y-0">{children}</div>
      </div>
    </DeckContext.Provider>
  );
}
