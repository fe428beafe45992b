/**
 * The single registry of simulations. Everything else (the MDX <Simulation>
 * component, URL state, controls, tests) is derived from these entries.
 */
import type { AnyAnalyticEntry, AnySimulationEntry } from './core/entry-types';
import { lineRateEntry } from './models/line-rate/line-rate.entry';
import { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from './models/receive-path/receive-path.entry';
import { chooseEntry } from './models/choose/choose.entry';
import { stackEntry } from './models/stacks/stack.entry';
import { kernelVsBypassEntry } from './models/kernel-vs-bypass/kernel-vs-bypass.entry';
import { frameSizeSweepEntry } from './models/stacks/frame-size-sweep.entry';
import { architecturesEntry } from './models/stacks/architectures.entry';
import { latencyBudgetEntry } from './models/stacks/latency-budget.entry';
import { zeroCopyEntry } from './models/stacks/zero-copy.entry';

export const catalog = [lineRateEntry, rxRingEntry, irqVsNapiEntry, receivePathEntry, cpuPlacementEntry, stackEntry, frameSizeSweepEntry, latencyBudgetEntry, architecturesEntry, zeroCopyEntry, kernelVsBypassEntry, chooseEntry] as const satisfies readonly AnySimulationEntry[];

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
