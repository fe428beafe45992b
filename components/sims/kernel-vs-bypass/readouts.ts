/**
 * The split screen's numbers, read from a live run: per side what was
 * delivered, dropped (and in which counter), how busy its CPUs were and its
 * latency so far; and the one-line verdict that compares them. Pure: tested
 * without a browser.
 */
import { formatDuration, formatNumber, formatRate } from '@/simulations/core/format';
import { KERNEL, kernelSide, type KernelVsBypassSim } from '@/simulations/models/kernel-vs-bypass';

export type SideReadout = {
  label: string;
  delivered: number;
  deliveredPps: number;
  dropped: number;
  /** Counters that counted drops so far (or the one that would). */
  dropCounters: string[];
  /** Busy share of each CPU the side uses. */
  cpus: number[];
  p50: number;
  p99: number;
  samples: number;
};

export function readSides(sim: KernelVsBypassSim): { kernel: SideReadout; bypass: SideReadout; offeredPps: number } {
  const seconds = sim.now / 1e9;
  const rate = (n: number) => (seconds > 0 ? n / seconds : 0);
  const k = sim.kernel;
  const b = sim.bypass;
  const kernelDrops = Object.entries(k.drops.byCounter)
    .filter(([, n]) => n > 0)
    .map(([c]) => c);
  const kernel: SideReadout = {
    label: kernelSide(sim.v.kernel).label,
    delivered: k.delivered,
    deliveredPps: rate(k.delivered),
    dropped: k.drops.total,
    dropCounters: kernelDrops.length > 0 ? kernelDrops : ['rx_missed_errors'],
    cpus: k.cpuTime().map((t) => (k.now > 0 ? 1 - t.idle / k.now : 0)),
    p50: k.latency.quantile(0.5),
    p99: k.latency.quantile(0.99),
    samples: k.latency.count,
  };
  const bypass: SideReadout = {
    label: b.path.label,
    delivered: b.delivered,
    deliveredPps: rate(b.delivered),
    dropped: b.dropped,
    dropCounters: [b.path.dropCounter],
    cpus: [b.busyShare()],
    p50: b.latency.quantile(0.5),
    p99: b.latency.quantile(0.99),
    samples: b.latency.count,
  };
  return { kernel, bypass, offeredPps: rate(sim.offered) };
}

const pct = (x: number) => `${formatNumber(x * 100, 0)} %`;
export const cpuText = (cpus: number[]) => cpus.map(pct).join(' + ');

/** One sentence: who keeps up, by how much, and what the other costs. */
export function verdict(sim: KernelVsBypassSim): string {
  if (sim.now === 0 || sim.offered === 0) return 'Nothing has arrived yet.';
  const { kernel: k, bypass: b, offeredPps } = readSides(sim);
  const keeps = (s: SideReadout) => s.dropped === 0;
  if (keeps(b) && keeps(k)) {
    const lat =
      k.samples > 0 && b.samples > 0
        ? `at the median ${b.label} hands a packet over in ${formatDuration(b.p50)}, the kernel in ${formatDuration(k.p50)}`
        : 'the difference is latency';
    return `Both keep up with ${formatRate(offeredPps)}: ${lat}; CPU busy ${cpuText(b.cpus)} against ${cpuText(k.cpus)}.`;
  }
  const kernel = sim.v.kernel === KERNEL.tuned ? 'tuned kernel' : 'stock kernel';
  // Early in a run the kernel's reader may not have run yet: a ratio then says nothing.
  const ratio =
    k.delivered >= 100
      ? `, ${formatNumber(b.delivered / k.delivered, 1)} × the ${kernel}’s ${formatRate(k.deliveredPps)}`
      : `, while the ${kernel} has handed its application ${formatNumber(k.delivered)} so far`;
  if (keeps(b)) return `${b.label} keeps up with all ${formatRate(offeredPps)} on one core${ratio}; the kernel drops the rest (${k.dropCounters.join(', ')}).`;
  if (keeps(k))
    return `The ${kernel} keeps up with ${formatRate(offeredPps)}; ${b.label} delivers ${formatRate(b.deliveredPps)} and drops the rest (${b.dropCounters.join(', ')}).`;
  return `Neither keeps up with ${formatRate(offeredPps)}: ${b.label} delivers ${formatRate(b.deliveredPps)}${ratio}, and drops the rest in ${b.dropCounters.join(', ')}.`;
}
