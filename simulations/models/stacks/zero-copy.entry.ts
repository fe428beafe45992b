/**
 * Catalog entry: what copies cost and how zero copy avoids them (chapter 5).
 * For a stack that copies and its zero-copy counterpart (the kernel; PF_RING
 * and PF_RING ZC; AF_XDP in copy and zero-copy mode; DPDK; Onload), at a link
 * speed and frame size: the bytes the CPU copies per packet, the memory
 * traffic that makes at the rate the stack delivers on one core, and the CPU
 * time it takes (copyLoad() of the stacks model); the view animates the
 * buffers (simulations/models/stacks/buffers.ts).
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { evaluateStack } from './evaluate';
import { copyLoad, type CopyLoad } from './model';
import { STACKS } from './stacks';
import type { ChoiceParam } from '../../core/params';
import { frameSizeParam, linkSpeedParam } from '../../core/wire-params';

const index = (id: string) => STACKS.findIndex((s) => s.id === id);

/**
 * The stacks offered, each copying one next to its zero-copy counterpart: the
 * same order as BUFFER_JOURNEYS (buffers.ts, which the view draws; kept out of
 * the catalog so every page does not download its words; buffers.test.ts
 * checks the two lists agree).
 */
export const ZERO_COPY_STACKS = ['kernel', 'pf_ring', 'pf_ring_zc', 'dpdk', 'af_xdp', 'af_xdp_zc', 'onload'] as const;

export const zeroCopyParams = {
  stack: {
    kind: 'choice',
    label: 'Stack',
    unit: '',
    help: 'A stack that copies each packet, or one that passes buffers: the kernel, PF_RING and PF_RING ZC, AF_XDP in copy and zero-copy mode, DPDK, OpenOnload.',
    // The same numbers as the `stack` entry's choice, so a stack has one number everywhere.
    options: ZERO_COPY_STACKS.map((id) => ({ value: index(id), label: STACKS[index(id)]!.label, name: id })),
    default: index('af_xdp'),
  } satisfies ChoiceParam,
  link_gbps: linkSpeedParam,
  frame_bytes: { ...frameSizeParam, default: 1518 },
} as const;

export type ZeroCopyResult = {
  simulation: 'zero-copy';
  params: { stack: string; link_gbps: number; frame_bytes: number };
  stack: { id: string; label: string; zero_copy: boolean };
  /** Packets per second the stack delivers on one core at line rate. */
  delivered_pps: number;
  line_rate_share: number;
  copy: CopyLoad;
  /** The copy's share of the stack's CPU time per packet. */
  copy_share_of_cpu: number;
  /** The CPU copies each packet, or buffers are passed (buffers.ts draws which buffers). */
  mode: 'copy' | 'zero';
};

export function evaluateZeroCopy(v: { stack: number; link_gbps: number; frame_bytes: number }): ZeroCopyResult {
  const spec = STACKS[v.stack];
  if (!spec) throw new RangeError(`No stack ${v.stack}; there are ${STACKS.length}.`);
  const r = evaluateStack({ stack: v.stack, link_gbps: v.link_gbps, frame_bytes: v.frame_bytes, load_pct: 100, cores: 1 });
  const copy = copyLoad(spec, v.frame_bytes, r.delivered_pps);
  return {
    simulation: 'zero-copy',
    params: { stack: spec.id, link_gbps: v.link_gbps, frame_bytes: v.frame_bytes },
    stack: { id: spec.id, label: spec.label, zero_copy: spec.zeroCopy },
    delivered_pps: r.delivered_pps,
    line_rate_share: r.line_rate_share,
    copy,
    copy_share_of_cpu: r.ns_per_packet > 0 ? copy.copy_ns_per_packet / r.ns_per_packet : 0,
    mode: copy.copies > 0 ? 'copy' : 'zero',
  };
}

export const zeroCopyEntry: AnalyticEntry<typeof zeroCopyParams, ZeroCopyResult, 'zero-copy'> = {
  kind: 'analytic',
  id: 'zero-copy',
  title: 'Copies and zero copy',
  summary:
    'What copying each packet costs in memory traffic and CPU time, and how passing buffers from a preallocated pool avoids it: the bytes stay put, only their ownership moves.',
  params: zeroCopyParams,
  presets: [
    { id: 'af-xdp-copy', label: 'AF_XDP copy mode', values: { stack: index('af_xdp') } },
    { id: 'af-xdp-zc', label: 'AF_XDP zero copy', values: { stack: index('af_xdp_zc') } },
    { id: 'kernel', label: 'Stock kernel', values: { stack: index('kernel') } },
    { id: 'dpdk', label: 'DPDK', values: { stack: index('dpdk') } },
    { id: 'small', label: '64-byte frames', values: { frame_bytes: 64 } },
    { id: '100g', label: '100 GbE', values: { link_gbps: 100 } },
  ],
  panels: ['full', 'table'],
  metrics: {
    bytes_per_packet: { label: 'bytes the CPU copies per packet', unit: 'B', digits: 0, get: (r) => r.copy.bytes_per_packet },
    copy_ns: { label: 'CPU time copying, per packet', unit: 'ns', digits: 'sig3', get: (r) => r.copy.copy_ns_per_packet },
    memory_gbytes_s: { label: 'memory traffic of the copies (read and write)', unit: 'GB/s', digits: 2, get: (r) => r.copy.memory_bytes_per_s / 1e9 },
    core_pct: { label: 'share of a core spent copying', unit: '%', digits: 1, get: (r) => r.copy.cores_copying * 100 },
    copy_cpu_pct: { label: 'share of the stack’s CPU time per packet spent copying', unit: '%', digits: 0, get: (r) => r.copy_share_of_cpu * 100 },
    delivered_mpps: { label: 'packets per second delivered on one core', unit: 'Mpps', digits: 2, get: (r) => r.delivered_pps / 1e6 },
  },
  evaluate: (v) => evaluateZeroCopy(v),
};
