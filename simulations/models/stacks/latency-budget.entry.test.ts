import { describe, expect, it } from 'vitest';
import { LogHistogram } from '../../engine/log-histogram';
import { evaluateLatencyBudget, latencyBudgetEntry, shownStacks } from './latency-budget.entry';
import { evaluateStack } from './evaluate';
import { STACKS } from './stacks';
import { withDefaults } from '../../core/params';
import { execute, resolveRun } from '../../run-request';

const defaults = withDefaults(latencyBudgetEntry.params, {});
const index = (id: string) => STACKS.findIndex((s) => s.id === id);
const bucket = (v: number) => LogHistogram.bucketRange(LogHistogram.bucketOf(v)).width;

describe('latency-budget', () => {
  it('its histogram’s p50 and p99 are its metrics to within a bucket, at any load', () => {
    for (const stack of [index('kernel'), index('kernel-tuned'), index('dpdk'), index('xdp_drop'), index('onload')]) {
      for (const load_pct of [0.1, 10, 60, 100]) {
        const r = evaluateLatencyBudget({ ...defaults, stack, load_pct });
        const h = r.distribution.histogram;
        const p50 = latencyBudgetEntry.metrics.latency_p50_us!.get(r) * 1000;
        const p99 = latencyBudgetEntry.metrics.latency_p99_us!.get(r) * 1000;
        expect(Math.abs(h.quantile(0.5) - p50), `${STACKS[stack]!.id} ${load_pct} %`).toBeLessThanOrEqual(bucket(p50) + 1);
        expect(Math.abs(h.quantile(0.99) - p99), `${STACKS[stack]!.id} ${load_pct} %`).toBeLessThanOrEqual(bucket(p99) + 1);
      }
    }
  });

  it('at light load, its numbers are the stacks model’s: the bar ends at the model’s p50', () => {
    for (const [i, s] of STACKS.entries()) {
      const r = evaluateLatencyBudget({ ...defaults, stack: i });
      const model = evaluateStack({ stack: i, link_gbps: 10, frame_bytes: 64, load_pct: 0.1, cores: 1 }).latency_ns;
      expect(r.light_ns).toEqual(model);
      const bar = r.bars.find((b) => b.id === s.id)!;
      expect(Object.values(bar.segments).reduce((a, b) => a + b, 0)).toBeCloseTo(model.p50, 0);
      expect(Math.abs(r.latency_ns.p50 - model.p50)).toBeLessThanOrEqual(bucket(model.p50) + 1);
    }
  });

  it('p50 and p99 change with the stack', () => {
    const kernel = evaluateLatencyBudget({ ...defaults, stack: index('kernel') });
    const dpdk = evaluateLatencyBudget({ ...defaults, stack: index('dpdk') });
    expect(kernel.latency_ns.p50).toBeGreaterThan(10 * dpdk.latency_ns.p50);
    expect(kernel.latency_ns.p99).not.toBe(dpdk.latency_ns.p99);
  });

  it('shows every stack, or one family plus the chosen stack', () => {
    expect(shownStacks({ show: 0, stack: 0 })).toHaveLength(STACKS.length);
    expect(shownStacks({ show: 1, stack: index('dpdk') }).map((i) => STACKS[i]!.id)).toEqual(['kernel', 'kernel-tuned', 'dpdk']);
    expect(shownStacks({ show: 3, stack: 0 }).map((i) => STACKS[i]!.id)).toEqual(['kernel', 'onload', 'vma', 'tldk']);
  });

  it('prints JSON with the histogram as [low, high, packets] rows that count every sample', async () => {
    const json = (await execute(resolveRun({ id: 'latency-budget', params: { stack: 'dpdk' } }))) as {
      histogram: Array<[number, number, number]>;
      latency_ns: { samples: number };
      distribution?: unknown;
    };
    expect(json.distribution).toBeUndefined();
    expect(json.histogram.reduce((a, [, , c]) => a + c, 0)).toBe(json.latency_ns.samples);
  });
});
