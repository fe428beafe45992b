/**
 * Catalog entry: the split screen of chapter 5. The same seeded traffic into
 * the Linux receive path (the receive-path event model, stock or tuned) and
 * into a bypass stack (an event model of its receive loop with the stacks
 * model's costs): throughput, drops, CPU and latency side by side.
 * `--bypass=af_xdp_zc` picks a stack by name; the model loads on demand.
 */
import type { EventEntry, Metric } from '../../core/entry-types';
import { kernelVsBypassParams, KERNEL } from './params';
import type { KernelVsBypassSim } from './sim';
import type { KernelVsBypassSummary, SideSummary } from './summary';
import { PATTERN } from '../receive-path/params';
import { STACKS } from '../stacks/stacks';

const stack = (id: string) => STACKS.findIndex((s) => s.id === id);
const dropsOf = (s: SideSummary) => Object.values(s.drops).reduce((a, b) => a + b, 0);
const busyPct = (s: SideSummary) => (s.cpu_util.reduce((a, c) => a + c.busy, 0) / Math.max(1, s.cpu_util.length)) * 100;

const sideMetrics = (side: 'kernel' | 'bypass', who: string): Record<string, Metric<KernelVsBypassSummary>> => ({
  [`${side}_delivered_mpps`]: { label: `packets per second delivered, ${who}`, unit: 'Mpps', digits: 2, get: (r) => r[side].delivered_pps / 1e6 },
  [`${side}_delivered_pct`]: { label: `share of offered packets delivered, ${who}`, unit: '%', digits: 1, get: (r) => r[side].delivered_share * 100 },
  [`${side}_drops`]: { label: `packets dropped, ${who}`, unit: '', digits: 0, get: (r) => dropsOf(r[side]) },
  [`${side}_cpu_busy_pct`]: { label: `CPU busy, ${who} (average over its CPUs)`, unit: '%', digits: 0, get: (r) => busyPct(r[side]) },
  [`${side}_p50_us`]: { label: `median latency, wire to application, ${who}`, unit: 'µs', digits: 'sig3', get: (r) => r[side].latency_ns.p50 / 1000 },
  [`${side}_p99_us`]: { label: `99th-percentile latency, wire to application, ${who}`, unit: 'µs', digits: 'sig3', get: (r) => r[side].latency_ns.p99 / 1000 },
});

export const kernelVsBypassEntry: EventEntry<typeof kernelVsBypassParams, KernelVsBypassSummary, KernelVsBypassSim, 'kernel-vs-bypass'> = {
  kind: 'event',
  id: 'kernel-vs-bypass',
  title: 'The kernel and a bypass stack, side by side',
  summary:
    'The same seeded traffic into the Linux receive path and into a bypass stack: packets take different paths; throughput, drops, CPU and latency side by side.',
  params: kernelVsBypassParams,
  presets: [
    { id: 'line-rate', label: '10 GbE, 64 B, line rate', values: { link_gbps: 10, frame_bytes: 64, load_pct: 100, pattern: PATTERN.constant } },
    { id: 'large-frames', label: '1518 B frames', values: { link_gbps: 10, frame_bytes: 1518, load_pct: 100, pattern: PATTERN.constant } },
    { id: 'light-load', label: 'Light load: latency', values: { link_gbps: 10, frame_bytes: 64, load_pct: 1, pattern: PATTERN.poisson } },
    { id: 'tuned', label: 'Against the tuned kernel', values: { kernel: KERNEL.tuned } },
    { id: 'af-xdp', label: 'AF_XDP zero copy', values: { bypass: stack('af_xdp_zc') } },
  ],
  panels: ['full'],
  metrics: {
    ...sideMetrics('kernel', 'kernel'),
    ...sideMetrics('bypass', 'bypass stack'),
    speedup: { label: 'bypass delivered ÷ kernel delivered', unit: '×', digits: 1, get: (r) => r.speedup },
  },
  defaultDurationMs: 50,
  load: () => import('./run').then((m) => m.kernelVsBypassModel),
};
