'use client';
/**
 * Once the deck has painted, fetch the code of every figure it shows, so the
 * whole talk works with the network off from then on, not only the slides
 * already visited. Each figure's binding is rendered with `use="preload"`
 * (it draws nothing): its code arrives through the very import the slide will
 * use later — a second import() of the same module elsewhere could be split
 * into other chunks — and then its model. Waits a moment so the first slide's
 * own code comes first.
 *
 * Status: 'loading', then 'ready', or 'partial' when some figure's code failed
 * (those slides show their error card; the rest of the deck goes on).
 */
import { Component, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { bindingFor } from '@/components/sims/frame/bindings';
import type { DeckOutline } from '@/lib/decks/deck-types';

const AFTER_FIRST_PAINT_MS = 1_500;

export type DeckPreloadStatus = 'loading' | 'ready' | 'partial';

export function useDeckPreload(outline: DeckOutline): { status: DeckPreloadStatus; preloader: ReactNode } {
  const ids = useMemo(
    () => [...new Set(outline.slides.flatMap((s) => (s.states[0] ?? []).map((state) => state.id)))].filter((id) => bindingFor(id)),
    [outline],
  );
  const [started, setStarted] = useState(false);
  const [done, setDone] = useState<Record<string, boolean>>({});
  useEffect(() => {
    const t = setTimeout(() => setStarted(true), AFTER_FIRST_PAINT_MS);
    return () => clearTimeout(t);
  }, []);
  const report = useCallback((id: string, ok: boolean) => setDone((d) => (id in d ? d : { ...d, [id]: ok })), []);
  const finished = ids.every((id) => id in done);
  const status: DeckPreloadStatus = !finished ? 'loading' : ids.every((id) => done[id]) ? 'ready' : 'partial';
  const preloader = started ? (
    <div hidden aria-hidden data-deck-preloader>
      {ids.map((id) => {
        const Binding = bindingFor(id)!;
        return (
          <PreloadBoundary key={id} onError={() => report(id, false)}>
            <Suspense fallback={null}>
              <Binding use="preload" onDone={(ok) => report(id, ok)} />
            </Suspense>
          </PreloadBoundary>
        );
      })}
    </div>
  ) : null;
  return { status, preloader };
}

/** A figure whose code could not be fetched: reported, and nothing drawn. */
class PreloadBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch() {
    this.props.onError();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
