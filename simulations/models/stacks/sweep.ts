/**
 * Every stack at every frame size and link speed: the data behind a
 * throughput-versus-frame-size chart. Pure and analytic (a few hundred
 * evaluations of a sum), so it takes well under a millisecond; it can run in
 * the page or a Web Worker alike. The kernel paths use the same analytic
 * two-stage model as the `stack` entry (kernel.ts), not the event model.
 *
 * Frame sizes: 64 to 1518 bytes, the minimum and the largest standard frame,
 * with 128 B steps from 128 to 1280 so the points are evenly spread on a
 * linear axis and the line-rate knee of every stack falls between two points
 * close to it.
 */
import { throughput } from './model';
import { STACKS } from './stacks';

export const SWEEP_FRAME_SIZES = [64, 128, 256, 384, 512, 640, 768, 896, 1024, 1152, 1280, 1518] as const;
export const SWEEP_LINK_GBPS = [10, 40, 100] as const;

export type SweepPoint = {
  stack: string;
  link_gbps: number;
  frame_bytes: number;
  line_rate_pps: number;
  offered_pps: number;
  delivered_pps: number;
  delivered_gbps: number;
  /** delivered / line rate */
  line_rate_share: number;
};

export type SweepOptions = {
  cores?: number;
  load_pct?: number;
  frameSizes?: readonly number[];
  linkGbps?: readonly number[];
  stacks?: readonly string[];
};

/** Delivered throughput for each stack × link speed × frame size (in that order), on one core at line rate unless told otherwise. */
export function stackSweep(options: SweepOptions = {}): SweepPoint[] {
  const { cores = 1, load_pct = 100, frameSizes = SWEEP_FRAME_SIZES, linkGbps = SWEEP_LINK_GBPS, stacks } = options;
  const chosen = stacks ? STACKS.filter((s) => stacks.includes(s.id)) : STACKS;
  const out: SweepPoint[] = [];
  for (const spec of chosen) {
    for (const link_gbps of linkGbps) {
      for (const frame_bytes of frameSizes) {
        const t = throughput(spec, link_gbps, frame_bytes, load_pct, cores);
        out.push({
          stack: spec.id,
          link_gbps,
          frame_bytes,
          line_rate_pps: t.line_rate_pps,
          offered_pps: t.offered_pps,
          delivered_pps: t.delivered_pps,
          delivered_gbps: (t.delivered_pps * frame_bytes * 8) / 1e9,
          line_rate_share: t.delivered_pps / t.line_rate_pps,
        });
      }
    }
  }
  return out;
}
