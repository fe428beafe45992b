'use client';
/**
 * The frame's side of the embed protocol (lib/embed/protocol.ts):
 *  - tells the parent `ready` once the figure's store exists and has read the URL,
 *    `resize` whenever the content's height changes, and `state` whenever the
 *    parameters, the clock or the theme change;
 *  - obeys setParams / play / pause / reset / setTheme from the parent window
 *    only, after validation; anything else is ignored (tagged but malformed
 *    messages get a console warning for the host's developer).
 * Messages that arrive before the figure has loaded wait for it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { SimClock } from '@/components/sims/simulation-frame';
import { whenStore, type SimStore } from '@/components/sims/sim-store';
import { frameMessage, isTagged, type EmbedTheme, type FrameMessage } from '@/lib/embed/envelope';
import type { HostMessage } from '@/lib/embed/protocol';

type Bridge = { clockChanged: (clock: SimClock | undefined) => void };

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
  const pending = useRef<HostMessage[]>([]);
  const latest = useRef({ theme, setTheme });
  latest.current = { theme, setTheme };

  const snapshot = useCallback(
    () => ({ sim, params: { ...(store.current?.get().values ?? {}) }, running: running.current, theme: latest.current.theme }),
    [sim],
  );
  const postState = useCallback(() => {
    if (store.current) post({ type: 'state', ...snapshot() });
  }, [snapshot]);

  const obey = useCallback((message: HostMessage) => {
    const s = store.current;
    if (!s) return void pending.current.push(message);
    switch (message.type) {
      case 'setParams':
        return s.setFromOutside(message.params);
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
  }, []);

  // The store appears when the figure's code has loaded and first renders.
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    const cancel = whenStore(path, sim, (s) => {
      // Called while the figure renders: act just after, not during, that render.
      queueMicrotask(() => {
        s.loadUrl(window.location.search);
        s.startHere();
        store.current = s;
        unsubscribe = s.subscribe(postState);
        post({ type: 'ready', ...snapshot() });
        // For tests and the benchmark: the figure is live and listening.
        root.current?.setAttribute('data-embed-ready', '');
        for (const m of pending.current.splice(0)) obey(m);
      });
    });
    return () => {
      cancel();
      unsubscribe?.();
    };
  }, [path, sim, root, snapshot, postState, obey]);

  useEffect(() => {
    // The validator (zod) is fetched with the first message tagged as ours; the chain keeps messages in order.
    let chain = Promise.resolve();
    const onMessage = (event: MessageEvent) => {
      if (window.parent === window || event.source !== window.parent || !isTagged(event.data)) return;
      const data: unknown = event.data;
      chain = chain
        .then(() => import('@/lib/embed/protocol'))
        .then(({ parseHostMessage }) => {
          const parsed = parseHostMessage(data);
          if (parsed.ok) obey(parsed.message);
          else if (parsed.ours) console.warn(`[netsim-embed] ignored a message from the host page: ${parsed.problem}`);
        })
        .catch(() => undefined);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [obey]);

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

  useEffect(postState, [theme, postState]);

  const clockChanged = useCallback(
    (next: SimClock | undefined) => {
      clock.current = next;
      const now = next?.playing ?? false;
      if (now === running.current) return;
      running.current = now;
      postState();
    },
    [postState],
  );
  return { clockChanged };
}
