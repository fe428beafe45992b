/** The split screen as the catalog loads it: a headless run to a summary, or a live instance to step. */
import type { EventModel } from '../../core/entry-types';
import { advanceWithProgress, type Progress } from '../../engine/advance';
import type { KernelVsBypassParams, KernelVsBypassValues } from './params';
import { KernelVsBypassSim } from './sim';
import { summarizeSplit, type KernelVsBypassSummary } from './summary';

export function runSplit(values: KernelVsBypassValues, seed: number, durationMs: number, onProgress?: Progress): KernelVsBypassSummary {
  const sim = new KernelVsBypassSim(values, seed);
  advanceWithProgress(sim, Math.round(durationMs * 1e6), onProgress);
  return summarizeSplit(sim);
}

export const kernelVsBypassModel: EventModel<KernelVsBypassParams, KernelVsBypassSummary, KernelVsBypassSim> = {
  run: (values, { seed, durationMs, onProgress }) => runSplit(values, seed, durationMs, onProgress),
  create: (values, seed, options = {}) => new KernelVsBypassSim(values, seed, options.sampleIntervalNs),
};
