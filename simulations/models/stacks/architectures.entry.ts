/**
 * Catalog entry: where each stack runs (chapter 5). One received packet's
 * path from the wire to the application, step by step, across the NIC, the
 * kernel and user space (simulations/models/stacks/paths.ts), with the copies,
 * interrupts and system calls on the way and, next to it, the stock kernel's
 * path to compare. Analytic: the path is data; the view animates it.
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { latencyBudget } from './model';
import { dataPath, pathCounts, type PathCounts, type PathStep } from './paths';
import { STACKS } from './stacks';
import type { LatencyStage } from './types';
import type { ChoiceParam, ToggleParam } from '../../core/params';

const index = (id: string) => STACKS.findIndex((s) => s.id === id);

/** The light-load budget the steps' times come from: 10 GbE, 64-byte frames (the chapter's worst case). */
export const ARCH_LINK_GBPS = 10;
export const ARCH_FRAME_BYTES = 64;

export const architecturesParams = {
  stack: {
    kind: 'choice',
    label: 'Stack',
    unit: '',
    help: 'The receive path to draw: the Linux kernel (stock or tuned), a raw-frame bypass or a user-space protocol stack.',
    options: STACKS.map((s, value) => ({ value, label: s.label, name: s.id })),
    default: index('kernel'),
  } satisfies ChoiceParam,
  compare: {
    kind: 'toggle',
    label: 'Stock kernel behind it',
    unit: '',
    help: 'Draw the stock kernel’s path faintly behind the chosen one, with its own packet moving in step.',
    default: true,
  } satisfies ToggleParam,
} as const;

export type ArchitectureStep = PathStep & {
  /** The latency stage's light-load time for the whole stage (shared by every step of that stage), ns. */
  stage_ns?: number;
  /** What the latency stage covers, in the stacks model's words. */
  stage_what?: string;
};

export type ArchitectureSummary = {
  id: string;
  label: string;
  receive: 'poll' | 'interrupt';
  zero_copy: boolean;
  steps: ArchitectureStep[];
  counts: PathCounts;
  latency_p50_ns: number;
};

export type ArchitectureResult = {
  simulation: 'architectures';
  params: { stack: string; compare: boolean };
  stack: ArchitectureSummary;
  /** The stock kernel, for comparison (also when it is the chosen stack). */
  baseline: ArchitectureSummary;
};

function summarise(stackIndex: number): ArchitectureSummary {
  const spec = STACKS[stackIndex];
  if (!spec) throw new RangeError(`No stack ${stackIndex}; there are ${STACKS.length}.`);
  const budget = latencyBudget(spec, ARCH_LINK_GBPS, ARCH_FRAME_BYTES);
  const byStage = new Map<LatencyStage, { ns: number; what: string[] }>();
  for (const b of budget) {
    const e = byStage.get(b.stage) ?? { ns: 0, what: [] };
    e.ns += b.p50_ns;
    e.what.push(b.what);
    byStage.set(b.stage, e);
  }
  const path = dataPath(spec.id);
  const steps = path.steps.map((s): ArchitectureStep => {
    const stage = s.latency ? byStage.get(s.latency) : undefined;
    return stage ? { ...s, stage_ns: Math.round(stage.ns * 10) / 10, stage_what: stage.what.join('; ') } : { ...s };
  });
  return {
    id: spec.id,
    label: spec.label,
    receive: spec.receive,
    zero_copy: spec.zeroCopy,
    steps,
    counts: pathCounts(path),
    latency_p50_ns: Math.round(budget.reduce((a, b) => a + b.p50_ns, 0) * 10) / 10,
  };
}

export function evaluateArchitecture(v: { stack: number; compare: boolean }): ArchitectureResult {
  const stack = summarise(v.stack);
  return { simulation: 'architectures', params: { stack: stack.id, compare: v.compare }, stack, baseline: summarise(index('kernel')) };
}

export const architecturesEntry: AnalyticEntry<typeof architecturesParams, ArchitectureResult, 'architectures'> = {
  kind: 'analytic',
  id: 'architectures',
  title: 'Where each stack runs',
  summary:
    'One packet’s path from the wire to the application across the NIC, the kernel and user space, step by step, with the copies, interrupts and system calls on the way.',
  params: architecturesParams,
  presets: [
    { id: 'kernel', label: 'Stock kernel', values: { stack: index('kernel') } },
    { id: 'dpdk', label: 'DPDK', values: { stack: index('dpdk') } },
    { id: 'af-xdp-zc', label: 'AF_XDP zero copy', values: { stack: index('af_xdp_zc') } },
    { id: 'netmap', label: 'netmap', values: { stack: index('netmap') } },
    { id: 'onload', label: 'OpenOnload', values: { stack: index('onload') } },
  ],
  panels: ['full'],
  metrics: {
    steps: { label: 'steps from the wire to the application', unit: '', digits: 0, get: (r) => r.stack.counts.steps },
    kernel_steps: { label: 'steps in the kernel', unit: '', digits: 0, get: (r) => r.stack.counts.kernel },
    user_steps: { label: 'steps in user space', unit: '', digits: 0, get: (r) => r.stack.counts.user },
    copies: { label: 'copies by the CPU', unit: '', digits: 0, get: (r) => r.stack.counts.copies },
    interrupts: { label: 'interrupts', unit: '', digits: 0, get: (r) => r.stack.counts.interrupts },
    syscalls: { label: 'system calls', unit: '', digits: 0, get: (r) => r.stack.counts.syscalls },
    latency_p50_us: {
      label: 'median latency at light load, wire to application (10 GbE, 64 B)',
      unit: 'µs',
      digits: 'sig3',
      get: (r) => r.stack.latency_p50_ns / 1000,
    },
  },
  evaluate: (v) => evaluateArchitecture(v),
};
