'use client';
/**
 * Simulation id → view. Views are code-split: a page only downloads the views of
 * the simulations it shows. Server rendering stays on so the first paint has
 * the figure and the numbers.
 */
import dynamic from 'next/dynamic';
import { createElement, lazy, Suspense, type ComponentType } from 'react';
import type { SimulationViewProps } from './view-props';

import type { ViewId } from './view-ids';

/**
 * Server-rendered like the others, but hydrated when its code arrives rather
 * than with the page: React keeps the server's HTML inside the Suspense
 * boundary until then, and the chunk stays out of the page's first-load
 * JavaScript (the chapter's 200 KB budget). For figures far down a chapter.
 */
function lateHydrated(load: () => Promise<ComponentType<SimulationViewProps>>): ComponentType<SimulationViewProps> {
  const View = lazy(() => load().then((c) => ({ default: c })));
  return function LateHydratedView(props: SimulationViewProps) {
    return createElement(Suspense, { fallback: null }, createElement(View, props));
  };
}

// The receive-path simulations share one view; its panels pick the parts.
const eventView = dynamic(() => import('./event/event-sim-view').then((m) => m.EventSimView));

export const simulationViews: Partial<Record<string, ComponentType<SimulationViewProps>>> = {
  'line-rate': dynamic(() => import('./line-rate/line-rate-view').then((m) => m.LineRateView)),
  'rx-ring': eventView,
  'irq-vs-napi': eventView,
  'receive-path': eventView,
  'cpu-placement': eventView,
  stack: dynamic(() => import('./stacks/stack-view').then((m) => m.StackView)),
  'frame-size-sweep': dynamic(() => import('./stacks/frame-size-sweep-view').then((m) => m.FrameSizeSweepView)),
  'latency-budget': dynamic(() => import('./stacks/latency-budget-view').then((m) => m.LatencyBudgetView)),
  architectures: lateHydrated(() => import('./stacks/architectures-view').then((m) => m.ArchitecturesView)),
  'zero-copy': lateHydrated(() => import('./stacks/zero-copy-view').then((m) => m.ZeroCopyView)),
  'kernel-vs-bypass': dynamic(() => import('./kernel-vs-bypass/kernel-vs-bypass-view').then((m) => m.KernelVsBypassView)),
  'choose-stack': dynamic(() => import('./choose/choose-view').then((m) => m.ChooseView)),
} satisfies Record<ViewId, ComponentType<SimulationViewProps>>;
