'use client';
/**
 * Simulation id → view. Views are code-split: a page only downloads the views of
 * the simulations it shows. Server rendering stays on so the first paint has
 * the figure and the numbers.
 */
import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { SimulationViewProps } from './view-props';

import type { ViewId } from './view-ids';

// The receive-path simulations share one view; its panels pick the parts.
const eventView = dynamic(() => import('./event/event-sim-view').then((m) => m.EventSimView));

export const simulationViews: Partial<Record<string, ComponentType<SimulationViewProps>>> = {
  'line-rate': dynamic(() => import('./line-rate/line-rate-view').then((m) => m.LineRateView)),
  'rx-ring': eventView,
  'irq-vs-napi': eventView,
  'receive-path': eventView,
  'cpu-placement': eventView,
  stack: dynamic(() => import('./stacks/stack-view').then((m) => m.StackView)),
  'choose-stack': dynamic(() => import('./choose/choose-view').then((m) => m.ChooseView)),
} satisfies Record<ViewId, ComponentType<SimulationViewProps>>;
