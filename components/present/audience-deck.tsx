'use client';
/**
 * The audience window: the stage filling the screen, a slim progress bar and
 * counter, and the overlays. The compiled MDX (all slides) comes in as
 * children; <Slide> elements show only the current one.
 */
import { usePathname } from 'next/navigation';
import { useRef, type PointerEvent, type ReactNode } from 'react';
import type { DeckOutline } from '@/lib/decks/deck-types';
import { DeckContext } from './deck-context';
import { NextSlideWarmup } from './next-slide-warmup';
import { allPositions } from './deck-position';
import { useDeckSync } from './deck-sync';
import { useDeckPreload } from './deck-preloader';
import { BlackScreen, DeckNotice, Help, Overview } from './overlays';
import { Stage } from './stage';
import { useDeckController } from './use-deck-controller';

const SWIPE_PX = 60;

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function AudienceDeck({ outline, children }: { outline: DeckOutline; children: ReactNode }) {
  const deck = useDeckController(outline, {
    onFullscreen: toggleFullscreen,
    // From the deck's own path, with or without its trailing slash.
    onPresenter: () =>
      window.open(
        `${window.location.pathname.replace(/\/?$/, '/')}presenter/${window.location.search}`,
        `presenter-${outline.slug}`,
        'popup,width=1200,height=760',
      ),
  });
  const { position, overlay, setOverlay } = deck;
  useDeckSync(outline, position, deck.go, usePathname() ?? '/', 'audience');
  const preload = useDeckPreload(outline);
  const swipe = useRef<{ x: number; y: number } | undefined>(undefined);
  const positions = allPositions(outline.slides);
  const index = positions.findIndex((p) => p.slide === position.slide && p.step === position.step);

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'touch') swipe.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const start = swipe.current;
    swipe.current = undefined;
    if (!start || e.pointerType !== 'touch') return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - start.y) * 1.5) deck.run({ kind: dx < 0 ? 'next' : 'previous' });
  };

  return (
    <DeckContext.Provider value={{ outline, position, layout: 'single', live: true }}>
      <div
        data-deck={outline.slug}
        data-deck-preloaded={preload.status}
        data-slide={position.slide + 1}
        data-step={position.step}
        className="deck-screen fixed inset-0 z-[60] bg-black"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      >
        <h1 className="sr-only">{outline.title}</h1>
        <Stage label={`Slide ${position.slide + 1} of ${outline.slides.length}: ${outline.slides[position.slide]?.title ?? ''}`}>{children}</Stage>
        <NextSlideWarmup outline={outline} position={position}>
          {children}
        </NextSlideWarmup>
        <div aria-hidden className="absolute inset-x-0 bottom-0 h-1 bg-ink/10">
          <div className="h-full bg-accent transition-[width] duration-200" style={{ width: `${((index + 1) / positions.length) * 100}%` }} />
        </div>
        {/* The counter and the help button lie on the slide's bottom padding, or on the letterbox when the
            window is not 16:9: each brings its own paper so that its ink reads on either, in both themes. */}
        <p className="absolute bottom-2 right-3 rounded bg-paper px-1.5 font-sans text-sm tabular text-ink-2" data-deck-counter aria-live="polite">
          {deck.digits ? <span className="mr-2 rounded bg-accent px-1.5 text-accent-ink">go to {deck.digits}…</span> : null}
          {position.slide + 1} / {outline.slides.length}
        </p>
        <button
          type="button"
          onClick={() => setOverlay('help')}
          className="absolute bottom-2 left-3 rounded bg-paper px-1.5 font-sans text-sm text-ink-2 hover:text-ink focus:text-ink"
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
        {overlay === 'overview' && (
          <Overview
            outline={outline}
            position={position}
            onPick={(slide) => {
              deck.go({ slide, step: 0 });
              setOverlay('none');
            }}
            onClose={() => setOverlay('none')}
          />
        )}
        {overlay === 'help' && <Help onClose={() => setOverlay('none')} />}
        {overlay === 'black' && <BlackScreen onClose={() => setOverlay('none')} />}
        {deck.notice && <DeckNotice text={deck.notice} onDismiss={deck.dismissNotice} />}
        {preload.preloader}
      </div>
    </DeckContext.Provider>
  );
}
