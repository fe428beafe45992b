/**
 * The single registry of simulations. Everything else (the MDX <Simulation>
 * component, URL state, controls, tests) is derived from these entries.
 */
import type { AnySimulationEntry } from './catalog-types';
import { lineRateEntry } from './line-rate.entry';

export const catalog = [lineRateEntry] as const satisfies readonly AnySimulationEntry[];

export type SimulationId = (typeof catalog)[number]['id'];

export const simulationIds: readonly string[] = catalog.map((e) => e.id);

export function getSimulation(id: string): AnySimulationEntry | undefined {
  return catalog.find((e) => e.id === id);
}
