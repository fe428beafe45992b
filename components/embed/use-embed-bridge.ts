'use client';
/**
 * The frame's side of the embed protocol (lib/embed/protocol.ts):
 *  - tells the parent `ready` once the figure's store exists and has read the URL,
 *    `resize` whenever the content's height changes, and `state` when the
 *    parameters, the clock or the theme have changed — at most once per frame;
 *  - obeys setParams / play / pause / reset / setTheme from the parent window
 *    only, after validation; untagged messages are ignored silently;
 *  - answers the host with `error` when it refuses a tagged message, or applies
 *    a setParams with values clamped or names unknown. Those go to the host's
 *    code only (and the console): the reader's banner (NoticeBar, from the
 *    store's notices) shows what the frame's own link asked for, never the
 *    host's mistakes.
 * Host messages are applied once per animation frame (lib/embed/coalesce.ts):
 * a burst of thousands costs the frame one update, not thousands of renders,
 * and is answered with one `state`. Messages that arrive before the figure has
 * loaded wait for it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { SimClock } from '@/components/sims/frame/sim-clock';
import { whenStore, type SimStore } from '@/components/sims/frame/sim-store';
import { coalesce } from '@/lib/embed/coalesce';
import { frameMessage, isTagged, paramsAdjusted, type EmbedTheme, type FrameMessage } from '@/lib/embed/envelope';
import { frameScheduler, type FrameScheduler } from '@/lib/embed/frame-scheduler';
import type { HostMessage } from '@/lib/embed/protocol';

type Bridge = { clockChanged: (clock: SimClock | undefined) => void };
type Protocol = typeof import('@/lib/embed/protocol');

function post(message: FrameMessage) {
  // Not framed (someone opened the embed URL directly): nobody to tell.
  if (window.parent === window) return;
  // The payload is public figure state, so any host may read it.
  window.parent.postMessage(frameMessage(message), '*');
}

export function useEmbedBridge(sim: string, path: string, root: RefObject<HTMLElement | null>, theme: EmbedTheme, setTheme: (t: EmbedTheme) => void): Bridge {
  const store = useRef<SimStore | undefined>(undefined);
  const clock = useRef<SimClock | undefined>(undefined);
  const running = useRef(false);
  /** Validated host messages not yet applied. */
  const inbox = useRef<HostMessage[]>([]);
  /** Something the host sees in `state` changed since the last one was posted. */
  const stateDirty = useRef(false);
  const frame = useRef<FrameScheduler | undefined>(undefined);
  const latest = useRef({ theme, setTheme });
  latest.current = { theme, setTheme };

  const snapshot = useCallback(
    () => ({ sim, params: { ...(store.current?.get().values ?? {}) }, running: running.current, theme: latest.current.theme }),
    [sim],
  );

  const apply = useCallback(
    (s: SimStore, message: HostMessage) => {
      switch (message.type) {
        case 'setParams': {
          // A merged run of setParams (coalesce) is answered once, about the merged bag: a bad value that a later
          // one in the same frame replaced never reached the figure, so it is not reported.
          const notices = s.setFromOutside(message.params);
          if (notices.length > 0) post(paramsAdjusted(sim, notices));
          return;
        }
        case 'play':
          return clock.current?.setPlaying(true);
        case 'pause':
          return clock.current?.setPlaying(false);
        case 'reset':
          s.reset();
          return clock.current?.restart();
        case 'setTheme':
          return latest.current.setTheme(message.theme);
      }
    },
    [sim],
  );

  /** Applies what the host sent since the last frame, then posts one `state` if anything changed. */
  const flush = useCallback(() => {
    const s = store.current;
    if (!s) return; // messages wait for the figure (see whenStore below)
    for (const m of coalesce(inbox.current.splice(0))) apply(s, m);
    if (!stateDirty.current) return;
    stateDirty.current = false;
    post({ type: 'state', ...snapshot() });
  }, [apply, snapshot]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const nextFrame = useCallback(() => {
    frame.current ??= frameScheduler(() => flushRef.current());
    frame.current.request();
  }, []);

  const stateChanged = useCallback(() => {
    // Before `ready` there is no state to report; `ready` carries it.
    if (!store.current) return;
    stateDirty.current = true;
    nextFrame();
  }, [nextFrame]);

  useEffect(() => () => frame.current?.cancel(), []);

  // The store appears when the figure's code has loaded and first renders.
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    const cancel = whenStore(path, sim, (s) => {
      // Called while the figure renders: act just after, not during, that render.
      queueMicrotask(() => {
        s.loadUrl(window.location.search);
        s.startHere();
        store.current = s;
        unsubscribe = s.subscribe(stateChanged);
        post({ type: 'ready', ...snapshot() });
        // For tests and the benchmark: the figure is live and listening.
        root.current?.setAttribute('data-embed-ready', '');
        // What came while the figure loaded applies at once, in order.
        flushRef.current();
      });
    });
    return () => {
      cancel();
      unsubscribe?.();
    };
  }, [path, sim, root, snapshot, stateChanged]);

  useEffect(() => {
    // The validator (zod) is fetched with the first message tagged as ours. Until it is
    // there (and while messages wait on it) they go through one chain, which keeps them in order.
    let protocol: Protocol | undefined;
    let waiting = 0;
    let chain = Promise.resolve();
    const receive = ({ parseHostMessage, refusalMessage }: Protocol, data: unknown) => {
      const parsed = parseHostMessage(data);
      if (parsed.ok) {
        inbox.current.push(parsed.message);
        nextFrame();
      } else if (parsed.ours) {
        console.warn(`[netsim-embed] ignored a message from the host page: ${parsed.problem}`);
        post(refusalMessage(sim, parsed));
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (window.parent === window || event.source !== window.parent || !isTagged(event.data)) return;
      const data: unknown = event.data;
      if (protocol && waiting === 0) return receive(protocol, data);
      waiting += 1;
      chain = chain
        .then(() => import('@/lib/embed/protocol'))
        .then((loaded) => {
          protocol = loaded;
          receive(loaded, data);
        })
        .catch(() => undefined)
        .finally(() => {
          waiting -= 1;
        });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [nextFrame, sim]);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      post({ type: 'resize', sim, height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [root, sim]);

  useEffect(stateChanged, [theme, stateChanged]);

  const clockChanged = useCallback(
    (next: SimClock | undefined) => {
      clock.current = next;
      const now = next?.playing ?? false;
      if (now === running.current) return;
      running.current = now;
      stateChanged();
    },
    [stateChanged],
  );
  return { clockChanged };
}
