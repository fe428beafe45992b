/** The shape of a catalog entry; see simulations/catalog.ts. */
import type { ParamSpecs, ParamValues } from './params';

export type Preset<S extends ParamSpecs> = { id: string; label: string; values: Partial<ParamValues<S>> };

/** A number prose can quote with <Value metric=…>, computed from the result. */
export type Metric<R> = {
  label: string;
  /** Unit printed after the number ('' for none). */
  unit: string;
  /**
   * Fraction digits when formatted: a fixed count, or 'sig3' for at least three
   * significant digits without rounding the integer part (67.2, 6.72, 1,230).
   */
  digits: number | 'sig3';
  get(result: R): number;
};

/** What every catalog entry declares, whatever kind of model is behind it. */
type EntryBase<S extends ParamSpecs, R, Id extends string> = {
  /** A literal type in each entry, so SimulationId (simulations/catalog.ts) names every id and tables keyed by it are checked. */
  id: Id;
  title: string;
  summary: string;
  params: S;
  presets: ReadonlyArray<Preset<S>>;
  /** Named parts of the view that a chapter can show on their own; the first is the default. */
  panels: readonly [string, ...string[]];
  /** Numbers a view, prose or a script can quote, read from the result. */
  metrics: Readonly<Record<string, Metric<R>>>;
};

/** An analytic simulation computes its result directly from parameters. */
export type AnalyticEntry<S extends ParamSpecs, R, Id extends string = string> = EntryBase<S, R, Id> & {
  kind: 'analytic';
  // Method syntax on purpose: it keeps entries assignable to AnySimulationEntry.
  evaluate(values: ParamValues<S>): R;
  /**
   * The JSON a headless run prints (CLI, Web Worker). Without it a run prints
   * { simulation, params, result }; entries whose result already has the shape
   * of the event summaries (delivered_pps, drops, latency_ns, …) return it flat.
   */
  toJson?(values: ParamValues<S>, result: R): unknown;
  /**
   * A result that is a long list (a sweep) can be asked for in parts, so a Web
   * Worker answers one part per message and the page shows real progress.
   * Concatenated in order, the parts' `points` are the full result's `points`.
   */
  chunks?: {
    count(values: ParamValues<S>): number;
    evaluate(values: ParamValues<S>, index: number): unknown;
  };
};

/**
 * What an event-driven model offers once loaded: a headless run to a summary
 * (CLI, tests, Web Worker) and a live instance to step for animation.
 */
export type EventModel<S extends ParamSpecs, Summary, Live> = {
  /** `onProgress` hears the share of simulated time done, a tenth at a time (the CLI's progress line). */
  run(values: ParamValues<S>, options: { seed: number; durationMs: number; onProgress?: (fraction: number) => void }): Summary;
  /**
   * Specs of every value the summary echoes under `params`, when that is more
   * than the entry's own (an entry that fixes some of the model's knobs still
   * prints them): lets a headless run print every choice by its name.
   */
  params?: ParamSpecs;
  /** A live instance to step; `sampleIntervalNs` sets how finely its time series is sampled. */
  create(values: ParamValues<S>, seed: number, options?: { sampleIntervalNs?: number }): Live;
};

/**
 * An event-driven simulation steps a discrete-event model through simulated
 * time. Its model is loaded on demand so pages that only show the entry's
 * controls (and the chapter text) do not download the engine.
 */
export type EventEntry<S extends ParamSpecs, Summary, Live = unknown, Id extends string = string> = EntryBase<S, Summary, Id> & {
  kind: 'event';
  /** Simulated time of a headless run when none is given (CLI, worker). */
  defaultDurationMs: number;
  load(): Promise<EventModel<S, Summary, Live>>;
};

// The catalog is heterogeneous; consumers narrow by kind (and id) where they need the result type.
export type AnySimulationEntry = AnalyticEntry<ParamSpecs, any> | EventEntry<ParamSpecs, any, any>;
export type AnyAnalyticEntry = AnalyticEntry<ParamSpecs, any>;
