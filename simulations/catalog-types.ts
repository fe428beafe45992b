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

/**
 * An analytic simulation computes its result directly from parameters. (Event
 * driven simulations, added with the receive-path engine, step through time.)
 */
export type AnalyticEntry<S extends ParamSpecs, R> = {
  kind: 'analytic';
  id: string;
  title: string;
  summary: string;
  params: S;
  presets: ReadonlyArray<Preset<S>>;
  /** Named parts of the view that a chapter can show on their own; the first is the default. */
  panels: readonly [string, ...string[]];
  metrics: Readonly<Record<string, Metric<R>>>;
  // Method syntax on purpose: it keeps entries assignable to AnySimulationEntry.
  evaluate(values: ParamValues<S>): R;
};

// The catalog is heterogeneous; consumers narrow by id where they need the result type.
export type AnySimulationEntry = AnalyticEntry<ParamSpecs, any>;
