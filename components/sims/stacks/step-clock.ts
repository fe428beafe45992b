'use client';
/**
 * The clock of a step-by-step animation (a packet's path, a buffer's journey):
 * a position counted in steps, driven by the simulation frame's transport and
 * keys. A step is a dwell (time to read what happens there) followed by the
 * move to the next one. Step (→) jumps to the next step at once; with
 * prefers-reduced-motion the clock does not start by itself and, when played,
 * jumps from step to step without moving in between.
 *
 * The position lives in a ref so only the animated drawing re-renders each
 * frame; `version` changes when the reader steps or restarts, so a paused
 * drawing redraws. Play/pause, pace and the position are the page's shared
 * Playback, so a deck's two windows show the packet at the same step.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useAnimationFrame } from '@/components/hooks/use-animation-frame';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useStartsPlaying } from '@/components/embed/embed-context';
import type { SimClock } from '@/components/sims/frame/sim-clock';
import type { Playback } from '@/components/sims/frame/playback';
import { usePlayback, useSeek } from '@/components/sims/frame/use-playback';

/** Seconds one step takes at 1×. */
export const SECONDS_PER_STEP = 2.2;
/** Share of a step spent still at its place before moving on. */
export const DWELL = 0.6;
const SPEEDS = [0.5, 1, 2] as const;

export type StepClock = SimClock & {
  /** Position in steps, from 0 up to `count` (exclusive); wraps round. */
  pos: MutableRefObject<number>;
  version: number;
  count: number;
  reducedMotion: boolean;
  playback: Playback;
};

/** `resetKey`: when it changes (another stack), the animation starts again from the first step. */
export function useStepClock(count: number, resetKey: string, shared?: Playback): StepClock {
  const reducedMotion = useReducedMotion();
  const startsPlaying = useStartsPlaying();
  const { playback, playing, setPlaying, speed, setSpeed } = usePlayback(shared, { playing: startsPlaying && !reducedMotion, speed: 1 });
  const [version, setVersion] = useState(0);
  const pos = useRef(0);
  // A new path (another stack) starts from the wire.
  useEffect(() => {
    pos.current = 0;
    setVersion((v) => v + 1);
  }, [count, resetKey]);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useSeek(playback, (t) => {
    if (t === pos.current || t >= count) return;
    pos.current = t;
    bump();
  });
  return {
    playing,
    setPlaying,
    speed,
    speeds: SPEEDS,
    setSpeed,
    speedCaption: 'Pace',
    formatSpeed: (s) => `${s}×`,
    stepTitle: 'Go to the next step',
    pos,
    version,
    count,
    reducedMotion,
    playback,
    stepFrame: () => {
      setPlaying(false);
      pos.current = (Math.floor(pos.current + 1e-9) + 1) % count;
      bump();
      playback.report(pos.current, true);
    },
    restart: () => {
      pos.current = 0;
      bump();
      playback.report(0, true);
    },
  };
}

/** Where the animation is: the step it is at (or leaving), and how far it has moved towards the next (0 while dwelling). */
export type StepPosition = { step: number; move: number };

export function positionOf(pos: number, count: number, reducedMotion: boolean): StepPosition {
  const step = Math.floor(pos + 1e-9) % count;
  const f = pos - Math.floor(pos + 1e-9);
  // The last step does not move anywhere: the next packet starts again from the first.
  if (reducedMotion || step === count - 1 || f <= DWELL) return { step, move: 0 };
  const x = (f - DWELL) / (1 - DWELL);
  return { step, move: x * x * (3 - 2 * x) };
}

/**
 * The position of a clock, advanced every animation frame while it plays and
 * `active` (on screen, tab visible). With reduced motion it advances a whole
 * step at a time, with no movement in between.
 */
export function useStepPosition(clock: StepClock, active: boolean): StepPosition {
  const [p, setP] = useState<StepPosition>(() => positionOf(clock.pos.current, clock.count, clock.reducedMotion));
  const carry = useRef(0);
  const { count, reducedMotion, speed, pos } = clock;
  useAnimationFrame(clock.playing && active, (dt) => {
    // A deck's presenter window shows the steps the projector's window sends instead.
    if (clock.playback.following()) return;
    const advance = (dt * speed) / SECONDS_PER_STEP;
    if (reducedMotion) {
      // Whole steps only: wait a step's time, then jump.
      carry.current += advance;
      if (carry.current < 1) return;
      carry.current = 0;
      pos.current = (Math.floor(pos.current + 1e-9) + 1) % count;
    } else {
      pos.current = (pos.current + advance) % count;
    }
    const next = positionOf(pos.current, count, reducedMotion);
    setP((prev) => (prev.step === next.step && prev.move === next.move ? prev : next));
    clock.playback.report(pos.current);
  });
  useEffect(() => {
    carry.current = 0;
    setP(positionOf(pos.current, count, reducedMotion));
  }, [clock.version, count, reducedMotion, pos]);
  return p;
}
