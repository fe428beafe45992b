/** The split screen as the catalog loads it: a headless run to a summary, or a live instance to step. */
import type { EventModel } from '../../catalog-types';
import type { KernelVsBypassParams, KernelVsBypassValues } from './params';
import { KernelVsBypassSim } from './sim';
import { summarizeSplit, type KernelVsBypassSummary } from './summary';

export function runSplit(values: KernelVsBypassValues, seed: number, durationMs: number): KernelVsBypassSummary {
  const sim = new KernelVsBypassSim(values, seed);
  sim.advanceTo(Math.round(durationMs * 1e6));
  return summarizeSplit(sim);
}

export const kernelVsBypassModel: EventModel<KernelVsBypassParams, KernelVsBypassSummary, KernelVsBypassSim> = {
  run: (values, { seed, durationMs }) => runSplit(values, seed, durationMs),
  create: (values, seed, options = {}) => new KernelVsBypassSim(values, seed, options.sampleIntervalNs),
};
