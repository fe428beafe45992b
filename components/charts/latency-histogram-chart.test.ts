import { expect, test } from 'vitest';
import { LogHistogram } from '@/simulations/engine/log-histogram';
import { latencyDomain, logBins } from './latency-histogram-chart';

const share = ([lo, hi]: [number, number], min: number, max: number) => Math.log(max / min) / Math.log(hi / lo);

test('the x domain fits the data: a tight distribution spans the axis, a single value sits in a narrow window around it', () => {
  // DPDK at light load (components/sims/stacks/latency-budget-view.tsx): 874–982 ns filled a third of the width.
  const tight = latencyDomain(874, 982);
  expect(tight[0]).toBeLessThan(874);
  expect(tight[1]).toBeGreaterThan(982);
  expect(share(tight, 874, 982)).toBeGreaterThan(0.95);
  const wide = latencyDomain(1_763, 1_037_108);
  expect(share(wide, 1_763, 1_037_108)).toBeGreaterThan(0.95);
  const one = latencyDomain(19_462, 19_462);
  expect(one[0]).toBeLessThan(19_462);
  expect(one[1]).toBeGreaterThan(19_462);
  expect(one[1] / one[0]).toBeLessThan(1.1);
  expect(latencyDomain(0, 0)[0]).toBeGreaterThan(0); // a log axis
});

test('bins keep every packet, and an even spread of values draws even bars (no comb from whole buckets per bin)', () => {
  const h = new LogHistogram();
  for (let v = 874; v <= 982; v += 0.25) h.record(v);
  const domain = latencyDomain(h.min, h.max);
  for (const n of [20, 37, 100]) {
    const counts = logBins(h.bins(), domain, n);
    expect(counts.reduce((a, b) => a + b, 0)).toBeCloseTo(h.count, 6);
    // Bins wholly inside the data (away from the padded ends) hold about the same.
    const inner = counts.filter((_, i) => i >= n * 0.1 && i < n * 0.9);
    const mean = inner.reduce((a, b) => a + b, 0) / inner.length;
    for (const c of inner) expect(Math.abs(c - mean) / mean).toBeLessThan(0.2);
  }
});
