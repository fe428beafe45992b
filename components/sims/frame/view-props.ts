import type { AnalyticEntry, EventEntry } from '@/simulations/core/entry-types';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import type { Playback } from './playback';
import type { FrameBase } from './simulation-frame';

/**
 * What every simulation view receives from its binding (bind-entry.tsx); the
 * view never owns the parameter state. `S` is the entry's parameter specs, so
 * `values` arrive typed (a number is a number, a toggle a boolean).
 */
export type ViewProps<S extends ParamSpecs, E> = {
  entry: E;
  panel: string;
  values: ParamValues<S>;
  set: (values: Partial<ParamValues<S>>) => void;
  reset: () => void;
  /** Seed of event-driven runs (shared by the page's figures of this simulation, kept in the URL). */
  seed: number;
  setSeed: (seed: number) => void;
  /** Play/pause, speed and clock shared by the page's figures of this simulation (and a deck's other window). */
  playback?: Playback;
  /** entry, values, set and reset as the view's <SimulationFrame {...frame}> takes them. */
  frame: FrameBase;
};

/** An analytic entry's view: `result` is the entry's evaluate(values), computed once by the binding for every figure of it. */
export type AnalyticViewProps<S extends ParamSpecs, R> = ViewProps<S, AnalyticEntry<S, R>> & { result: R };

/**
 * An analytic entry whose result is long to compute (a sweep with `chunks`):
 * its view asks a Web Worker for it, part by part, so the binding computes nothing.
 */
export type OffThreadViewProps<S extends ParamSpecs, R> = ViewProps<S, AnalyticEntry<S, R>>;

/** An event entry's view: it steps the entry's model live (receive-path/use-event-sim.ts). */
export type EventViewProps<S extends ParamSpecs, Summary, Live> = ViewProps<S, EventEntry<S, Summary, Live>>;
