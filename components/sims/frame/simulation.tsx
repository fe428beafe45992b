'use client';
/**
 * <Simulation id="…" panel="…" title="…" params={…} /> — renders a catalog entry by id. `title` names what
 * this figure shows (several figures of one simulation on a page each get their own); the entry's title otherwise.
 * A wrong id renders a visible box instead of throwing (the build also rejects it).
 */
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { bindingFor } from './bindings';

type Props = { id: string; panel?: string; title?: string; params?: Partial<ParamValues<ParamSpecs>> };

export function Simulation({ id, panel, title, params }: Props) {
  const Binding = bindingFor(id);
  if (!Binding) return <UnknownSimulation id={id} />;
  return <Binding use="simulation" panel={panel} title={title} params={params} />;
}

export function UnknownSimulation({ id }: { id: string }) {
  return (
    <div role="alert" className="rounded-lg border-2 border-dashed border-warn/60 bg-warn-soft px-4 py-3 font-sans text-sm text-warn">
      Unknown simulation “{id}”. Check the id against simulations/catalog.ts.
    </div>
  );
}
