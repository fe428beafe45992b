/**
 * A latency distribution for one stack at one load, built from the same
 * stages as the light-load budget (model.ts latencyBudget) so the two cannot
 * disagree: at light load its p50 and p99 are the budget's.
 *
 * What varies from packet to packet, and how it is drawn (seeded, so the same
 * inputs give the same histogram everywhere):
 *  - the poll loop's phase: a stage whose p50 and p99 differ is uniform over
 *    the range that gives both (one loop turn: p50 half a turn, p99 0.99);
 *  - busy polling (the tuned kernel): the reader is still spinning, or its
 *    spin has expired and the interrupt and a wake-up bring the packet
 *    (notify and wake-up move together: the budget's p50 and p99 values);
 *  - interrupt coalescing under load: the first packet after a quiet spell
 *    starts the NIC's rx-usecs timer and waits all of it; a packet arriving
 *    while an earlier one still waits is handled by the same interrupt and
 *    poll, so it waits only what is left;
 *  - queueing: Poisson arrivals at the chosen load, spread evenly over the
 *    cores' RX queues, each served one packet at a time at the stack's CPU
 *    time per packet (model.ts throughput); a packet that arrives while its
 *    queue is busy is picked up by the running poll (no interrupt, no
 *    wake-up) and waits its turn; a full ring drops it.
 * Batching inside a poll is not modelled, nor anything the budget leaves out.
 */
import { LogHistogram } from '../../engine/log-histogram';
import { Rng } from '../../engine/rng';
import { RX_RING_DEFAULT } from '../receive-path/linux-defaults';
import { latencyBudget, latencyTotals, throughput } from './model';
import type { StackSpec } from './types';

/** Packets drawn for one distribution: enough for a p99 from 200 samples. */
export const LATENCY_SAMPLES = 20_000;
/** Arrivals tried per packet kept, at most (under overload most are dropped). */
const MAX_ARRIVALS_PER_SAMPLE = 20;
export const LATENCY_SEED = 1;
/**
 * Share of packets that find the tuned kernel's busy_read spin expired at
 * light load. Model estimate: only its range matters, above 1 % and below
 * 50 %, so the median is the spin's and the 99th percentile the interrupt's,
 * as the receive-path event model measured at 0.1 % load (p50 1.8 µs, p99 23.4 µs).
 */
export const SPIN_EXPIRED_SHARE = 0.05;
/** RX descriptors per queue: the common driver default (ixgbe, mlx5); the tuned kernel's 4096. */
const ringSlots = (spec: StackSpec) => (spec.id === 'kernel-tuned' ? 4 * RX_RING_DEFAULT : RX_RING_DEFAULT);

export type LatencyDistribution = {
  /** Packets kept (delivered) and the share of arrivals the full ring dropped. */
  samples: number;
  dropped_share: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  /** Mean time spent waiting behind other packets in the queue (not for an interrupt or a wake-up). */
  mean_queue_wait: number;
  histogram: LogHistogram;
  /** The light-load budget's totals, for comparison. */
  light: { p50: number; p99: number };
};

type Variable = { kind: 'uniform'; lo: number; hi: number } | { kind: 'spin'; spinning: number; expired: number };

/** The value at quantile q of sorted values, with the rank rule of LogHistogram.quantile. */
export function quantileOf(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(1, Math.ceil(q * sorted.length)) - 1)]!;
}

export function latencyDistribution(
  spec: StackSpec,
  link_gbps: number,
  frame_bytes: number,
  load_pct: number,
  cores: number,
  samples = LATENCY_SAMPLES,
  seed = LATENCY_SEED,
): LatencyDistribution {
  const budget = latencyBudget(spec, link_gbps, frame_bytes);
  const spins = (spec.kernel?.busyPollNs ?? 0) > 0;
  let fixedBefore = 0; // wire and DMA: before the packet is in host memory
  let fixedAfter = 0; // what the packet's own processing takes once it is picked up
  let notify: Variable | number = 0;
  let wakeup: Variable | number = 0;
  for (const item of budget) {
    const varies = item.p99_ns !== item.p50_ns;
    const part: Variable | number = !varies
      ? item.p50_ns
      : spins
        ? { kind: 'spin', spinning: item.p50_ns, expired: item.p99_ns }
        : { kind: 'uniform', lo: item.p50_ns - (item.p99_ns - item.p50_ns) / 0.98, hi: item.p50_ns + (item.p99_ns - item.p50_ns) / 0.98 };
    if (item.stage === 'wire' || item.stage === 'dma') fixedBefore += item.p50_ns;
    else if (item.stage === 'notify') notify = part;
    else if (item.stage === 'wakeup') wakeup = part;
    else if (typeof part === 'number') fixedAfter += part;
    else throw new Error(`${spec.id}: only the notify and wake-up stages may vary (${item.stage} does)`);
  }

  const t = throughput(spec, link_gbps, frame_bytes, load_pct, cores);
  const arrivalGap = (1e9 * cores) / t.offered_pps; // mean ns between arrivals on one queue
  const service = (1e9 * cores) / t.capacity_pps; // ns of CPU per packet on one queue
  const slots = ringSlots(spec);
  const rng = new Rng(seed);
  const values = new Float64Array(samples);
  const histogram = new LogHistogram();
  let kept = 0;
  let arrivals = 0;
  let now = 0;
  let serverFree = -Infinity;
  let pollStart = -Infinity; // when the latest poll picks packets up
  let waitSum = 0;
  const draw = (v: Variable | number, expired: boolean) =>
    typeof v === 'number' ? v : v.kind === 'spin' ? (expired ? v.expired : v.spinning) : v.lo + (v.hi - v.lo) * rng.float();

  while (kept < samples && arrivals < samples * MAX_ARRIVALS_PER_SAMPLE) {
    arrivals++;
    now += rng.exponential(arrivalGap);
    const host = now + fixedBefore;
    if (serverFree - host >= slots * service) continue; // the ring is full: dropped
    let waitNotify: number;
    let waitWake: number;
    if (serverFree > host) {
      // A poll is due or running: the packet is taken in it, after the packets ahead of it. If the
      // poll has not started yet (an earlier packet still waits for its interrupt), it waits for that too.
      waitNotify = Math.max(0, pollStart - host);
      waitWake = 0;
    } else {
      const expired = spins && rng.float() < SPIN_EXPIRED_SHARE;
      waitNotify = draw(notify, expired);
      waitWake = draw(wakeup, expired);
    }
    const ready = host + waitNotify;
    if (ready > pollStart) pollStart = ready;
    const start = Math.max(ready, serverFree);
    serverFree = start + service;
    const latency = fixedBefore + waitNotify + (start - ready) + waitWake + fixedAfter;
    waitSum += start - ready;
    values[kept++] = latency;
    histogram.record(latency);
  }
  const sorted = values.subarray(0, kept).sort();
  return {
    samples: kept,
    dropped_share: 1 - kept / arrivals,
    p50: quantileOf(sorted, 0.5),
    p99: quantileOf(sorted, 0.99),
    mean: kept > 0 ? histogram.sum / kept : 0,
    max: kept > 0 ? sorted[kept - 1]! : 0,
    mean_queue_wait: kept > 0 ? waitSum / kept : 0,
    histogram,
    light: latencyTotals(budget),
  };
}
