import type { AnySimulationEntry } from '@/simulations/catalog-types';
import type { ParamSpecs, ParamValues } from '@/simulations/params';

/** What every simulation view receives; the view never owns the parameter state. */
export type SimulationViewProps = {
  entry: AnySimulationEntry;
  panel: string;
  values: ParamValues<ParamSpecs>;
  set: (values: Partial<ParamValues<ParamSpecs>>) => void;
  reset: () => void;
};
