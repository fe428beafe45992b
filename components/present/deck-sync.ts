'use client';
/**
 * Keeps the windows of one deck (audience, presenter) together through a
 * BroadcastChannel: the position, and the parameters and seed of the figures
 * on the current slide (a simulation is deterministic from seed + parameters,
 * so those are its state). Messages are validated: another tab may post
 * anything on a channel with the same name.
 */
import { useEffect, useRef } from 'react';
import { whenStore, type SimStore } from '@/components/sims/sim-store';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';
import { samePosition } from './deck-position';

export type SyncMessage =
  | { type: 'position'; slide: number; step: number }
  | { type: 'sim'; id: string; values: Record<string, number | boolean>; seed: number };

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4294967295;

/**
 * The message, or undefined for anything else. Checked by hand rather than
 * with zod: zod's probe for eval trips the site's CSP and adds 100 KB here.
 */
export function readSyncMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'position') return count(m.slide) && count(m.step) ? { type: 'position', slide: m.slide, step: m.step } : undefined;
  if (m.type !== 'sim' || typeof m.id !== 'string' || m.id.length > 64 || !count(m.seed)) return undefined;
  if (typeof m.values !== 'object' || m.values === null || Array.isArray(m.values)) return undefined;
  const values: Record<string, number | boolean> = {};
  for (const [k, v] of Object.entries(m.values)) {
    if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) values[k] = v;
    else return undefined;
  }
  return { type: 'sim', id: m.id, values, seed: m.seed };
}

export function channelName(slug: string): string {
  return `line-rate-deck:${slug}`;
}

/**
 * Only changes made in this window are posted: echoing what the other window
 * sent would, after two quick key presses there, pull it back a step.
 * `path`: this page's store path (stores are per page).
 */
export function useDeckSync(outline: DeckOutline, position: DeckPosition, go: (p: DeckPosition) => void, path: string) {
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  const fromOther = useRef<DeckPosition | undefined>(undefined);
  const applyingOther = useRef(false);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName(outline.slug));
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const m = readSyncMessage(e.data);
      if (!m) return;
      if (m.type === 'position') {
        const slide = outline.slides[m.slide];
        if (!slide || m.step > slide.steps) return;
        fromOther.current = { slide: m.slide, step: m.step };
        go(fromOther.current);
      } else {
        whenStore(path, m.id, (store) => {
          applyingOther.current = true;
          try {
            store.set(m.values);
            store.setSeed(m.seed);
          } finally {
            applyingOther.current = false;
          }
        });
      }
    };
    return () => {
      ch.close();
      channel.current = undefined;
    };
  }, [outline, go, path]);

  // Each window announces its position whenever it changes; the other's go() ignores what it already shows.
  useEffect(() => {
    if (fromOther.current && samePosition(fromOther.current, position)) return;
    fromOther.current = undefined;
    channel.current?.postMessage({ type: 'position', slide: position.slide, step: position.step } satisfies SyncMessage);
  }, [position]);

  // Parameter and seed changes of the current slide's figures, from a step or a hand on a slider.
  useEffect(() => {
    const ids = outline.slides[position.slide]?.states[0]?.map((s) => s.id) ?? [];
    const unsubscribes: Array<() => void> = [];
    for (const id of ids) {
      unsubscribes.push(
        whenStore(path, id, (store: SimStore) => {
          let last = store.get();
          unsubscribes.push(
            store.subscribe(() => {
              const now = store.get();
              if (now.values === last.values && now.seed === last.seed) return;
              last = now;
              if (applyingOther.current) return;
              channel.current?.postMessage({ type: 'sim', id, values: { ...now.values }, seed: now.seed } satisfies SyncMessage);
            }),
          );
        }),
      );
    }
    return () => unsubscribes.forEach((u) => u());
  }, [outline, position.slide, path]);
}
