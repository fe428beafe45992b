import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_SPEEDS_GBPS } from '../../core/ethernet';
import { payloadOf } from '../receive-path/model';
import {
  COPY_NS_PER_BYTE,
  DMA_NS,
  DRIVER_RX_NS,
  GRO_NS,
  HARDIRQ_NS,
  IP_RX_NS,
  RECV_PER_MSG_NS,
  RECV_SYSCALL_NS,
  UDP_RX_NS,
  WAKE_CPU_NS,
} from '../receive-path/stage-costs';
import { RX_USECS_DEFAULT } from '../receive-path/linux-defaults';
import { MEASURED_DELIVERED_PPS } from '../receive-path/tuning-steps';
import { modelValues, runReceivePath } from '../receive-path/run';
import { TUNED_VALUES } from '../receive-path/tuned';
import { quotable } from '../../quotable';
import { run } from './calibration';
import { evaluateStack } from './evaluate';
import { STOCK_SOFTIRQ_SHARE, udpPayloadBytes } from './kernel';
import { latencyBudget, nsPerPacket } from './model';
import { AF_XDP_ZC_NS, DPDK_DROP_NS, NETMAP_NS, XDP_DROP_NS, XDP_REDIRECT_NS } from './published';
import { STACK_IDS, STACKS, stackById } from './stacks';
import { LATENCY_STAGES } from './types';

describe('the thirteen stacks', () => {
  it('are offered by exactly these names, in this order', () => {
    expect(STACKS.map((s) => s.id)).toEqual([...STACK_IDS]);
    expect(STACK_IDS).toEqual([
      'kernel',
      'kernel-tuned',
      'pf_ring',
      'pf_ring_zc',
      'netmap',
      'dpdk',
      'af_xdp',
      'af_xdp_zc',
      'xdp_drop',
      'onload',
      'vma',
      'tldk',
      'ef_vi',
    ]);
  });

  it('every cost and latency stage names its source, and every cost is non-negative', () => {
    for (const s of STACKS) {
      for (const c of s.costs) {
        expect(c.source, `${s.id} ${c.what}`).toMatch(/\S/);
        expect(c.ns, `${s.id} ${c.what}`).toBeGreaterThanOrEqual(0);
      }
      for (const l of s.latency) expect(l.source, `${s.id} ${l.what}`).toMatch(/\S/);
      expect(s.drops.length, s.id).toBe(s.kernel ? 2 : 1);
    }
  });

  it('stacks with a published per-packet total add up to it exactly', () => {
    expect(nsPerPacket(stackById('dpdk')!, 64)).toBeCloseTo(DPDK_DROP_NS, 9);
    expect(DPDK_DROP_NS).toBeCloseTo(22.99, 2);
    expect(nsPerPacket(stackById('xdp_drop')!, 64)).toBeCloseTo(XDP_DROP_NS, 9);
    expect(nsPerPacket(stackById('af_xdp_zc')!, 64)).toBeCloseTo(AF_XDP_ZC_NS, 9);
    expect(nsPerPacket(stackById('pf_ring_zc')!, 64)).toBeCloseTo(50, 9);
    expect(nsPerPacket(stackById('netmap')!, 64)).toBeCloseTo(NETMAP_NS, 9);
    expect(NETMAP_NS).toBeCloseTo(20.64, 2);
    expect(XDP_REDIRECT_NS).toBeCloseTo(115.6, 1);
  });

  it('zero-copy stacks cost the same at every frame size; copying stacks pay per byte', () => {
    for (const s of STACKS) {
      const small = nsPerPacket(s, 64);
      const large = nsPerPacket(s, 1518);
      if (s.costs.some((c) => c.perByte)) expect(large, s.id).toBeGreaterThan(small);
      else expect(large, s.id).toBe(small);
    }
    expect(stackById('dpdk')!.zeroCopy).toBe(true);
    expect(stackById('af_xdp')!.zeroCopy).toBe(false);
  });
});

