'use client';
/**
 * Frames travelling along a stretch of wire towards the NIC, to scale: preamble,
 * header, payload, FCS and the inter-frame gap each take their share of wire
 * time. Drawn on a canvas every animation frame; the layout comes from the pure
 * wireLayout() so what is drawn is exactly what the model says.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import { formatDuration, formatNumber } from '@/simulations/core/format';
import { nsToByteTimes, wireLayout, type WireRect, nsPerPacket, wireBytes } from '@/simulations/models/line-rate';
import { useAnimationFrame } from '@/components/hooks/use-animation-frame';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useStartsPlaying } from '@/components/embed/embed-context';
import { useThemeColours } from '@/components/hooks/use-theme-colours';
import type { SimClock } from '@/components/sims/frame/sim-clock';
import type { Playback } from '@/components/sims/frame/playback';
import { usePlayback, useSeek } from '@/components/sims/frame/use-playback';

/** Byte-times of wire shown: a little more than one full-size frame with its overhead. */
export const WIRE_WINDOW_BYTES = 1800;
const SPEEDS = [10, 100, 1_000, 10_000] as const;
const DEFAULT_SPEED = 1_000;
const STRIP_HEIGHT = 44;
const RULER_HEIGHT = 22;

const COLOUR_TOKENS = ['frame-overhead', 'frame-header', 'frame-payload', 'frame-fcs', 'rule-strong', 'ink-3', 'paper-2'] as const;
type Colours = Record<(typeof COLOUR_TOKENS)[number], string>;

function partColour(c: Colours, part: WireRect['part']): string | undefined {
  switch (part) {
    case 'preamble':
    case 'sfd':
      return c['frame-overhead'];
    case 'header':
      return c['frame-header'];
    case 'payload':
      return c['frame-payload'];
    case 'fcs':
      return c['frame-fcs'];
    case 'ifg':
      return undefined;
  }
}

