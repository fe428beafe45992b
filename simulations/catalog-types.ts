/** The shape of a catalog entry; see simulations/catalog.ts. */
import type { ParamSpecs, ParamValues } from './params';

export type Preset<S extends ParamSpecs> = { id: string; label: string; values: Partial<ParamValues<S>> };

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
  // Method syntax on purpose: it keeps entries assignable to AnySimulationEntry.
  evaluate(values: ParamValues<S>): R;
};

// The catalog is heterogeneous; consumers narrow by id where they need the result type.
export type AnySimulationEntry = AnalyticEntry<ParamSpecs, any>;
