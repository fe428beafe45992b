'use client';
/**
 * Reactive prose. <Param sim="line-rate" name="frameBytes" /> is a control inside
 * a sentence; <Live sim="line-rate" metric="nsPerPacket" /> is a number in a
 * sentence that follows it. Both share the page's store for that simulation, so
 * the figures nearby move too. The simulation's code comes with its binding.
 */
import { UnknownInline } from './bind-entry';
import { bindingFor } from './bindings';

export function Param({ sim, name }: { sim: string; name: string }) {
  const Binding = bindingFor(sim);
  return Binding ? <Binding use="param" name={name} /> : <UnknownInline what={`${sim}.${name}`} />;
}

export function Live({ sim, metric }: { sim: string; metric: string }) {
  const Binding = bindingFor(sim);
  return Binding ? <Binding use="live" metric={metric} /> : <UnknownInline what={`${sim}.${metric}`} />;
}
