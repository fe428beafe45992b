import { describe, expect, it } from 'vitest';
import { LogHistogram } from '../../engine/log-histogram';
import { evaluateStack } from './evaluate';
import { LATENCY_CATEGORIES, latencyBar, latencyBars } from './latency-categories';
import { latencyDistribution } from './latency-distribution';
import { STACKS } from './stacks';
import { SWEEP_FRAME_SIZES } from './sweep';

const width = (v: number) => LogHistogram.bucketRange(LogHistogram.bucketOf(v)).width;
/** Within the width of the histogram bucket the model's value falls in (plus a rounding nanosecond). */
const withinBucket = (got: number, want: number) => Math.abs(got - want) <= width(want) + 1;

describe('the latency histogram', () => {
  it('at light load has the model’s p50 and p99, for every stack at every frame size (10 GbE)', () => {
    for (const [i, spec] of STACKS.entries()) {
      for (const frame of SWEEP_FRAME_SIZES) {
        const model = evaluateStack({ stack: i, link_gbps: 10, frame_bytes: frame, load_pct: 0.1, cores: 1 }).latency_ns;
        const d = latencyDistribution(spec, 10, frame, 0.1, 1);
        for (const q of ['p50', 'p99'] as const) {
          expect(withinBucket(d[q], model[q]), `${spec.id} ${frame} B ${q}: ${d[q]} vs ${model[q]}`).toBe(true);
          expect(withinBucket(d.histogram.quantile(q === 'p50' ? 0.5 : 0.99), d[q]), `${spec.id} ${frame} B histogram ${q}`).toBe(true);
        }
      }
    }
  });

  it('is the same for the same inputs, and spreads where the model says a stage varies', () => {
    const dpdk = STACKS.find((s) => s.id === 'dpdk')!;
    const a = latencyDistribution(dpdk, 10, 64, 0.1, 1);
    const b = latencyDistribution(dpdk, 10, 64, 0.1, 1);
    expect(b.histogram.counts).toEqual(a.histogram.counts);
    expect([a.p50, a.p99]).toEqual([b.p50, b.p99]);
    // One poll-loop turn (100 ns) separates DPDK's fastest packet from its slowest at light load,
    // plus, rarely, one packet's service time (23 ns) behind another that arrived just before.
    expect(a.max - a.histogram.min).toBeGreaterThan(95);
    expect(a.max - a.histogram.min).toBeLessThanOrEqual(100 + 23 + 1);
    // The tuned kernel is bimodal: spinning (a few µs) or woken by the interrupt (tens of µs).
    const tuned = latencyDistribution(
      STACKS.find((s) => s.id === 'kernel-tuned')!,
      10,
      64,
      0.1,
      1,
    );
    expect(tuned.p99 / tuned.p50).toBeGreaterThan(10);
  });

  it('under load: queueing grows, a full ring drops, and interrupt moderation is shared (XDP’s median falls, as the XDP paper measured)', () => {
    const kernel = STACKS[0]!;
    const light = latencyDistribution(kernel, 10, 64, 0.1, 1);
    const heavy = latencyDistribution(kernel, 10, 64, 100, 1);
    expect(light.dropped_share).toBe(0);
    expect(heavy.dropped_share).toBeGreaterThan(0.5);
    expect(heavy.mean_queue_wait).toBeGreaterThan(100 * light.mean_queue_wait + 1000);
    expect(heavy.p50).toBeGreaterThan(light.p50 * 10);
    const xdp = STACKS.find((s) => s.id === 'xdp_drop')!;
    expect(latencyDistribution(xdp, 10, 64, 50, 1).p50).toBeLessThan(latencyDistribution(xdp, 10, 64, 0.1, 1).p50 * 0.75);
    // DPDK keeps up at line rate: its median hardly moves.
    const dpdk = STACKS.find((s) => s.id === 'dpdk')!;
    expect(Math.abs(latencyDistribution(dpdk, 10, 64, 100, 1).p50 - latencyDistribution(dpdk, 10, 64, 0.1, 1).p50)).toBeLessThan(50);
  });
});

describe('the stacked bar', () => {
  it('has the nine categories, and its segments add up to the model’s p50, for every stack, link and frame size', () => {
    expect(LATENCY_CATEGORIES).toEqual(['wire', 'dma', 'interrupt', 'softirq', 'protocol', 'copy', 'syscall', 'wakeup', 'application']);
    for (const link of [10, 40, 100]) {
      for (const frame of [64, 512, 1518, 9000]) {
        for (const [i, spec] of STACKS.entries()) {
          const bar = latencyBar(i, link, frame);
          const model = evaluateStack({ stack: i, link_gbps: link, frame_bytes: frame, load_pct: 0.1, cores: 1 });
          const sum = LATENCY_CATEGORIES.reduce((a, c) => a + bar.segments[c], 0);
          expect(sum, `${spec.id} ${link}G ${frame} B`).toBeCloseTo(model.latency_ns.p50, 0);
          expect(bar.p99).toBeCloseTo(model.latency_ns.p99, 0);
        }
      }
    }
  });

  it('puts a bypass poll-mode driver in the application, netmap’s rxsync in the system call, and no application time on the kernel paths', () => {
    const seg = (id: string) =>
      latencyBar(
        STACKS.findIndex((s) => s.id === id),
        10,
        64,
      ).segments;
    expect(seg('dpdk').application).toBeGreaterThan(0);
    expect(seg('dpdk').syscall).toBe(0);
    expect(seg('netmap').application).toBe(0);
    expect(seg('netmap').syscall).toBeGreaterThan(350);
    expect(seg('kernel').application).toBe(0);
    expect(seg('kernel').interrupt).toBeGreaterThan(16_000);
    expect(latencyBars(10, 64).map((b) => b.id)[0]).toBe('ef_vi');
  });
});