describe('analytic values', () => {
  it('DPDK on one core at 10 GbE, 64 B delivers exactly line rate and drops nothing', () => {
    const r = run('dpdk');
    expect(r.line_rate_pps).toBe(14880952.4);
    expect(r.delivered_pps).toBe(r.line_rate_pps);
    expect(r.drops['rte_eth_stats.imissed']).toBe(0);
    expect(r.capacity_pps).toBe(43_500_000);
    expect(r.cpu_util).toEqual([{ cpu: 0, busy: 1, role: 'DPDK' }]);
  });

  it('DPDK on one core at 100 GbE delivers its 43.5 Mpps and imissed counts the rest', () => {
    const r = run('dpdk', { link_gbps: 100 });
    expect(r.delivered_pps).toBe(43_500_000);
    expect(r.drops['rte_eth_stats.imissed']).toBeCloseTo(r.offered_pps - 43_500_000, 0);
    expect(run('dpdk', { link_gbps: 100, cores: 4 }).delivered_pps).toBeCloseTo(r.line_rate_pps, 0);
  });

  it('the stock kernel delivers the receive-path model’s 684 kpps, and tuned its 1426 kpps', () => {
    expect(run('kernel').delivered_pps).toBeCloseTo(MEASURED_DELIVERED_PPS.stock, 0);
    expect(Math.abs(run('kernel-tuned').delivered_pps / MEASURED_DELIVERED_PPS.tuned - 1)).toBeLessThan(0.001);
    // …and on four queues what the event model measured on four queues.
    expect(Math.abs(run('kernel', { cores: 4 }).delivered_pps / MEASURED_DELIVERED_PPS['queues-4'] - 1)).toBeLessThan(0.01);
    expect(Math.abs(run('kernel-tuned', { cores: 4 }).delivered_pps / MEASURED_DELIVERED_PPS['tuned-4q'] - 1)).toBeLessThan(0.001);
    expect(STOCK_SOFTIRQ_SHARE).toBeGreaterThan(0.4);
    expect(STOCK_SOFTIRQ_SHARE).toBeLessThan(0.6);
  });

  it('under overload the stock kernel delivers less than it can without loss: softirq work on packets the socket then drops', () => {
    const r = run('kernel');
    expect(r.capacity_pps).toBeCloseTo(
      1e9 / (DRIVER_RX_NS + GRO_NS + IP_RX_NS + UDP_RX_NS + RECV_SYSCALL_NS + RECV_PER_MSG_NS + COPY_NS_PER_BYTE * 18 + 100),
      0,
    );
    expect(r.delivered_pps).toBeLessThan(0.75 * r.capacity_pps);
    expect(r.drops.UdpRcvbufErrors).toBeGreaterThan(0);
    expect(r.counters.UdpInErrors).toBe(r.drops.UdpRcvbufErrors);
    // Just below its capacity it loses nothing.
    const justBelow = evaluateStack({ stack: 0, link_gbps: 10, frame_bytes: 64, load_pct: 6.6, cores: 1 });
    expect(justBelow.delivered_share).toBe(1);
  });

  it('the tuned kernel uses two CPUs per queue and names them', () => {
    const r = run('kernel-tuned', { cores: 2 });
    expect(r.cpu_util.map((c) => c.role)).toEqual(['softirq (interrupt CPU)', 'reader (own CPU)', 'softirq (interrupt CPU)', 'reader (own CPU)']);
  });

  it('XDP’s CPU use grows with load; polling stacks spin whatever the load', () => {
    expect(run('xdp_drop').cpu_util[0]!.busy).toBeCloseTo(14_880_952.4 * XDP_DROP_NS * 1e-9, 3);
    expect(run('xdp_drop', { load_pct: 1 }).cpu_util[0]!.busy).toBeLessThan(0.01);
    expect(run('dpdk', { load_pct: 0.1 }).cpu_util[0]!.busy).toBe(1);
  });

  it('the tuned kernel agrees with the event model at other frame sizes too (20 ms runs)', () => {
    for (const frame_bytes of [256, 1024]) {
      const event = runReceivePath('x', modelValues({ ...TUNED_VALUES, frame_bytes }), 1, 20).delivered_pps;
      expect(Math.abs(run('kernel-tuned', { frame_bytes }).delivered_pps / event - 1), `${frame_bytes} B`).toBeLessThan(0.01);
    }
  });

  it('prose quotes the same numbers', () => {
    expect(quotable['stack-kernel-delivered']!.value).toBe(MEASURED_DELIVERED_PPS.stock);
    expect(quotable['stack-dpdk-capacity']!.value).toBe(43_500_000);
    expect(quotable['stack-dpdk-delivered']!.value).toBe(Math.round(run('dpdk').line_rate_pps));
    expect(quotable['stack-onload-p50']!.value).toBe(run('onload', { load_pct: 0.1 }).latency_ns.p50);
  });

  it('the kernel’s payload is the receive-path model’s', () => {
    for (const f of [64, 65, 128, 1500, 1518, 9000]) expect(udpPayloadBytes(f)).toBe(payloadOf(f));
  });
});

