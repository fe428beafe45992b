'use client';
/**
 * What every slide element needs to know: which slide and step to show, and
 * whether simulations run live or appear as static snapshots (the presenter's
 * next-step preview and the print layout, where a second live run would be
 * waste and a moving one would not print).
 */
import { createContext, useContext } from 'react';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';

export type DeckView = {
  outline: DeckOutline;
  position: DeckPosition;
  /** 'print': every slide renders, once per step; 'single': only the current one. */
  layout: 'single' | 'print';
  live: boolean;
};

export const DeckContext = createContext<DeckView | undefined>(undefined);

export function useDeckView(): DeckView {
  const view = useContext(DeckContext);
  if (!view) throw new Error('slide components render inside a deck (components/present/deck-player.tsx)');
  return view;
}

/** The step a slide element is rendered for (print renders a slide once per step). */
export const StepContext = createContext<number | undefined>(undefined);

/** The slide an element belongs to (0-based). */
export const SlideIndexContext = createContext<number>(0);
