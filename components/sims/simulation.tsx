'use client';
/**
 * <Simulation id="…" panel="…" params={…} /> — renders a catalog entry by id.
 * A wrong id renders a visible box instead of throwing (the build also rejects it).
 */
import { getSimulation } from '@/simulations/catalog';
import type { ParamSpecs, ParamValues } from '@/simulations/params';
import { NoticeBar } from './notice-bar';
import { useSim } from './use-sim';
import { simulationViews } from './views';
import type { AnySimulationEntry } from '@/simulations/catalog-types';

type Props = { id: string; panel?: string; params?: Partial<ParamValues<ParamSpecs>> };

export function Simulation({ id, panel, params }: Props) {
  const entry = getSimulation(id);
  const View = simulationViews[id];
  if (!entry || !View) return <UnknownSimulation id={id} />;
  return <KnownSimulation entry={entry} View={View} panel={panel ?? entry.panels[0]} params={params} />;
}

function KnownSimulation({ entry, View, panel, params }: { entry: AnySimulationEntry; View: (typeof simulationViews)[string] & object; panel: string; params?: Props['params'] }) {
  const { store, state, ownsNotices } = useSim(entry, params, { showsNotices: true });
  return (
    <div data-simulation={entry.id} data-panel={panel} className="font-sans">
      {ownsNotices && state.notices.length > 0 && <NoticeBar notices={state.notices} onDismiss={() => store.dismissNotices()} />}
      <View entry={entry} panel={panel} values={state.values} set={(v) => store.set(v)} reset={() => store.reset()} seed={state.seed} setSeed={(n) => store.setSeed(n)} />
    </div>
  );
}

export function UnknownSimulation({ id }: { id: string }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-dashed border-warn/60 bg-warn-soft px-4 py-3 font-sans text-sm text-warn">
      Unknown simulation “{id}”. Check the id against simulations/catalog.ts.
    </div>
  );
}
