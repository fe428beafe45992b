import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../core/params';
import { ReceivePathSim } from '../receive-path/model';
import { PATTERN } from '../receive-path/params';
import { evaluateStack } from '../stacks/evaluate';
import { STACKS } from '../stacks/stacks';
import { bypassPath, fullBurstNs } from './bypass-path';
import { BYPASS_OPTIONS, KERNEL, kernelVsBypassParams, type KernelVsBypassValues } from './params';
import { runSplit } from './run';
import { kernelValues, KernelVsBypassSim } from './sim';
import { nsPerPacket } from '../stacks/model';

const idx = (id: string) => STACKS.findIndex((s) => s.id === id);
const values = (v: Partial<KernelVsBypassValues> = {}) => withDefaults(kernelVsBypassParams, v);
const total = (drops: Record<string, number>) => Object.values(drops).reduce((a, b) => a + b, 0);

describe('the bypass path from the stacks model', () => {
  it('costs exactly the stacks model’s nsPerPacket at full bursts, for every bypass stack and frame size', () => {
    for (const o of BYPASS_OPTIONS) {
      for (const frame of [64, 512, 1518]) {
        const spec = STACKS[o.value]!;
        expect(fullBurstNs(bypassPath(spec, frame))).toBeCloseTo(nsPerPacket(spec, frame), 9);
      }
    }
  });

  it('takes DPDK’s bursts of 32 on a spinning core, and counts its drops in imissed', () => {
    const p = bypassPath(STACKS[idx('dpdk')]!, 64);
    expect(p).toMatchObject({ burst: 32, polls: true, spins: true, dropCounter: 'rte_eth_stats.imissed', ringSize: 1024 });
  });
});

describe('one traffic source for both sides', () => {
  it('hands the bypass side every frame the kernel’s ring sees, at the same nanosecond, and leaves the kernel run unchanged', () => {
    const v = values({ load_pct: 30, pattern: PATTERN.poisson, bypass: idx('af_xdp') });
    const split = new KernelVsBypassSim(v, 7);
    const alone = new ReceivePathSim(kernelValues(v), 7);
    const splitTimes: number[] = [];
    const aloneTimes: number[] = [];
    const bypassTimes: number[] = [];
    while (aloneTimes.length < 3000) {
      const before = alone.offered;
      alone.step();
      if (alone.offered > before) aloneTimes.push(alone.now);
    }
    while (splitTimes.length < 3000) {
      const k = split.kernel.offered;
      const b = split.bypass.offered;
      split.step();
      if (split.kernel.offered > k) splitTimes.push(split.kernel.now);
      if (split.bypass.offered > b) bypassTimes.push(split.bypass.now);
    }
    expect(new Set(aloneTimes).size).toBeGreaterThan(2900); // Poisson: the seed matters
    expect(splitTimes).toEqual(aloneTimes);
    expect(bypassTimes).toEqual(aloneTimes);
  });

  it('offers both sides the same count at every sampled instant', () => {
    const sim = new KernelVsBypassSim(values({ pattern: PATTERN.bursty }), 3);
    for (let t = 0; t < 3_000_000; t += 13_337) {
      sim.advanceTo(t);
      expect(sim.bypass.offered).toBe(sim.kernel.offered);
    }
    expect(sim.offered).toBeGreaterThan(0);
  });
});

