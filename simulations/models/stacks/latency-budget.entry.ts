/**
 * Catalog entry: where the microseconds go on each receive path. One stacked
 * bar per stack, wire to application at light load, in nine categories
 * (models/stacks/latency-categories.ts), and for the chosen stack at the
 * chosen load a latency histogram drawn from the same stages
 * (models/stacks/latency-distribution.ts) with its p50 and p99.
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { latencyBars, type LatencyBar } from './latency-categories';
import { latencyDistribution, type LatencyDistribution } from './latency-distribution';
import { STACKS } from './stacks';
import type { StackFamily } from './types';
import type { ChoiceParam, ParamValues } from '../../core/params';
import { stackParams } from './stack.entry';

const SHOW: ReadonlyArray<{ value: number; label: string; name: string; families: readonly StackFamily[] }> = [
  { value: 0, label: 'all', name: 'all', families: ['kernel', 'packet', 'socket', 'l4'] },
  { value: 1, label: 'kernel', name: 'kernel', families: ['kernel'] },
  { value: 2, label: 'packet I/O', name: 'packet', families: ['packet'] },
  { value: 3, label: 'protocol stacks', name: 'stacks', families: ['socket', 'l4'] },
];

export const latencyBudgetParams = {
  stack: { ...stackParams.stack, help: 'The stack whose latency histogram is drawn (its bar is marked).' },
  show: {
    kind: 'choice',
    label: 'Bars for',
    unit: '',
    help: 'Which stacks get a bar: all, the kernel paths, the packet I/O frameworks or the user-space protocol stacks (the chosen stack always has one).',
    options: SHOW.map(({ value, label, name }) => ({ value, label, name })),
    default: 0,
  } satisfies ChoiceParam,
  link_gbps: stackParams.link_gbps,
  frame_bytes: stackParams.frame_bytes,
  load_pct: {
    ...stackParams.load_pct,
    default: 0.1,
    help: 'Average arrival rate as a share of line rate. The bars are the light-load budget; the histogram is at this load.',
  },
  cores: stackParams.cores,
} as const;

type Values = ParamValues<typeof latencyBudgetParams>;

export type LatencyBudgetResult = {
  simulation: 'latency-budget';
  params: Values;
  stack: { id: string; label: string };
  /** One per stack shown, fastest median first; segments in ns at light load. */
  bars: LatencyBar[];
  /** The chosen stack at the chosen load, wire to application. */
  latency_ns: { p50: number; p99: number; mean: number; max: number; samples: number };
  /** The chosen stack's light-load budget (the bar's ends). */
  light_ns: { p50: number; p99: number };
  /** Share of arrivals dropped because the ring was full (overload). */
  dropped_share: number;
  mean_queue_wait_ns: number;
  distribution: LatencyDistribution;
};

/** Stack indices whose bar is drawn: the chosen family, plus the chosen stack. */
export function shownStacks(v: Pick<Values, 'show' | 'stack'>): number[] {
  const families = SHOW.find((s) => s.value === Number(v.show))?.families ?? SHOW[0]!.families;
  return STACKS.flatMap((s, i) => (families.includes(s.family) || i === Number(v.stack) ? [i] : []));
}

export function evaluateLatencyBudget(v: Values): LatencyBudgetResult {
  const spec = STACKS[v.stack];
  if (!spec) throw new RangeError(`No stack ${v.stack}; there are ${STACKS.length}.`);
  const d = latencyDistribution(spec, v.link_gbps, v.frame_bytes, v.load_pct, v.cores);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    simulation: 'latency-budget',
    params: { ...v },
    stack: { id: spec.id, label: spec.label },
    bars: latencyBars(v.link_gbps, v.frame_bytes, shownStacks(v)),
    latency_ns: { p50: r1(d.p50), p99: r1(d.p99), mean: r1(d.mean), max: r1(d.max), samples: d.samples },
    light_ns: { p50: r1(d.light.p50), p99: r1(d.light.p99) },
    dropped_share: Math.round(d.dropped_share * 1e4) / 1e4,
    mean_queue_wait_ns: r1(d.mean_queue_wait),
    distribution: d,
  };
}

export const latencyBudgetEntry: AnalyticEntry<typeof latencyBudgetParams, LatencyBudgetResult, 'latency-budget'> = {
  kind: 'analytic',
  id: 'latency-budget',
  title: 'Where the microseconds go',
  summary:
    'Wire to application, stack by stack: a stacked bar of wire, DMA, interrupt and coalescing, softirq, protocol, copy, system call, wake-up and application, and a latency histogram with its p50 and p99.',
  params: latencyBudgetParams,
  presets: [
    { id: 'light', label: 'Light load, 10 GbE, 64 B', values: { load_pct: 0.1, link_gbps: 10, frame_bytes: 64, cores: 1 } },
    { id: 'tuned', label: 'Tuned kernel (busy polling)', values: { stack: STACKS.findIndex((s) => s.id === 'kernel-tuned') } },
    { id: 'dpdk', label: 'DPDK', values: { stack: STACKS.findIndex((s) => s.id === 'dpdk') } },
    { id: 'xdp-half-load', label: 'XDP at half load', values: { stack: STACKS.findIndex((s) => s.id === 'xdp_drop'), load_pct: 50 } },
  ],
  panels: ['full', 'bars', 'histogram'],
  metrics: {
    latency_p50_us: { label: 'median latency at the chosen load, wire to application', unit: 'µs', digits: 'sig3', get: (r) => r.latency_ns.p50 / 1000 },
    latency_p99_us: {
      label: '99th-percentile latency at the chosen load, wire to application',
      unit: 'µs',
      digits: 'sig3',
      get: (r) => r.latency_ns.p99 / 1000,
    },
    light_p50_us: { label: 'median latency at light load (the bar)', unit: 'µs', digits: 'sig3', get: (r) => r.light_ns.p50 / 1000 },
    light_p99_us: { label: '99th-percentile latency at light load', unit: 'µs', digits: 'sig3', get: (r) => r.light_ns.p99 / 1000 },
    queue_wait_us: { label: 'mean time waiting behind other packets', unit: 'µs', digits: 'sig3', get: (r) => r.mean_queue_wait_ns / 1000 },
    dropped_pct: { label: 'share of packets dropped at a full ring', unit: '%', digits: 1, get: (r) => r.dropped_share * 100 },
  },
  evaluate: (v) => evaluateLatencyBudget(v),
  // The histogram as [low_ns, high_ns, packets] rows rather than its 5,760 counters.
  toJson: (_v, r) => {
    const { distribution, ...rest } = r;
    return { ...rest, histogram: distribution.histogram.bins() };
  },
};
