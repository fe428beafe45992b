/**
 * The numbers a recommendation quotes, all from the stacks model: what one RX
 * queue of each stack takes at the reader's frame mix, how many cores the
 * required rate needs, the light-load latency, and the copies per packet.
 *
 * A mix is averaged per packet: the time a queue spends per packet is the
 * packet-weighted mean of the time at each frame size (so the capacity is the
 * harmonic mean), and so is the latency. The stacks model's costs are linear
 * in bytes, so for a single size this is exactly the model's own figure.
 */
import { copyLoad, latencyBudget, latencyTotals, throughput } from '../stacks/model';
import { STACKS, type StackId } from '../stacks/stacks';
import type { StackSpec } from '../stacks/types';
import { frameMix, mixShares, requiredPps, type Requirements } from './requirements';

/**
 * Stacks whose per-core rate is a sum of model estimates rather than a
 * published total (simulations/models/stacks/README.md, "Where the numbers
 * come from"): read their rate as an order of magnitude. netmap's is an upper
 * bound on its cost, so a lower bound on its rate.
 */
export const RATE_FROM_ESTIMATES: ReadonlySet<StackId> = new Set(['af_xdp', 'pf_ring', 'onload', 'vma', 'tldk', 'ef_vi']);

export type StackFigures = {
  /** Packets per second one RX queue takes without loss at the reader's mix. */
  per_queue_pps: number;
  /** CPUs one RX queue occupies: two for the tuned kernel (softirq and reader on their own CPUs). */
  cpus_per_queue: number;
  /** Packets per second one queue takes at 64 B (the comparison table's column). */
  per_queue_64b_pps: number;
  /** CPUs the required rate needs (at least one queue). */
  cores_needed: number;
  /** Light load, wire to application, at the reader's link and mix. */
  latency_p50_ns: number;
  latency_p99_ns: number;
  /** Copies of packet bytes on the way to the application. */
  copies: number;
  /** The receiving cores spin at 100 % whatever the load. */
  spins: boolean;
  rate_from_estimates: boolean;
};

const capacityAt = (spec: StackSpec, link: number, frame: number) => throughput(spec, link, frame, 100, 1).capacity_pps;

export function stackFigures(spec: StackSpec, r: Requirements): StackFigures {
  const shares = mixShares(frameMix(r.frames));
  const nsPerPacket = shares.reduce((a, p) => a + p.share * (1e9 / capacityAt(spec, r.link_gbps, p.frame)), 0);
  const perQueue = 1e9 / nsPerPacket;
  const latency = shares.map((p) => ({ share: p.share, ...latencyTotals(latencyBudget(spec, r.link_gbps, p.frame)) }));
  const cpusPerQueue = spec.kernel?.readerOwnCpu ? 2 : 1;
  const queues = Math.max(1, Math.ceil(requiredPps(r) / perQueue - 1e-9));
  return {
    per_queue_pps: perQueue,
    cpus_per_queue: cpusPerQueue,
    per_queue_64b_pps: capacityAt(spec, r.link_gbps, 64),
    cores_needed: queues * cpusPerQueue,
    latency_p50_ns: latency.reduce((a, l) => a + l.share * l.p50, 0),
    latency_p99_ns: latency.reduce((a, l) => a + l.share * l.p99, 0),
    copies: copyLoad(spec, 64, 0).copies,
    spins: spec.spins,
    rate_from_estimates: RATE_FROM_ESTIMATES.has(spec.id as StackId),
  };
}

export function allFigures(r: Requirements): Record<StackId, StackFigures> {
  return Object.fromEntries(STACKS.map((s) => [s.id, stackFigures(s, r)])) as Record<StackId, StackFigures>;
}
