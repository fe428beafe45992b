import { describe, expect, it } from 'vitest';
import { STACKS } from './stacks';
import { stackSweep, SWEEP_FRAME_SIZES, SWEEP_LINK_GBPS } from './sweep';

describe('stackSweep', () => {
  const points = stackSweep();

  it('covers every stack × link speed × frame size once, in that order', () => {
    expect(SWEEP_FRAME_SIZES).toHaveLength(12);
    expect(SWEEP_LINK_GBPS).toEqual([10, 40, 100]);
    expect(points).toHaveLength(STACKS.length * 3 * 12);
    expect(new Set(points.map((p) => `${p.stack}/${p.link_gbps}/${p.frame_bytes}`)).size).toBe(points.length);
    expect(points[0]).toMatchObject({ stack: 'kernel', link_gbps: 10, frame_bytes: 64 });
    expect(points.at(-1)).toMatchObject({ stack: 'ef_vi', link_gbps: 100, frame_bytes: 1518 });
  });

  it('never delivers more than was offered or than the line carries', () => {
    for (const p of points) {
      expect(p.delivered_pps).toBeLessThanOrEqual(p.offered_pps);
      expect(p.offered_pps).toBeLessThanOrEqual(p.line_rate_pps);
      expect(p.line_rate_share).toBeLessThanOrEqual(1);
      expect(p.delivered_gbps).toBeCloseTo((p.delivered_pps * p.frame_bytes * 8) / 1e9, 6);
    }
  });

  it('bits delivered never fall as frames grow, for any stack at any speed', () => {
    for (const s of STACKS) {
      for (const link of SWEEP_LINK_GBPS) {
        const g = points.filter((p) => p.stack === s.id && p.link_gbps === link).map((p) => p.delivered_gbps);
        for (let i = 1; i < g.length; i++) expect(g[i], `${s.id} ${link}G`).toBeGreaterThanOrEqual(g[i - 1]! - 1e-9);
      }
    }
  });

  it('tells the story: at 10 GbE every stack reaches line rate at 1518 B; at 100 GbE and 64 B none does on one core', () => {
    const at = (link: number, frame: number) => points.filter((p) => p.link_gbps === link && p.frame_bytes === frame);
    for (const p of at(10, 1518)) expect(p.line_rate_share, p.stack).toBeGreaterThanOrEqual(0.9999);
    for (const p of at(100, 64)) expect(p.line_rate_share, p.stack).toBeLessThan(0.5);
  });

  it('is fast: the whole sweep in well under a second (it is arithmetic)', () => {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) stackSweep();
    expect((performance.now() - t0) / 10).toBeLessThan(100);
  });

  it('takes cores, load and a subset', () => {
    const two = stackSweep({ stacks: ['dpdk'], cores: 2, linkGbps: [100], frameSizes: [64] });
    expect(two).toHaveLength(1);
    expect(two[0]!.delivered_pps).toBeCloseTo(87_000_000, 0);
    expect(stackSweep({ stacks: ['dpdk'], load_pct: 10, linkGbps: [10], frameSizes: [64] })[0]!.delivered_pps).toBeCloseTo(1_488_095.2, 0);
  });
});
