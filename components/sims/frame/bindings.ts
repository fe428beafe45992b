'use client';
/**
 * Simulation id → its binding (entry + view + prose components), code-split per
 * id: a page downloads the model and view of the simulations it shows and
 * nothing of the others. Server rendering stays on so the first paint has the
 * figure and the numbers.
 *
 * Each import() is written out literally: next/dynamic can only preload (and
 * server-render) a chunk whose import it sees at build time.
 */
import dynamic from 'next/dynamic';
import { createElement, lazy, Suspense, type ComponentType } from 'react';
import type { BindingProps } from './bind-entry';
import type { ViewId } from './view-ids';

/**
 * Server-rendered like the others, but its code is fetched after the page's
 * first load rather than with it: React streams the server's HTML for the
 * Suspense boundary and hydrates it when the chunk arrives. For figures far
 * down a long chapter, so they stay out of its first-load JavaScript budget.
 */
function lateHydrated(load: () => Promise<ComponentType<BindingProps>>): ComponentType<BindingProps> {
  const Binding = lazy(() => load().then((c) => ({ default: c })));
  return function LateHydratedBinding(props: BindingProps) {
    return createElement(Suspense, { fallback: null }, createElement(Binding, props));
  };
}

export const simulationBindings: Record<ViewId, ComponentType<BindingProps>> = {
  'line-rate': dynamic(() => import('../line-rate/line-rate.binding')),
  'rx-ring': dynamic(() => import('../receive-path/receive-path.binding').then((m) => m.rxRing)),
  'irq-vs-napi': dynamic(() => import('../receive-path/receive-path.binding').then((m) => m.irqVsNapi)),
  'receive-path': dynamic(() => import('../receive-path/receive-path.binding').then((m) => m.receivePath)),
  'cpu-placement': dynamic(() => import('../receive-path/receive-path.binding').then((m) => m.cpuPlacement)),
  stack: dynamic(() => import('../stacks/stack.binding')),
  'frame-size-sweep': dynamic(() => import('../stacks/frame-size-sweep.binding')),
  'latency-budget': lateHydrated(() => import('../stacks/latency-budget.binding').then((m) => m.default)),
  architectures: lateHydrated(() => import('../stacks/architectures.binding').then((m) => m.default)),
  'zero-copy': lateHydrated(() => import('../stacks/zero-copy.binding').then((m) => m.default)),
  'kernel-vs-bypass': lateHydrated(() => import('../kernel-vs-bypass/kernel-vs-bypass.binding').then((m) => m.default)),
  'choose-stack': dynamic(() => import('../choose/choose-stack.binding')),
};

/**
 * The same bindings, all late-hydrated, for the embed frames (/embed/<sim>/):
 * a frame shows the server's HTML at once and fetches the figure's code right
 * after its first load, which then carries only the framework and the embed
 * bridge (budget: 150 KB gzip, `npm run bench`).
 */
const lateBindings: Record<ViewId, ComponentType<BindingProps>> = {
  'line-rate': lateHydrated(() => import('../line-rate/line-rate.binding').then((m) => m.default)),
  'rx-ring': lateHydrated(() => import('../receive-path/receive-path.binding').then((m) => m.rxRing)),
  'irq-vs-napi': lateHydrated(() => import('../receive-path/receive-path.binding').then((m) => m.irqVsNapi)),
  'receive-path': lateHydrated(() => import('../receive-path/receive-path.binding').then((m) => m.receivePath)),
  'cpu-placement': lateHydrated(() => import('../receive-path/receive-path.binding').then((m) => m.cpuPlacement)),
  stack: lateHydrated(() => import('../stacks/stack.binding').then((m) => m.default)),
  'frame-size-sweep': lateHydrated(() => import('../stacks/frame-size-sweep.binding').then((m) => m.default)),
  'latency-budget': simulationBindings['latency-budget'],
  architectures: simulationBindings.architectures,
  'zero-copy': simulationBindings['zero-copy'],
  'kernel-vs-bypass': simulationBindings['kernel-vs-bypass'],
  'choose-stack': lateHydrated(() => import('../choose/choose-stack.binding').then((m) => m.default)),
};

export function lateBindingFor(id: string): ComponentType<BindingProps> | undefined {
  return Object.hasOwn(lateBindings, id) ? lateBindings[id as ViewId] : undefined;
}

/** The binding of a simulation id from prose, or undefined for an id no view knows. */
export function bindingFor(id: string): ComponentType<BindingProps> | undefined {
  return Object.hasOwn(simulationBindings, id) ? simulationBindings[id as ViewId] : undefined;
}
