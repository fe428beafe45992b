import { describe, expect, it } from 'vitest';
import { evaluateFrameSizeSweep, frameSizeSweepEntry, sweepChunk, type FrameSizeSweepChunk } from './frame-size-sweep.entry';
import { STACKS } from './stacks';
import { SWEEP_FRAME_SIZES, SWEEP_LINK_GBPS } from './sweep';
import { withDefaults } from '../../core/params';
import { execute, resolveRun, RunRequestError } from '../../run-request';

const defaults = withDefaults(frameSizeSweepEntry.params, {});

describe('frame-size-sweep', () => {
  it('is every stack × 12 frame sizes × 3 link speeds by default', () => {
    const r = evaluateFrameSizeSweep(defaults);
    expect(r.points).toHaveLength(STACKS.length * SWEEP_FRAME_SIZES.length * SWEEP_LINK_GBPS.length);
    expect(r.link_gbps).toEqual([10, 40, 100]);
    expect(frameSizeSweepEntry.metrics.points!.get(r)).toBe(13 * 12 * 3);
  });

  it('its chunks, one stack each, add up to the full sweep, in order', () => {
    for (const values of [defaults, { ...defaults, links: 100, cores: 3, load_pct: 40 }]) {
      const n = frameSizeSweepEntry.chunks!.count(values);
      expect(n).toBe(STACKS.length);
      const parts = Array.from({ length: n }, (_, i) => sweepChunk(values, i));
      expect(parts.map((p) => p.stack)).toEqual(STACKS.map((s) => s.id));
      expect(parts.flatMap((p) => p.points)).toEqual(evaluateFrameSizeSweep(values).points);
    }
  });

  it('draws line rate exactly: 14,880,952 pps at 10 GbE with 64-byte frames, 812,744 at 1518 B, 148,809,524 at 100 GbE', () => {
    const r = evaluateFrameSizeSweep(defaults);
    const lineRate = (link: number, frame: number) => Math.round(r.points.find((p) => p.link_gbps === link && p.frame_bytes === frame)!.line_rate_pps);
    expect(lineRate(10, 64)).toBe(14_880_952);
    expect(lineRate(10, 1518)).toBe(812_744);
    expect(lineRate(40, 64)).toBe(59_523_810);
    expect(lineRate(100, 64)).toBe(148_809_524);
    // Every stack sees the same line rate at the same link and frame size.
    for (const p of r.points) expect(p.line_rate_pps).toBe(r.points.find((q) => q.link_gbps === p.link_gbps && q.frame_bytes === p.frame_bytes)!.line_rate_pps);
  });

  it('shows one link speed when asked, and more cores deliver more where a stack falls short', () => {
    const one = evaluateFrameSizeSweep({ ...defaults, links: 40 });
    expect(new Set(one.points.map((p) => p.link_gbps))).toEqual(new Set([40]));
    const dpdk = (cores: number) =>
      evaluateFrameSizeSweep({ ...defaults, links: 100, cores }).points.find((p) => p.stack === 'dpdk' && p.frame_bytes === 64)!.delivered_pps;
    expect(dpdk(1)).toBeCloseTo(43_500_000, 0);
    expect(dpdk(2)).toBeCloseTo(87_000_000, 0);
  });

  it('a worker request for one chunk gives the same JSON as sweepChunk; a bad chunk is refused by name', async () => {
    const json = JSON.stringify(await execute(resolveRun({ id: 'frame-size-sweep', params: { links: 10 }, chunk: 5 })));
    const chunk = JSON.parse(json) as FrameSizeSweepChunk;
    expect(chunk).toMatchObject({ simulation: 'frame-size-sweep', chunk: 5, of: 13, stack: 'dpdk' });
    expect(json).toBe(JSON.stringify(sweepChunk({ ...defaults, links: 10 }, 5)));
    expect(() => resolveRun({ id: 'frame-size-sweep', chunk: 13 })).toThrow(/Bad chunk 13\. Allowed: an integer 0 … 12/);
    expect(() => resolveRun({ id: 'frame-size-sweep', chunk: 1.5 })).toThrow(RunRequestError);
    expect(() => resolveRun({ id: 'stack', chunk: 0 })).toThrow(/not computed in parts/);
  });

  it('quotes the story: six stacks at line rate at 10 GbE and 64 B on one core, none at 100 GbE', () => {
    const r = evaluateFrameSizeSweep(defaults);
    expect(frameSizeSweepEntry.metrics.line_rate_stacks_10g_64b!.get(r)).toBe(6);
    expect(frameSizeSweepEntry.metrics.line_rate_stacks_100g_64b!.get(r)).toBe(0);
    expect(frameSizeSweepEntry.metrics.highlighted_mpps_64b!.get(r)).toBeCloseTo(0.684, 3);
  });
});
