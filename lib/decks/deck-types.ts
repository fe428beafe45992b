/**
 * What a compiled deck tells its player: plain data, no catalog import, so the
 * client bundle stays free of simulation models. Built by remark-slides.ts.
 */

/** A parameter as the audience reads it: "RX ring: 4,096 descriptors". */
export type ShownParam = { label: string; value: string };

/** One simulation's complete state at one step (filled forward, so going back needs no undo). */
export type SimSnapshot = { id: string; title: string; values: Record<string, number | boolean>; shown: ShownParam[] };

export type SlideInfo = {
  /** The slide's first heading, or "Slide N" when it has none. */
  title: string;
  /** Number of <Step> fragments; positions on the slide run 0 … steps. */
  steps: number;
  /** Speaker notes as paragraphs of plain text. */
  notes: string[];
  /** [step] → the state of every simulation shown on the slide. */
  states: SimSnapshot[][];
};

export type DeckMeta = { slug: string; file: string; title: string; summary?: string; author?: string; date?: string; durationMinutes: number };

export type DeckOutline = DeckMeta & { slides: SlideInfo[] };

/** Where the talk is: slide is 0-based here, 1-based in URLs and on screen. */
export type DeckPosition = { slide: number; step: number };
