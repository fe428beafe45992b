/**
 * The MDX components of a deck: the chapters' map, <Simulation> able to show
 * a static snapshot, and the slide elements. Keys match lib/decks/deck-rules.ts
 * plus <Slide>, which the pipeline inserts.
 */
import { mdxComponents } from '@/components/prose/mdx-components';
import { DeckSimulation } from './deck-simulation';
import { Notes, Slide, Step } from './slide-parts';

export const deckComponents = { ...mdxComponents, Simulation: DeckSimulation, Slide, Step, Notes };
