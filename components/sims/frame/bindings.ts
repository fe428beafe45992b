'use client';
/**
 * Simulation id → its binding (components/sims/<family>/<id>.binding.tsx),
 * code-split per id: a page downloads the model and view of the simulations
 * it shows and nothing of the others. One row per catalog entry, keyed by
 * SimulationId, so a new entry without a row does not compile.
 *
 * `load` fetches the binding after the page's first load: React streams the
 * server's HTML for it and hydrates it when the chunk arrives (figures far down
 * a long chapter, and every embed frame, whose first load must stay within
 * its budget: `npm run bench`). `eager`, when present, is the same module
 * through next/dynamic, so chapters preload it with the page and hydrate the
 * figure at once. The path is written twice because next/dynamic can only
 * preload (and server-render) a chunk whose import() it sees literally at
 * build time; bindings.test.ts checks that both name the same module.
 */
import dynamic from 'next/dynamic';
import { createElement, lazy, Suspense, type ComponentType } from 'react';
import type { SimulationId } from '@/simulations/catalog';
import type { BindingProps } from './bind-entry';

type BindingModule = { default: ComponentType<BindingProps> };
type BindingSource = { load: () => Promise<BindingModule>; eager?: ComponentType<BindingProps> };

export const bindingSources = {
  'line-rate': { load: () => import('../line-rate/line-rate.binding'), eager: dynamic(() => import('../line-rate/line-rate.binding')) },
  'rx-ring': { load: () => import('../receive-path/rx-ring.binding'), eager: dynamic(() => import('../receive-path/rx-ring.binding')) },
  'irq-vs-napi': { load: () => import('../receive-path/irq-vs-napi.binding'), eager: dynamic(() => import('../receive-path/irq-vs-napi.binding')) },
  'receive-path': { load: () => import('../receive-path/receive-path.binding'), eager: dynamic(() => import('../receive-path/receive-path.binding')) },
  'cpu-placement': { load: () => import('../receive-path/cpu-placement.binding'), eager: dynamic(() => import('../receive-path/cpu-placement.binding')) },
  stack: { load: () => import('../stacks/stack.binding'), eager: dynamic(() => import('../stacks/stack.binding')) },
  'frame-size-sweep': { load: () => import('../stacks/frame-size-sweep.binding'), eager: dynamic(() => import('../stacks/frame-size-sweep.binding')) },
  'latency-budget': { load: () => import('../stacks/latency-budget.binding') },
  architectures: { load: () => import('../stacks/architectures.binding') },
  'zero-copy': { load: () => import('../stacks/zero-copy.binding') },
  'kernel-vs-bypass': { load: () => import('../kernel-vs-bypass/kernel-vs-bypass.binding') },
  'choose-stack': { load: () => import('../choose/choose-stack.binding'), eager: dynamic(() => import('../choose/choose-stack.binding')) },
} satisfies Record<SimulationId, BindingSource>;

function lateHydrated(load: () => Promise<BindingModule>): ComponentType<BindingProps> {
  const Binding = lazy(load);
  return function LateHydratedBinding(props: BindingProps) {
    return createElement(Suspense, { fallback: null }, createElement(Binding, props));
  };
}

const ids = Object.keys(bindingSources) as SimulationId[];
const sources: Record<SimulationId, BindingSource> = bindingSources;
const late = Object.fromEntries(ids.map((id) => [id, lateHydrated(sources[id].load)])) as Record<SimulationId, ComponentType<BindingProps>>;
const inChapters = Object.fromEntries(ids.map((id) => [id, sources[id].eager ?? late[id]])) as Record<SimulationId, ComponentType<BindingProps>>;

const known = (id: string): id is SimulationId => Object.hasOwn(bindingSources, id);

/** The binding of a simulation id from prose, or undefined for an id no view knows. */
export function bindingFor(id: string): ComponentType<BindingProps> | undefined {
  return known(id) ? inChapters[id] : undefined;
}

/** The same, late-hydrated whatever the chapters do: for the embed frames (/embed/<sim>/). */
export function lateBindingFor(id: string): ComponentType<BindingProps> | undefined {
  return known(id) ? late[id] : undefined;
}
