import { describe, expect, it } from 'vitest';
import { withDefaults } from '@/simulations/core/params';
import { kernelVsBypassParams, KERNEL, KernelVsBypassSim } from '@/simulations/models/kernel-vs-bypass';
import { STACKS } from '@/simulations/models/stacks';
import { bypassRows, KERNEL_ROWS, laneLayout, ROWS } from './lane-rows';
import { readSides, verdict } from './readouts';

const idx = (id: string) => STACKS.findIndex((s) => s.id === id);
const run = (v: Record<string, number>, ns = 2_000_000) => {
  const sim = new KernelVsBypassSim(withDefaults(kernelVsBypassParams, v), 1);
  sim.advanceTo(ns);
  return sim;
};

describe('verdict', () => {
  it('says DPDK keeps up and the stock kernel drops in rx_missed_errors at 10 GbE, 64 B', () => {
    const sim = run({ bypass: idx('dpdk') }, 10_000_000);
    expect(verdict(sim)).toMatch(
      /^DPDK keeps up with all 14\.88 Mpps on one core, \d+(\.\d)? × the stock kernel’s \d+ kpps; the kernel drops the rest \(rx_missed_errors/,
    );
  });

  it('gives no ratio while the kernel’s reader has not run yet', () => {
    expect(verdict(run({ bypass: idx('dpdk') }, 1_000_000))).toMatch(
      /on one core, while the stock kernel has handed its application 0 so far; the kernel drops/,
    );
  });

  it('names the bypass counter when neither keeps up', () => {
    expect(verdict(run({ bypass: idx('af_xdp') }))).toMatch(/^Neither keeps up .* drops the rest in xdp_statistics\.rx_ring_full\.$/);
  });

  it('compares latency and CPU when both keep up', () => {
    const sim = run({ bypass: idx('dpdk'), frame_bytes: 1518 });
    expect(verdict(sim)).toMatch(
      /^Both keep up with 812 kpps: at the median DPDK hands a packet over in [\d.]+ ns, the kernel in [\d.]+ µs; CPU busy 100 % against \d+ %\.$/,
    );
  });

  it('reads nothing before time 0 has passed', () => {
    expect(verdict(run({}, 0))).toBe('Nothing has arrived yet.');
  });
});

describe('readouts', () => {
  it('gives the tuned kernel two CPUs and the bypass one', () => {
    const { kernel, bypass } = readSides(run({ kernel: KERNEL.tuned }));
    expect(kernel.cpus).toHaveLength(2);
    expect(bypass.cpus).toEqual([1]);
    expect(bypass.dropCounters).toEqual(['rte_eth_stats.imissed']);
  });
});

describe('lane rows', () => {
  it('lines both lanes up on the same seven rows, NIC first and the application last', () => {
    for (const spec of STACKS.filter((s) => s.family !== 'kernel')) {
      expect(bypassRows(spec).map((r) => r.row)).toEqual([...ROWS]);
    }
    expect(KERNEL_ROWS.map((r) => r.row)).toEqual([...ROWS]);
  });

  it('marks what DPDK skips (interrupt, IP/UDP, kernel socket) and keeps the interrupt for XDP', () => {
    const skipped = (id: string) =>
      bypassRows(STACKS[idx(id)]!)
        .filter((r) => r.skipped)
        .map((r) => r.row);
    expect(skipped('dpdk')).toEqual(['irq', 'proto', 'socket']);
    expect(skipped('xdp_drop')).toEqual(['proto', 'socket']);
    expect(skipped('onload')).toEqual(['irq', 'socket']);
  });

  it('stacks rows top to bottom without overlap', () => {
    const { boxes, height } = laneLayout(300);
    let bottom = 0;
    for (const row of ROWS) {
      expect(boxes[row].y).toBeGreaterThanOrEqual(bottom);
      bottom = boxes[row].y + boxes[row].h;
    }
    expect(height).toBeGreaterThanOrEqual(bottom);
  });
});
