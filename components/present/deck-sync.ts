'use client';
/**
 * Keeps the windows of one deck (audience, presenter) together through a
 * BroadcastChannel: the position, and the parameters and seed of the figures
 * on the current slide (a simulation is deterministic from seed + parameters,
 * so those are its state), their play/pause and speed, and their clock.
 * Messages are validated: another tab may post anything on a channel with the
 * same name.
 *
 * The clock has one leader, the audience's window (what the room sees): it
 * sends the instant it shows every frame, and the presenter's figures show
 * those instants instead of running on their own (components/sims/frame/playback.ts).
 * The presenter sends only the instants its reader chose (a step, a restart).
 * When either window pauses or plays, the audience sends its instant at once,
 * so both stop on the very same packet.
 */
import { useEffect, useRef } from 'react';
import { whenStore, type SimStore } from '@/components/sims/frame/sim-store';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';
import { samePosition } from './deck-position';

export type SyncMessage =
  | { type: 'position'; slide: number; step: number }
  | { type: 'sim'; id: string; values: Record<string, number | boolean>; seed: number }
  | { type: 'playback'; id: string; playing?: boolean; speed?: number }
  | { type: 'clock'; id: string; clock: number; exact: boolean };

export type DeckRole = 'audience' | 'presenter';

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4294967295;

/**
 * The message, or undefined for anything else. Checked by hand rather than
 * with zod: zod's probe for eval trips the site's CSP and adds 100 KB here.
 */
export function readSyncMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'position') return count(m.slide) && count(m.step) ? { type: 'position', slide: m.slide, step: m.step } : undefined;
  if (typeof m.id !== 'string' || m.id.length > 64) return undefined;
  if (m.type === 'playback') {
    if (m.playing !== undefined && typeof m.playing !== 'boolean') return undefined;
    if (m.speed !== undefined && !(typeof m.speed === 'number' && Number.isFinite(m.speed) && m.speed > 0)) return undefined;
    return { type: 'playback', id: m.id, ...(m.playing !== undefined && { playing: m.playing }), ...(m.speed !== undefined && { speed: m.speed }) };
  }
  if (m.type === 'clock') {
    if (typeof m.clock !== 'number' || !Number.isFinite(m.clock) || m.clock < 0 || typeof m.exact !== 'boolean') return undefined;
    return { type: 'clock', id: m.id, clock: m.clock, exact: m.exact };
  }
  if (m.type !== 'sim' || !count(m.seed)) return undefined;
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
export function useDeckSync(outline: DeckOutline, position: DeckPosition, go: (p: DeckPosition) => void, path: string, role: DeckRole) {
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
            applySim(store, m, role, ch);
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
  }, [outline, go, path, role]);

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
          const playback = store.playback;
          unsubscribes.push(
            playback.subscribe(() => {
              if (applyingOther.current) return;
              const { playing, speed } = playback.get();
              post({ type: 'playback', id, playing, speed });
              if (role === 'audience') post({ type: 'clock', id, clock: playback.clock, exact: true });
            }),
            playback.onReport((clock, explicit) => {
              if (applyingOther.current || (role === 'presenter' && !explicit)) return;
              post({ type: 'clock', id, clock, exact: explicit });
            }),
          );
        }),
      );
    }
    return () => unsubscribes.forEach((u) => u());
  }, [outline, position.slide, path, role]);

  function post(m: SyncMessage) {
    channel.current?.postMessage(m);
  }
}

/** Another window's change to a figure, applied here without being sent back. */
function applySim(store: SimStore, m: Exclude<SyncMessage, { type: 'position' }>, role: DeckRole, ch: BroadcastChannel) {
  const playback = store.playback;
  switch (m.type) {
    case 'sim':
      store.set(m.values);
      store.setSeed(m.seed);
      return;
    case 'playback':
      if (m.playing !== undefined) playback.setPlaying(m.playing);
      if (m.speed !== undefined) playback.setSpeed(m.speed);
      // The leader answers with the instant it stopped (or started) at, so both show it.
      if (role === 'audience') ch.postMessage({ type: 'clock', id: m.id, clock: playback.clock, exact: true } satisfies SyncMessage);
      return;
    case 'clock':
      playback.seek(m.clock, { follow: role === 'presenter', exact: m.exact });
      return;
  }
}
