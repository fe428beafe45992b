/**
 * Where the microseconds go, in the nine words a reader knows: wire, DMA,
 * interrupt and coalescing, softirq, protocol, copy, system call, wake-up,
 * application. The model's latency stages (types.ts) map onto them one to one,
 * except the driver step of a bypass path: a poll-mode driver runs in the
 * application's own thread (DPDK, ef_vi, Onload…), so its time is the
 * application's; netmap's rxsync runs inside poll(), so its time is the
 * system call's. Nothing is added or dropped, so a stack's segments add up to
 * the model's p50 exactly.
 */
import { latencyBudget, latencyTotals, type LatencyBudgetItem } from './model';
import { STACKS } from './stacks';
import type { LatencyStage, StackSpec } from './types';

export const LATENCY_CATEGORIES = ['wire', 'dma', 'interrupt', 'softirq', 'protocol', 'copy', 'syscall', 'wakeup', 'application'] as const;
export type LatencyCategory = (typeof LATENCY_CATEGORIES)[number];

/** Words and colour (a CSS custom property from the stage palette) of each category. */
export const CATEGORY_INFO: Record<LatencyCategory, { label: string; colour: string; help: string }> = {
  wire: { label: 'wire', colour: '--stage-wire', help: 'the frame’s own bits on the link' },
  dma: { label: 'DMA', colour: '--stage-dma', help: 'descriptor and data across PCIe into host memory' },
  interrupt: { label: 'interrupt and coalescing', colour: '--stage-irq', help: 'interrupt moderation and the hard interrupt, or the poll loop’s next turn' },
  softirq: { label: 'softirq', colour: '--stage-softirq', help: 'the driver and NAPI in softirq' },
  protocol: { label: 'protocol', colour: '--stage-stack', help: 'IP and UDP, in the kernel or in a user-space stack' },
  copy: { label: 'copy', colour: '--stage-cpu', help: 'copying the bytes to where the application reads them' },
  syscall: { label: 'system call', colour: '--stage-socket', help: 'the receive call, into the kernel or answered by a library' },
  wakeup: { label: 'wake-up', colour: '--stage-bypass', help: 'the scheduler switching the sleeping reader back in' },
  application: {
    label: 'application',
    colour: '--stage-app',
    help: 'the application’s own thread taking the packet off the ring (a poll-mode driver linked into it)',
  },
};

const DIRECT: Record<Exclude<LatencyStage, 'driver'>, LatencyCategory> = {
  wire: 'wire',
  dma: 'dma',
  notify: 'interrupt',
  softirq: 'softirq',
  protocol: 'protocol',
  copy: 'copy',
  syscall: 'syscall',
  wakeup: 'wakeup',
};

/** The category a stage of this stack's budget is counted in. */
export function categoryOf(spec: StackSpec, stage: LatencyStage): LatencyCategory {
  if (stage !== 'driver') return DIRECT[stage];
  const driver = spec.costs.find((c) => c.stage === 'driver');
  return driver?.where === 'kernel' ? 'syscall' : 'application';
}

export type LatencyBar = {
  stackIndex: number;
  id: string;
  label: string;
  /** Median contribution of each category, ns (0 where the stack has none). */
  segments: Record<LatencyCategory, number>;
  /** What each category holds for this stack, in the model's words. */
  what: Partial<Record<LatencyCategory, string>>;
  p50: number;
  p99: number;
};

export function latencyBar(stackIndex: number, linkGbps: number, frameBytes: number): LatencyBar {
  const spec = STACKS[stackIndex];
  if (!spec) throw new RangeError(`No stack ${stackIndex}; there are ${STACKS.length}.`);
  const budget: LatencyBudgetItem[] = latencyBudget(spec, linkGbps, frameBytes);
  const segments = Object.fromEntries(LATENCY_CATEGORIES.map((c) => [c, 0])) as Record<LatencyCategory, number>;
  const what: LatencyBar['what'] = {};
  for (const item of budget) {
    const c = categoryOf(spec, item.stage);
    segments[c] += item.p50_ns;
    what[c] = what[c] ? `${what[c]}; ${item.what}` : item.what;
  }
  const totals = latencyTotals(budget);
  return { stackIndex, id: spec.id, label: spec.label, segments, what, p50: totals.p50, p99: totals.p99 };
}

/** One bar per stack, fastest median first. */
export function latencyBars(linkGbps: number, frameBytes: number, stackIndices: readonly number[] = STACKS.map((_, i) => i)): LatencyBar[] {
  return stackIndices.map((i) => latencyBar(i, linkGbps, frameBytes)).sort((a, b) => a.p50 - b.p50);
}
