/**
 * Catalog entry: delivered throughput against frame size, 64 to 1518 bytes,
 * at 10, 40 and 100 Gbit/s, for every stack of the stacks model, with line
 * rate for reference. The sweep is arithmetic (simulations/models/stacks/
 * sweep.ts); the page asks a Web Worker for it one stack at a time (`chunks`),
 * so its progress bar shows real progress. `npm run sim -- frame-size-sweep`
 * prints the whole sweep; `--chunk=N` one stack's part of it.
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { STACKS } from './stacks';
import { stackSweep, SWEEP_FRAME_SIZES, SWEEP_LINK_GBPS, type SweepPoint } from './sweep';
import type { ChoiceParam, ParamValues } from '../../core/params';
import { stackParams } from './stack.entry';

/** Which link speeds to sweep and show: all three (0) or one. */
export const LINKS_ALL = 0;

export const frameSizeSweepParams = {
  stack: { ...stackParams.stack, label: 'Highlighted stack', help: 'The stack drawn in colour; every other stack stays in grey for comparison.' },
  links: {
    kind: 'choice',
    label: 'Link speeds',
    unit: '',
    help: 'Show all three link speeds one above the other, or one of them.',
    options: [{ value: LINKS_ALL, label: 'all three', name: 'all' }, ...SWEEP_LINK_GBPS.map((g) => ({ value: g, label: `${g} GbE` }))],
    default: LINKS_ALL,
  } satisfies ChoiceParam,
  cores: stackParams.cores,
  load_pct: stackParams.load_pct,
} as const;

type Values = ParamValues<typeof frameSizeSweepParams>;

export type FrameSizeSweepResult = {
  simulation: 'frame-size-sweep';
  params: Values;
  frame_sizes: number[];
  link_gbps: number[];
  stacks: string[];
  /** Stack × link speed × frame size, in that order (sweep.ts). */
  points: SweepPoint[];
};

export type FrameSizeSweepChunk = { simulation: 'frame-size-sweep'; chunk: number; of: number; stack: string; points: SweepPoint[] };

export const linksOf = (v: Pick<Values, 'links'>): number[] => (Number(v.links) === LINKS_ALL ? [...SWEEP_LINK_GBPS] : [Number(v.links)]);
const optionsOf = (v: Values) => ({ cores: v.cores, load_pct: v.load_pct, linkGbps: linksOf(v) });

/** One stack's part of the sweep (what one worker message computes). */
export function sweepChunk(v: Values, index: number): FrameSizeSweepChunk {
  const spec = STACKS[index];
  if (!spec) throw new RangeError(`No chunk ${index}; there are ${STACKS.length}.`);
  return { simulation: 'frame-size-sweep', chunk: index, of: STACKS.length, stack: spec.id, points: stackSweep({ ...optionsOf(v), stacks: [spec.id] }) };
}

export function evaluateFrameSizeSweep(v: Values): FrameSizeSweepResult {
  return {
    simulation: 'frame-size-sweep',
    params: { ...v },
    frame_sizes: [...SWEEP_FRAME_SIZES],
    link_gbps: linksOf(v),
    stacks: STACKS.map((s) => s.id),
    points: stackSweep(optionsOf(v)),
  };
}

const at = (r: FrameSizeSweepResult, stack: string, link: number, frame: number) =>
  r.points.find((p) => p.stack === stack && p.link_gbps === link && p.frame_bytes === frame);
/** Stacks at line rate (within 0.01 %) at one link speed and frame size. */
const atLineRate = (r: FrameSizeSweepResult, link: number, frame: number) =>
  r.points.filter((p) => p.link_gbps === link && p.frame_bytes === frame && p.line_rate_share >= 0.9999).length;
const highlighted = (r: FrameSizeSweepResult) => STACKS[r.params.stack]!.id;

export const frameSizeSweepEntry: AnalyticEntry<typeof frameSizeSweepParams, FrameSizeSweepResult, 'frame-size-sweep'> = {
  kind: 'analytic',
  id: 'frame-size-sweep',
  title: 'Throughput against frame size',
  summary: 'Every stack at every frame size from 64 to 1518 bytes, at 10, 40 and 100 Gbit/s, with line rate for reference: where each one stops keeping up.',
  params: frameSizeSweepParams,
  presets: [
    { id: 'one-core', label: 'One core, line rate', values: { cores: 1, load_pct: 100, links: LINKS_ALL } },
    { id: 'dpdk-100g', label: 'DPDK at 100 GbE', values: { stack: STACKS.findIndex((s) => s.id === 'dpdk'), links: 100 } },
    { id: 'four-cores', label: 'Four cores', values: { cores: 4 } },
  ],
  panels: ['full'],
  metrics: {
    line_rate_stacks_10g_64b: { label: 'stacks at line rate at 10 GbE with 64-byte frames', unit: '', digits: 0, get: (r) => atLineRate(r, 10, 64) },
    line_rate_stacks_100g_64b: {
      label: 'stacks at line rate at 100 GbE with 64-byte frames',
      unit: '',
      digits: 0,
      get: (r) => (r.link_gbps.includes(100) ? atLineRate(r, 100, 64) : 0),
    },
    highlighted_mpps_64b: {
      label: 'what the highlighted stack delivers at 64 bytes on the slowest link shown',
      unit: 'Mpps',
      digits: 2,
      get: (r) => (at(r, highlighted(r), r.link_gbps[0]!, 64)?.delivered_pps ?? 0) / 1e6,
    },
    points: { label: 'points in the sweep', unit: '', digits: 0, get: (r) => r.points.length },
  },
  evaluate: (v) => evaluateFrameSizeSweep(v),
  toJson: (_v, r) => r,
  chunks: { count: () => STACKS.length, evaluate: (v, i) => sweepChunk(v, i) },
};