describe('invariants', () => {
  it('conserves packets on both sides at every sampled instant: offered = delivered + drops + in flight', () => {
    for (const bypass of [idx('dpdk'), idx('af_xdp'), idx('netmap'), idx('onload')]) {
      for (const kernel of [KERNEL.stock, KERNEL.tuned]) {
        const sim = new KernelVsBypassSim(values({ bypass, kernel }), 1);
        for (let t = 0; t <= 2_000_000; t += 9_973) {
          sim.advanceTo(t);
          const k = sim.kernel;
          const b = sim.bypass;
          expect(k.offered).toBe(k.delivered + k.drops.total + k.inFlight);
          expect(b.offered).toBe(b.delivered + b.dropped + b.inFlight);
        }
      }
    }
  });

  it('is deterministic: same seed and parameters give identical JSON; another seed other Poisson arrivals', () => {
    const v = values({ pattern: PATTERN.poisson, load_pct: 50, bypass: idx('pf_ring') });
    const a = JSON.stringify(runSplit(v, 11, 3));
    expect(JSON.stringify(runSplit(v, 11, 3))).toBe(a);
    expect(JSON.stringify(runSplit(v, 12, 3))).not.toBe(a);
  });

  it('stepping one event at a time reaches the same state as advancing', () => {
    const a = new KernelVsBypassSim(values(), 1);
    const b = new KernelVsBypassSim(values(), 1);
    let t = 0;
    while (t < 20_000) t = a.step();
    b.advanceTo(a.now);
    expect([a.bypass.delivered, a.bypass.offered, a.kernel.offered]).toEqual([b.bypass.delivered, b.bypass.offered, b.kernel.offered]);
  });
});

describe('against the analytic stacks model', () => {
  it('delivers what the stack entry says, within 1 %, at 10 GbE line rate with 64 and 1518 B frames', () => {
    for (const o of BYPASS_OPTIONS) {
      for (const frame_bytes of [64, 1518]) {
        const run = runSplit(values({ bypass: o.value, frame_bytes }), 1, 10);
        const analytic = evaluateStack({ stack: o.value, link_gbps: 10, frame_bytes, load_pct: 100, cores: 1 });
        expect(Math.abs(run.bypass.delivered_pps / analytic.delivered_pps - 1), `${o.name} at ${frame_bytes} B`).toBeLessThan(0.01);
      }
    }
  });

  it('drops what a slower stack cannot take, in its own counter (AF_XDP copy mode: rx_ring_full)', () => {
    const run = runSplit(values({ bypass: idx('af_xdp') }), 1, 20);
    const analytic = evaluateStack({ stack: idx('af_xdp'), link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1 });
    expect(Object.keys(run.bypass.drops)).toEqual(['xdp_statistics.rx_ring_full']);
    // Less the first 1024 frames, which fill the empty ring before any is dropped (2 % of 20 ms).
    expect(run.bypass.drop_rate_pps / analytic.drop_rate_pps).toBeGreaterThan(0.97);
    expect(run.bypass.drop_rate_pps / analytic.drop_rate_pps).toBeLessThanOrEqual(1);
  });
});

describe('the story the figure tells', () => {
  it('10 GbE, 64 B, line rate: DPDK drops nothing while the stock kernel’s NIC drops (rx_missed_errors)', () => {
    const run = runSplit(values({ bypass: idx('dpdk') }), 1, 20);
    expect(total(run.bypass.drops)).toBe(0);
    expect(run.bypass.delivered_share).toBe(1);
    expect(run.kernel.drops.rx_missed_errors).toBeGreaterThan(0);
    expect(run.speedup).toBeGreaterThan(15);
  });

  it('1518 B frames: neither side drops', () => {
    const run = runSplit(values({ bypass: idx('dpdk'), frame_bytes: 1518 }), 1, 20);
    expect(total(run.bypass.drops)).toBe(0);
    expect(total(run.kernel.drops)).toBe(0);
  });

  it('light load: polling DPDK answers in under a microsecond and spins its core; the kernel waits for interrupts and sleeps', () => {
    const run = runSplit(values({ bypass: idx('dpdk'), load_pct: 1, pattern: PATTERN.poisson }), 1, 20);
    expect(run.bypass.latency_ns.p50).toBeLessThan(1000);
    expect(run.kernel.latency_ns.p50).toBeGreaterThan(10 * run.bypass.latency_ns.p50);
    expect(run.bypass.cpu_util[0]!.busy).toBe(1);
    expect(run.kernel.cpu_util[0]!.busy).toBeLessThan(0.5);
  });

  it('the tuned kernel runs chapter 4’s tuned values on two CPUs', () => {
    const run = runSplit(values({ kernel: KERNEL.tuned }), 1, 10);
    expect(run.kernel.path).toBe('kernel-tuned');
    expect(run.kernel.cpu_util).toHaveLength(2);
    expect(run.kernel.delivered_pps).toBeGreaterThan(1.3e6);
  });
});
