/**
 * Positions in a deck, pure: stepping forward and back through every step of
 * every slide, and reading/writing `?slide=N&step=K` (slide 1-based, step
 * 0-based: step 0 is the slide before any fragment is revealed).
 */
import type { DeckPosition } from '@/lib/decks/deck-types';

export type SlideSteps = ReadonlyArray<{ steps: number }>;

export const START: DeckPosition = { slide: 0, step: 0 };

export function next(pos: DeckPosition, slides: SlideSteps): DeckPosition {
  const slide = slides[pos.slide];
  if (slide && pos.step < slide.steps) return { slide: pos.slide, step: pos.step + 1 };
  return pos.slide + 1 < slides.length ? { slide: pos.slide + 1, step: 0 } : pos;
}

/** Back one step; from a slide's start, to the previous slide fully revealed. */
export function previous(pos: DeckPosition, slides: SlideSteps): DeckPosition {
  if (pos.step > 0) return { slide: pos.slide, step: pos.step - 1 };
  if (pos.slide === 0) return pos;
  return { slide: pos.slide - 1, step: slides[pos.slide - 1]?.steps ?? 0 };
}

export function last(slides: SlideSteps): DeckPosition {
  const slide = Math.max(0, slides.length - 1);
  return { slide, step: slides[slide]?.steps ?? 0 };
}

/** Slide `n` (1-based, as typed by the speaker) at its start, or undefined when there is none. */
export function slideNumber(n: number, slides: SlideSteps): DeckPosition | undefined {
  return Number.isInteger(n) && n >= 1 && n <= slides.length ? { slide: n - 1, step: 0 } : undefined;
}

/** Every position in order: what print lays out one page each, and how far along the talk is. */
export function allPositions(slides: SlideSteps): DeckPosition[] {
  return slides.flatMap((s, slide) => Array.from({ length: s.steps + 1 }, (_, step) => ({ slide, step })));
}

export function samePosition(a: DeckPosition, b: DeckPosition): boolean {
  return a.slide === b.slide && a.step === b.step;
}

const WHOLE = /^\d{1,6}$/;

/** Reads the position from a query string; anything unusable becomes a notice, never an exception. */
export function readPosition(search: string, slides: SlideSteps): { position: DeckPosition; notice?: string } {
  const query = new URLSearchParams(search);
  const rawSlide = query.get('slide');
  const rawStep = query.get('step');
  if (rawSlide === null) return { position: START, ...(rawStep !== null ? { notice: `A step (“${clip(rawStep)}”) needs a slide; showing slide 1.` } : {}) };
  const n = WHOLE.test(rawSlide.trim()) ? Number(rawSlide) : NaN;
  const slide = slideNumber(n, slides);
  if (!slide) return { position: START, notice: `There is no slide “${clip(rawSlide)}” (this deck has slides 1 to ${slides.length}); showing slide 1.` };
  if (rawStep === null) return { position: slide };
  const steps = slides[slide.slide]!.steps;
  const k = WHOLE.test(rawStep.trim()) ? Number(rawStep) : NaN;
  if (!(k >= 0 && k <= steps)) {
    return { position: slide, notice: `Slide ${n} has no step “${clip(rawStep)}” (steps 0 to ${steps}); showing its start.` };
  }
  return { position: { slide: slide.slide, step: k } };
}

/** The query string for a position, keeping every other parameter. */
export function writePosition(search: string, pos: DeckPosition): string {
  const query = new URLSearchParams(search);
  query.set('slide', String(pos.slide + 1));
  query.set('step', String(pos.step));
  return `?${query.toString()}`;
}

/**
 * The deck's steps decide every figure's parameters, so parameters a figure
 * wrote into the URL earlier (`rx-ring.ring_size=4096`) must not override the
 * step on reload. Simulation parameters are the keys with a dot.
 */
export function withoutSimParams(search: string): string {
  const query = new URLSearchParams(search);
  for (const key of [...query.keys()]) if (key.includes('.')) query.delete(key);
  const s = query.toString();
  return s ? `?${s}` : '';
}

function clip(s: string): string {
  return s.length > 12 ? `${s.slice(0, 12)}…` : s;
}
