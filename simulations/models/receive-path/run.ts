/**
 * The receive-path model behind the catalog entries rx-ring, irq-vs-napi and
 * receive-path. Each entry exposes a subset of the knobs; the rest keep their
 * Linux defaults or the values the entry fixes.
 */
import type { ParamSpecs, ParamValues } from '../../core/params';
import type { EventModel } from '../../core/entry-types';
import { advanceWithProgress, type Progress } from '../../engine/advance';
import { ReceivePathSim } from './model';
import { modelValues, receivePathParams, type ReceivePathValues } from './params';

export { modelValues };
import { summarize, type RunSummary } from './summary';

export function runReceivePath(id: string, values: ReceivePathValues, seed: number, durationMs: number, onProgress?: Progress): RunSummary {
  const sim = new ReceivePathSim(values, seed);
  advanceWithProgress(sim, Math.round(durationMs * 1e6), onProgress);
  return summarize(sim, id);
}

/** The model as an entry sees it: its own parameters mapped onto the full set. */
export function receivePathModel<S extends ParamSpecs>(id: string, fixed: Partial<ReceivePathValues>): EventModel<S, RunSummary, ReceivePathSim> {
  return {
    run: (values: ParamValues<S>, { seed, durationMs, onProgress }) => runReceivePath(id, modelValues(values, fixed), seed, durationMs, onProgress),
    create: (values: ParamValues<S>, seed: number, options = {}) => new ReceivePathSim(modelValues(values, fixed), seed, options.sampleIntervalNs),
    // The summary prints all of the model's knobs, the ones this entry fixes too.
    params: receivePathParams,
  };
}
