/**
 * Catalog entry: the receive paths compared (chapter on kernel bypass). One
 * analytic model (simulations/models/stacks) for thirteen stacks, from the
 * stock kernel to DPDK and ef_vi: what each delivers at a link speed, frame
 * size, load and core count, where its drops are counted, and its latency
 * budget at light load. `--stack=dpdk` picks a stack by name.
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { evaluateStack, type StackResult } from './evaluate';
import { STACKS } from './stacks';
import { receivePathParams } from '../receive-path/params';
import { frameSizeParam, linkSpeedParam } from '../../core/wire-params';
import type { ChoiceParam } from '../../core/params';

const index = (id: string) => STACKS.findIndex((s) => s.id === id);

export const stackParams = {
  stack: {
    kind: 'choice',
    label: 'Stack',
    unit: '',
    help: 'The receive path: the Linux kernel (stock or tuned), a raw-frame bypass (PF_RING, netmap, DPDK, AF_XDP, XDP, ef_vi) or a user-space protocol stack (OpenOnload, VMA, TLDK).',
    options: STACKS.map((s, value) => ({ value, label: s.label, name: s.id })),
    default: index('kernel'),
  } satisfies ChoiceParam,
  link_gbps: linkSpeedParam,
  frame_bytes: frameSizeParam,
  load_pct: receivePathParams.load_pct,
  cores: {
    kind: 'number',
    label: 'Cores',
    unit: '',
    help: 'Cores running the stack, one RX queue each; the tuned kernel adds a reader CPU per queue.',
    min: 1,
    max: 16,
    step: 1,
    default: 1,
  },
} as const;

export const stackEntry: AnalyticEntry<typeof stackParams, StackResult, 'stack'> = {
  kind: 'analytic',
  id: 'stack',
  title: 'Receive paths compared',
  summary:
    'Thirteen ways to get packets into an application, each with its own per-packet cost, batching, copies and interrupts: what each delivers, where it drops, and how long a packet takes.',
  params: stackParams,
  presets: [
    { id: 'kernel', label: 'Stock kernel, 10 GbE, 64 B', values: { stack: index('kernel'), link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1 } },
    { id: 'tuned', label: 'Tuned kernel', values: { stack: index('kernel-tuned') } },
    { id: 'dpdk', label: 'DPDK, one core', values: { stack: index('dpdk'), cores: 1 } },
    { id: 'af-xdp-zc', label: 'AF_XDP zero copy', values: { stack: index('af_xdp_zc') } },
    { id: 'onload', label: 'OpenOnload', values: { stack: index('onload') } },
    { id: 'dpdk-100g', label: 'DPDK at 100 GbE, 64 B', values: { stack: index('dpdk'), link_gbps: 100, frame_bytes: 64 } },
    { id: 'large-frames', label: '1518-byte frames', values: { frame_bytes: 1518 } },
    { id: 'light-load', label: 'Light load (latency)', values: { load_pct: 0.1 } },
  ],
  panels: ['full', 'throughput', 'latency', 'costs', 'copies'],
  metrics: {
    delivered_mpps: { label: 'packets per second delivered', unit: 'Mpps', digits: 2, get: (r) => r.delivered_pps / 1e6 },
    delivered_kpps: { label: 'packets per second delivered', unit: 'kpps', digits: 0, get: (r) => r.delivered_pps / 1e3 },
    delivered_gbps: { label: 'delivered throughput', unit: 'Gbit/s', digits: 2, get: (r) => r.delivered_gbps },
    line_rate_pct: { label: 'share of line rate delivered', unit: '%', digits: 1, get: (r) => r.line_rate_share * 100 },
    delivered_pct: { label: 'share of offered packets delivered', unit: '%', digits: 1, get: (r) => r.delivered_share * 100 },
    capacity_mpps: { label: 'what the cores can take without loss', unit: 'Mpps', digits: 2, get: (r) => r.capacity_pps / 1e6 },
    per_core_mpps: { label: 'what one core can take without loss', unit: 'Mpps', digits: 2, get: (r) => r.per_core_capacity_pps / 1e6 },
    ns_per_packet: { label: 'CPU time per packet', unit: 'ns', digits: 'sig3', get: (r) => r.ns_per_packet },
    drop_mpps: { label: 'packets per second dropped', unit: 'Mpps', digits: 2, get: (r) => r.drop_rate_pps / 1e6 },
    latency_p50_us: { label: 'median latency at light load, wire to application', unit: 'µs', digits: 'sig3', get: (r) => r.latency_ns.p50 / 1000 },
    latency_p99_us: { label: '99th-percentile latency at light load, wire to application', unit: 'µs', digits: 'sig3', get: (r) => r.latency_ns.p99 / 1000 },
    cpu_busy_pct: { label: 'average CPU busy', unit: '%', digits: 0, get: (r) => (r.cpu_util.reduce((a, c) => a + c.busy, 0) / r.cpu_util.length) * 100 },
  },
  evaluate: (v) => evaluateStack(v),
  toJson: (_v, r) => r,
};
