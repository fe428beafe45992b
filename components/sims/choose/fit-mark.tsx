/**
 * How a fit reads everywhere in the guide: a word and a mark, coloured from the
 * theme's tokens. The word carries the meaning; colour and mark only repeat it.
 */
import type { Fit } from '@/simulations/models/choose';

export const FIT_WORDS: Record<Fit, string> = { meets: 'meets', partly: 'partly', fails: 'fails' };

const MARK: Record<Fit | 'info', string> = { meets: '✓', partly: '◐', fails: '✗', info: '·' };

const TONE: Record<Fit | 'info', string> = {
  meets: 'bg-good-soft text-good',
  partly: 'bg-warn-soft text-warn',
  fails: 'bg-paper-2 text-ink-2',
  info: 'bg-paper-2 text-ink-2',
};

/** A pill: "✓ meets". */
export function FitBadge({ fit, className = '' }: { fit: Fit; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-[0.7rem] font-semibold ${TONE[fit]} ${className}`}
      data-fit={fit}
    >
      <span aria-hidden="true">{MARK[fit]}</span>
      {FIT_WORDS[fit]}
    </span>
  );
}

/** The mark before a reason; screen readers get the word. */
export function ReasonMark({ fit }: { fit: Fit | 'info' }) {
  return (
    <span className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[0.65rem] font-bold ${TONE[fit]}`}>
      <span aria-hidden="true">{MARK[fit]}</span>
      <span className="sr-only">{fit === 'info' ? 'note' : FIT_WORDS[fit]}:</span>
    </span>
  );
}