/** A 1-2-5 tick step giving about `target` ticks across `span`. */
function niceStep(span: number, target: number): number {
  const raw = span / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

/** Wire time the strip shows at this link speed. */
function windowNs(linkGbps: number): number {
  return (WIRE_WINDOW_BYTES * 8) / linkGbps;
}

/** Draws one frame of the strip; returns how many frames the NIC has received. */
function draw(canvas: HTMLCanvasElement, width: number, colours: Colours, frameBytes: number, linkGbps: number, tBytes: number): number {
  const dpr = window.devicePixelRatio || 1;
  const height = STRIP_HEIGHT + RULER_HEIGHT;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const x = (b: number) => (b / WIRE_WINDOW_BYTES) * width;

  // The idle wire.
  ctx.fillStyle = colours['paper-2'];
  ctx.fillRect(0, 0, width, STRIP_HEIGHT);
  ctx.fillStyle = colours['rule-strong'];
  ctx.fillRect(0, STRIP_HEIGHT / 2 - 0.5, width, 1);

  const { rects, received } = wireLayout(frameBytes, WIRE_WINDOW_BYTES, tBytes);
  for (const r of rects) {
    const fill = partColour(colours, r.part);
    if (!fill) continue;
    ctx.fillStyle = fill;
    ctx.fillRect(x(r.x0), 6, Math.max(0.75, x(r.x1) - x(r.x0)), STRIP_HEIGHT - 12);
  }

  // Ruler in wire time for this link speed.
  const spanNs = windowNs(linkGbps);
  const step = niceStep(spanNs, width < 480 ? 3 : 6);
  ctx.fillStyle = colours['ink-3'];
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  for (let ns = 0; ns <= spanNs + 1e-9; ns += step) {
    const px = (ns / spanNs) * width;
    ctx.fillRect(px, STRIP_HEIGHT, 1, 5);
    const label = formatDuration(ns);
    const w = ctx.measureText(label).width;
    if (px + w / 2 < width - 2) ctx.fillText(label, Math.max(0, Math.min(px - w / 2, width - w)), STRIP_HEIGHT + 7);
  }
  return received;
}

/**
 * The strip's clock, owned by the view so the simulation frame's transport and
 * keyboard drive it. It runs in byte-times so changing the link speed mid-run
 * does not teleport frames; elapsed wire time is accumulated separately for
 * display. It starts with the wire already full, as on a link at line rate.
 * Play/pause, speed and the clock (elapsed wire time, ns) are the page's
 * shared Playback, so a deck's two windows show the same frames.
 */
export type WireClock = SimClock & {
  tBytes: MutableRefObject<number>;
  elapsedNs: MutableRefObject<number>;
  /** Bumped by step and restart, so the strip redraws while paused. */
  version: number;
  playback: Playback;
};

export function useWireClock(linkGbps: number, frameBytes: number, autoPlay = true, shared?: Playback): WireClock {
  const reducedMotion = useReducedMotion();
  // Autoplay unless the reader prefers reduced motion (or an embed's host said no); they can still press Play.
  const startsPlaying = useStartsPlaying();
  const { playback, playing, setPlaying, speed, setSpeed } = usePlayback(shared, {
    playing: autoPlay && startsPlaying && !reducedMotion,
    speed: DEFAULT_SPEED,
  });
  const [version, setVersion] = useState(0);
  const tBytes = useRef(WIRE_WINDOW_BYTES);
  const elapsedNs = useRef(windowNs(linkGbps));
  useSeek(playback, (t) => {
    if (t === elapsedNs.current) return;
    // Byte times at the current link speed: exact unless the link changed mid-run.
    tBytes.current = t === 0 ? 0 : tBytes.current + nsToByteTimes(t - elapsedNs.current, linkGbps);
    elapsedNs.current = t;
    setVersion((v) => v + 1);
  });
  return {
    playing,
    setPlaying,
    speed,
    speeds: SPEEDS,
    setSpeed,
    tBytes,
    elapsedNs,
    version,
    playback,
    stepFrame: () => {
      setPlaying(false);
      elapsedNs.current += nsPerPacket(linkGbps, frameBytes);
      tBytes.current += wireBytes(frameBytes);
      setVersion((v) => v + 1);
      playback.report(elapsedNs.current, true);
    },
    restart: () => {
      tBytes.current = 0;
      elapsedNs.current = 0;
      setVersion((v) => v + 1);
      playback.report(0, true);
    },
  };
}

export function WireStrip({ frameBytes, linkGbps, clock }: { frameBytes: number; linkGbps: number; clock: WireClock }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(box, 640);
  const onScreen = useOnScreen(box);
  const colours = useThemeColours(COLOUR_TOKENS);
  const { tBytes, elapsedNs, speed } = clock;
  const [shown, setShown] = useState({ received: 0, elapsedNs: elapsedNs.current });

  const lastText = useRef(0);
  const render = useCallback(
    (force = true) => {
      if (!canvas.current || !colours) return;
      const received = draw(canvas.current, width, colours, frameBytes, linkGbps, tBytes.current);
      // The counters are text: refresh them ~8 times a second, not every frame.
      const now = performance.now();
      if (!force && now - lastText.current < 125) return;
      lastText.current = now;
      setShown({ received, elapsedNs: elapsedNs.current });
    },
    [colours, width, frameBytes, linkGbps, tBytes, elapsedNs],
  );

  useEffect(() => render(), [render, clock.version]);
  useAnimationFrame(clock.playing && onScreen, (dt) => {
    // A deck's presenter window shows the instants the projector's window sends instead.
    if (clock.playback.following()) return;
    const dtNs = dt * speed;
    elapsedNs.current += dtNs;
    tBytes.current += nsToByteTimes(dtNs, linkGbps);
    render(false);
    clock.playback.report(elapsedNs.current);
  });

  return (
    <div className="space-y-3">
      <div ref={box} className="relative">
        <div className="mb-1 flex justify-between text-[0.7rem] font-medium uppercase tracking-wider text-ink-3">
          <span>sender</span>
          <span>wire time →</span>
          <span>your NIC</span>
        </div>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${formatNumber(frameBytes)}-byte frames on a ${linkGbps} Gbit/s link, ${formatDuration(windowNs(linkGbps))} of wire shown. Each frame is preceded by preamble and followed by the inter-frame gap.`}
          style={{ width: '100%', height: STRIP_HEIGHT + RULER_HEIGHT }}
          className="block rounded-md"
        />
      </div>
      <p className="tabular text-xs text-ink-2" data-testid="wire-counters">
        Wire time elapsed <span className="font-semibold text-ink">{formatDuration(shown.elapsedNs)}</span> · frames received{' '}
        <span className="font-semibold text-ink">{formatNumber(shown.received)}</span>
      </p>
    </div>
  );
}
