'use client';
/** What covers the stage on demand: the overview grid, the shortcut help, the black screen, a notice. */
import { useEffect, useRef } from 'react';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';
import { SHORTCUTS } from './deck-keys';

export function Overview({
  outline,
  position,
  onPick,
  onClose,
}: {
  outline: DeckOutline;
  position: DeckPosition;
  onPick: (slide: number) => void;
  onClose: () => void;
}) {
  const current = useRef<HTMLButtonElement>(null);
  // Also when the position arrives after the overview opened (a key pressed while the URL was being read).
  useEffect(() => current.current?.focus(), [position.slide]);
  return (
    <div role="dialog" aria-modal="true" aria-label="All slides" data-deck-overview className="absolute inset-0 z-20 overflow-y-auto bg-paper/95 p-8 font-sans">
      <div className="mb-5 flex items-baseline justify-between">
        <h2 className="text-2xl font-bold text-ink">{outline.title}: all slides</h2>
        <button type="button" onClick={onClose} className="rounded-lg border border-rule-strong px-3 py-1.5 text-sm font-semibold text-ink hover:border-accent">
          Close (Esc)
        </button>
      </div>
      <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {outline.slides.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              ref={i === position.slide ? current : undefined}
              onClick={() => onPick(i)}
              aria-current={i === position.slide ? 'true' : undefined}
              data-overview-slide={i + 1}
              className={`flex aspect-video w-full flex-col justify-between rounded-lg border-2 bg-card p-3 text-left hover:border-accent ${i === position.slide ? 'border-accent' : 'border-rule'}`}
            >
              <span className="text-xs font-bold tabular text-accent">{i + 1}</span>
              <span className="line-clamp-3 text-sm font-semibold leading-snug text-ink">{s.title}</span>
              <span className="text-xs text-ink-3">
                {[s.steps > 0 ? `${s.steps} step${s.steps === 1 ? '' : 's'}` : '', s.states[0]?.length ? 'live' : ''].filter(Boolean).join(' · ') || '\u00a0'}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function Help({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="deck-help-title"
      data-deck-help
      className="absolute inset-0 z-20 grid place-items-center bg-paper/90 p-6 font-sans"
    >
      <div className="w-full max-w-xl rounded-2xl border border-rule-strong bg-card p-6 shadow-xl">
        <h2 id="deck-help-title" className="text-xl font-bold text-ink">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-base">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt className="font-mono text-sm font-semibold text-ink">{keys}</dt>
              <dd className="text-ink-2">{what}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-ink-2">On a tablet, swipe left or right.</p>
        <button ref={close} type="button" onClick={onClose} className="mt-5 rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink">
          Close
        </button>
      </div>
    </div>
  );
}

export function BlackScreen({ onClose }: { onClose: () => void }) {
  return (
    <button
      type="button"
      aria-label="Black screen: press B, . or Esc to return"
      data-deck-black
      onClick={onClose}
      className="absolute inset-0 z-30 cursor-none bg-black"
    />
  );
}

export function DeckNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div
      role="status"
      data-deck-notice
      className="absolute left-1/2 top-4 z-40 flex max-w-[90%] -translate-x-1/2 items-start gap-3 rounded-lg border border-warn/50 bg-warn-soft px-4 py-2.5 font-sans text-sm text-warn shadow-lg"
    >
      <span>{text}</span>
      <button type="button" onClick={onDismiss} className="font-semibold underline">
        Dismiss
      </button>
    </div>
  );
}
