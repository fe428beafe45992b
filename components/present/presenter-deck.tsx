'use client';
/**
 * The presenter window: the current slide (live: its figures can be driven
 * from here), a static preview of the next step, notes, timers and the
 * counter. Either window drives both (deck-sync.ts).
 */
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import type { DeckOutline } from '@/lib/decks/deck-types';
import { DeckContext } from './deck-context';
import { next, samePosition } from './deck-position';
import { useDeckSync } from './deck-sync';
import { useDeckPreload } from './deck-preloader';
import { Help, Overview, DeckNotice } from './overlays';
import { PresenterClock } from './presenter-clock';
import { Stage } from './stage';
import { useDeckController } from './use-deck-controller';

export function PresenterDeck({ outline, current, preview }: { outline: DeckOutline; current: ReactNode; preview: ReactNode }) {
  const deck = useDeckController(outline);
  const { position, overlay, setOverlay } = deck;
  useDeckSync(outline, position, deck.go, usePathname() ?? '/', 'presenter');
  const preload = useDeckPreload(outline);
  const slide = outline.slides[position.slide];
  const upcoming = next(position, outline.slides);
  const atEnd = samePosition(upcoming, position);

  return (
    <div
      data-presenter={outline.slug}
      data-deck-preloaded={preload.status}
      data-slide={position.slide + 1}
      data-step={position.step}
      className="fixed inset-0 z-[60] grid grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)] grid-rows-[auto_minmax(0,1fr)_minmax(0,1fr)] gap-4 bg-paper-2 p-4 font-sans"
    >
      <header className="col-span-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-lg font-bold text-ink">{outline.title} · presenter</h1>
        <p data-presenter-counter className="tabular text-xl font-semibold text-ink">
          Slide {position.slide + 1} / {outline.slides.length}
          {slide && slide.steps > 0 ? (
            <span className="ml-2 text-base font-normal text-ink-2">
              step {position.step} / {slide.steps}
            </span>
          ) : null}
          {deck.digits ? <span className="ml-2 rounded bg-accent-soft px-1.5 text-base">go to {deck.digits}…</span> : null}
        </p>
        <PresenterClock durationMinutes={outline.durationMinutes} />
      </header>
      <section aria-label="Current slide" className="row-span-2 min-h-0 overflow-hidden rounded-lg border border-rule-strong bg-black">
        <DeckContext.Provider value={{ outline, position, layout: 'single', live: true }}>
          <Stage label={`Current: slide ${position.slide + 1}`}>{current}</Stage>
        </DeckContext.Provider>
      </section>
      <section aria-labelledby="presenter-next" className="flex min-h-0 flex-col">
        <h2 id="presenter-next" className="mb-1 text-sm font-bold uppercase tracking-wider text-ink-2">
          {atEnd ? 'End of the deck' : upcoming.slide === position.slide ? `Next: step ${upcoming.step}` : `Next: slide ${upcoming.slide + 1}`}
        </h2>
        <div data-presenter-preview className="min-h-0 flex-1 overflow-hidden rounded-lg border border-rule bg-black opacity-95">
          {!atEnd && (
            <DeckContext.Provider value={{ outline, position: upcoming, layout: 'single', live: false }}>
              <Stage label={`Next: slide ${upcoming.slide + 1}, step ${upcoming.step}`}>{preview}</Stage>
            </DeckContext.Provider>
          )}
        </div>
      </section>
      <section aria-labelledby="presenter-notes" className="min-h-0 overflow-y-auto rounded-lg border border-rule bg-card p-4">
        <h2 id="presenter-notes" className="text-sm font-bold uppercase tracking-wider text-ink-2">
          Notes
        </h2>
        <div data-presenter-notes className="mt-2 space-y-3 text-xl leading-snug text-ink">
          {slide && slide.notes.length > 0 ? slide.notes.map((n, i) => <p key={i}>{n}</p>) : <p className="text-ink-3">No notes for this slide.</p>}
        </div>
      </section>
      {overlay === 'overview' && (
        <Overview
          outline={outline}
          position={position}
          onPick={(s) => {
            deck.go({ slide: s, step: 0 });
            setOverlay('none');
          }}
          onClose={() => setOverlay('none')}
        />
      )}
      {overlay === 'help' && <Help onClose={() => setOverlay('none')} />}
      {deck.notice && <DeckNotice text={deck.notice} onDismiss={deck.dismissNotice} />}
      {preload.preloader}
    </div>
  );
}
