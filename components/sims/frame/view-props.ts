import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import type { Playback } from './playback';

/** What every simulation view receives; the view never owns the parameter state. */
export type SimulationViewProps = {
  entry: AnySimulationEntry;
  panel: string;
  values: ParamValues<ParamSpecs>;
  set: (values: Partial<ParamValues<ParamSpecs>>) => void;
  reset: () => void;
  /** Seed of event-driven runs (shared by the page's figures of this simulation, kept in the URL). */
  seed: number;
  setSeed: (seed: number) => void;
  /** Play/pause, speed and clock shared by the page's figures of this simulation (and a deck's other window). */
  playback?: Playback;
};
