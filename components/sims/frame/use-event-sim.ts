'use client';
/**
 * Drives one live discrete-event simulation in the page: loads the model on
 * demand, rebuilds it when parameters or seed change, and advances it by
 * (slow-motion speed × screen time) every animation frame while playing,
 * on screen and in a visible tab. Drawing reads the simulation directly each
 * frame (`onFrame`); React re-renders the readouts at most a few times per
 * second (`version`), because counters that change 60 times a second cannot
 * be read anyway and re-rendering them would cost the frame budget.
 *
 * With prefers-reduced-motion the clock moves in discrete steps, one per
 * second, instead of continuously.
 */
import { useStartsPlaying } from '@/components/embed/embed-context';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventEntry } from '@/simulations/core/entry-types';
import type { ReceivePathSim } from '@/simulations/models/receive-path';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { useAnimationFrame } from '@/components/hooks/use-animation-frame';
import type { Playback } from '@/components/sims/frame/playback';
import type { SimClock } from '@/components/sims/frame/sim-clock';
import { usePlayback, useSeek } from '@/components/sims/frame/use-playback';

/** Wire time shown per second of screen time, in ns. */
export const SPEEDS = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;
export const DEFAULT_SPEED = 100_000;
/** Time-series resolution of a live simulation: fine enough for a chart at the slowest speeds. */
const SAMPLE_INTERVAL_NS = 5_000;
const READOUT_INTERVAL_MS = 200;
const REDUCED_MOTION_STEP_MS = 1_000;

export type LiveSim = ReceivePathSim;

/** What the hook needs of a live model: any event model that steps, advances and restarts. */
export type Steppable = { now: number; advanceBy(dt: number): void; step(): number; reset(seed?: number): void };

type Options<L> = {
  seed: number;
  /** Load the model only once this is true (the reader is approaching the figure). */
  near: boolean;
  visible: boolean;
  reducedMotion: boolean;
  /** Draw the current instant; `stepMs` is how long advancing the model to it took. */
  onFrame?: (sim: L, stepMs: number) => void;
  /** The page's shared play/pause, speed and clock (model nanoseconds) of this simulation. */
  playback?: Playback;
};

export function useEventSim<L extends Steppable = LiveSim>(
  entry: EventEntry<ParamSpecs, unknown, unknown>,
  values: ParamValues<ParamSpecs>,
  { seed, near, visible, reducedMotion, onFrame, playback: shared }: Options<L>,
) {
  const simRef = useRef<L | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // In an embed the host decides (autoplay); in the chapters the figure runs once the reader reaches it.
  const startsPlaying = useStartsPlaying();
  const { playback, playing, setPlaying, speed, setSpeed } = usePlayback(shared, { playing: startsPlaying, speed: DEFAULT_SPEED });
  // Bumped when readouts should re-render.
  const [version, setVersion] = useState(0);
  const lastReadout = useRef(0);
  const reducedAccumulator = useRef(0);
  const onFrameRef = useRef(onFrame);
  onFrameRef.current = onFrame;

  const valuesKey = JSON.stringify(values);
  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    entry
      .load()
      .then((model) => {
        if (cancelled) return;
        simRef.current = model.create(values, seed, { sampleIntervalNs: SAMPLE_INTERVAL_NS }) as L;
        setLoaded(true);
        setError(null);
        setVersion((v) => v + 1);
        onFrameRef.current?.(simRef.current, 0);
        playback.report(0, true);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
    // values are compared by content (valuesKey), not identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry, valuesKey, seed, near, playback]);

  const refresh = useCallback((force = false, stepMs = 0) => {
    const sim = simRef.current;
    if (!sim) return;
    onFrameRef.current?.(sim, stepMs);
    const now = performance.now();
    if (force || now - lastReadout.current >= READOUT_INTERVAL_MS) {
      lastReadout.current = now;
      setVersion((v) => v + 1);
    }
  }, []);

  const running = loaded && playing && visible;
  useAnimationFrame(running, (dt) => {
    const sim = simRef.current;
    // A deck's presenter window shows the instants the projector's window sends instead.
    if (!sim || playback.following()) return;
    if (reducedMotion) {
      reducedAccumulator.current += dt * 1000;
      if (reducedAccumulator.current < REDUCED_MOTION_STEP_MS) return;
      reducedAccumulator.current = 0;
      sim.advanceBy(speed);
      refresh(true);
      playback.report(sim.now);
      return;
    }
    const t0 = performance.now();
    sim.advanceBy(Math.round(speed * dt));
    refresh(false, performance.now() - t0);
    playback.report(sim.now);
  });

  // Another window's instant: the model is deterministic from seed and parameters, so
  // running it to the same time shows the same packets (an earlier instant replays from the start).
  useSeek(playback, (t, exact) => {
    const sim = simRef.current;
    // Slightly ahead of the leader (a frame run before its first instant came): wait for it rather than replay.
    if (!sim || t === sim.now || (t < sim.now && !exact)) return;
    if (t < sim.now) sim.reset(seed);
    if (t > sim.now) sim.advanceBy(t - sim.now);
    refresh(!playing);
    playback.report(sim.now);
  });

  /** One event: the smallest change the model can make. */
  const stepEvent = useCallback(() => {
    const sim = simRef.current;
    if (!sim) return;
    setPlaying(false);
    sim.step();
    refresh(true);
    playback.report(sim.now, true);
  }, [refresh, playback, setPlaying]);

  /** One animation frame's worth of wire time at the current speed. */
  const stepFrame = useCallback(() => {
    const sim = simRef.current;
    if (!sim) return;
    setPlaying(false);
    sim.advanceBy(Math.max(1, Math.round(speed / 60)));
    refresh(true);
    playback.report(sim.now, true);
  }, [refresh, speed, playback, setPlaying]);

  const restart = useCallback(() => {
    const sim = simRef.current;
    if (!sim) return;
    sim.reset(seed);
    refresh(true);
    playback.report(sim.now, true);
  }, [refresh, seed, playback]);

  return { sim: simRef.current, loaded, error, playing, setPlaying, speed, setSpeed, version, stepEvent, stepFrame, restart };
}

/** The simulation frame's transport (buttons and keys) for a live event simulation. */
export function transportOf(live: ReturnType<typeof useEventSim<Steppable>>): SimClock {
  return {
    playing: live.playing,
    setPlaying: live.setPlaying,
    stepFrame: live.stepFrame,
    stepEvent: live.stepEvent,
    restart: live.restart,
    speed: live.speed,
    speeds: SPEEDS,
    setSpeed: live.setSpeed,
  };
}