describe('latency budget', () => {
  it('starts with the wire and keeps the stage order; p99 is never below p50', () => {
    for (const s of STACKS) {
      const b = latencyBudget(s, 10, 64);
      expect(b[0]!.stage).toBe('wire');
      expect(b[0]!.p50_ns).toBeCloseTo(51.2, 9);
      const order = b.map((x) => LATENCY_STAGES.indexOf(x.stage));
      expect(order, s.id).toEqual([...order].sort((x, y) => x - y));
      for (const x of b) expect(x.p99_ns).toBeGreaterThanOrEqual(x.p50_ns);
    }
  });

  it('the stock kernel’s budget is the receive-path model’s stages, stage by stage', () => {
    const r = run('kernel', { load_pct: 0.1 });
    const by = Object.fromEntries(r.latency_stages.map((s) => [s.stage, s.p50_ns]));
    expect(by).toEqual({
      wire: 51.2,
      dma: DMA_NS,
      notify: RX_USECS_DEFAULT * 1000 + HARDIRQ_NS,
      softirq: DRIVER_RX_NS + GRO_NS + IP_RX_NS,
      protocol: UDP_RX_NS,
      wakeup: WAKE_CPU_NS,
      syscall: RECV_SYSCALL_NS + RECV_PER_MSG_NS,
      copy: Math.round(COPY_NS_PER_BYTE * 18 * 10) / 10,
    });
  });

  it('spinning stacks are fastest; interrupt-driven ones pay the moderation timer', () => {
    const p50 = (id: (typeof STACK_IDS)[number]) => run(id, { load_pct: 0.1 }).latency_ns.p50;
    expect(p50('ef_vi')).toBeLessThan(p50('onload'));
    expect(p50('onload')).toBeLessThan(1_000);
    for (const id of ['xdp_drop', 'af_xdp', 'netmap', 'pf_ring', 'kernel'] as const) expect(p50(id), id).toBeGreaterThan(RX_USECS_DEFAULT * 1000);
  });
});

describe('properties', () => {
  const arbitrary = fc.record({
    stack: fc.integer({ min: 0, max: STACKS.length - 1 }),
    link_gbps: fc.constantFrom(...LINK_SPEEDS_GBPS),
    frame_bytes: fc.integer({ min: 64, max: 9000 }),
    load_pct: fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
    cores: fc.integer({ min: 1, max: 16 }),
  });

  it('offered = delivered + drops; delivered ≤ offered ≤ line rate; CPUs between 0 and 1', () => {
    fc.assert(
      fc.property(arbitrary, (v) => {
        const r = evaluateStack(v);
        const dropped = Object.values(r.drops).reduce((a, b) => a + b, 0);
        expect(Math.abs(r.offered_pps - r.delivered_pps - dropped)).toBeLessThan(1);
        for (const d of Object.values(r.drops)) expect(d).toBeGreaterThanOrEqual(-0.05);
        expect(r.delivered_pps).toBeLessThanOrEqual(r.offered_pps);
        expect(r.offered_pps).toBeLessThanOrEqual(r.line_rate_pps + 0.05);
        for (const c of r.cpu_util) {
          expect(c.busy).toBeGreaterThanOrEqual(0);
          expect(c.busy).toBeLessThanOrEqual(1);
        }
        expect(r.latency_ns.p99).toBeGreaterThanOrEqual(r.latency_ns.p50);
      }),
      { numRuns: 300 },
    );
  });

  it('more cores never deliver less; bypass stacks never deliver less at more load', () => {
    fc.assert(
      fc.property(arbitrary, (v) => {
        const r = evaluateStack(v);
        expect(evaluateStack({ ...v, cores: Math.min(16, v.cores + 1) }).delivered_pps).toBeGreaterThanOrEqual(r.delivered_pps - 0.05);
        if (!STACKS[v.stack]!.kernel)
          expect(evaluateStack({ ...v, load_pct: Math.min(100, v.load_pct + 5) }).delivered_pps).toBeGreaterThanOrEqual(r.delivered_pps - 0.05);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same values give the same JSON', () => {
    const v = { stack: 9, link_gbps: 25, frame_bytes: 300, load_pct: 42, cores: 3 };
    expect(JSON.stringify(evaluateStack(v))).toBe(JSON.stringify(evaluateStack({ ...v })));
  });
});
