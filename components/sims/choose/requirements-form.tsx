/**
 * The guide's form: every requirement of the catalog entry, grouped as a reader
 * thinks about them (the traffic, the application, the machine), each drawn by
 * the shared control for its kind of parameter.
 */
import { ParamControl } from '@/components/controls/param-control';
import { chooseParams } from '@/simulations/models/choose';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';

type Key = keyof typeof chooseParams;

const GROUPS: ReadonlyArray<{ legend: string; keys: readonly Key[] }> = [
  { legend: 'Traffic', keys: ['link_gbps', 'frames', 'load_pct', 'latency_us'] },
  { legend: 'Application and team', keys: ['protocol', 'sockets', 'raw_api_team', 'fits_in_driver'] },
  { legend: 'Machine', keys: ['nic', 'keep_kernel', 'cores'] },
];

type Props = { values: ParamValues<ParamSpecs>; set: (v: Partial<ParamValues<ParamSpecs>>) => void };

export function RequirementsForm({ values, set }: Props) {
  return (
    <div className="grid gap-3 lg:grid-cols-3" data-choose-form>
      {GROUPS.map((g) => (
        <fieldset key={g.legend} className="min-w-0 rounded-lg border border-rule px-3 pt-1 pb-3">
          <legend className="px-1 text-[0.68rem] font-bold uppercase tracking-wider text-ink-2">{g.legend}</legend>
          <div className="space-y-3">
            {g.keys.map((k) => (
              <ParamControl key={k} spec={chooseParams[k]} value={values[k]!} onChange={(x) => set({ [k]: x })} />
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
