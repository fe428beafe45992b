/**
 * The single registry of simulations. Everything else (the MDX <Simulation>
 * component, URL state, controls, tests) is derived from these entries.
 */
import type { AnyAnalyticEntry, AnySimulationEntry } from './core/entry-types';
import * as lineRate from './models/line-rate';
import * as receivePath from './models/receive-path';
import * as stacks from './models/stacks';
import * as kernelVsBypass from './models/kernel-vs-bypass';
import * as choose from './models/choose';

/** Every family's entries (each family's index.ts lists its own), in reading order. */
export const catalog = [
  ...lineRate.entries,
  ...receivePath.entries,
  ...stacks.entries,
  ...kernelVsBypass.entries,
  ...choose.entries,
] as const satisfies readonly AnySimulationEntry[];

export type SimulationId = (typeof catalog)[number]['id'];

export const simulationIds: readonly string[] = catalog.map((e) => e.id);

export function getSimulation(id: string): AnySimulationEntry | undefined {
  return catalog.find((e) => e.id === id);
}

/** Entries whose result is a pure function of their parameters (what prose can quote synchronously). */
export function getAnalyticSimulation(id: string): AnyAnalyticEntry | undefined {
  const entry = getSimulation(id);
  return entry?.kind === 'analytic' ? entry : undefined;
}
