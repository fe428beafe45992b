/**
 * The stacks model: for one stack, link, frame size, load and number of cores,
 * what gets delivered, what is dropped and where it is counted, what each core
 * is busy with, and the light-load latency budget. Pure arithmetic, no
 * randomness: the same inputs give the same numbers everywhere.
 *
 * Throughput: each stack's per-packet cost is the sum of its stages at this
 * frame size (batched costs divided by their batch). One core takes at most
 * 1e9 / ns packets per second; N cores, one RX queue each, N times that; the
 * rest is dropped where the stack counts it. The kernel paths add softirq's
 * priority over the reader (kernel.ts).
 *
 * Rates are per second of traffic: drops and counters are packets per second.
 */
import { packetsPerSecond } from '../line-rate/line-rate';
import { udpPayloadBytes } from './kernel';
import { STACKS } from './stacks';
import { COST_STAGES, LATENCY_STAGES, type CopiedBytes, type CostStage, type LatencyStage, type StackSpec } from './types';

export type StackInput = { stackIndex: number; link_gbps: number; frame_bytes: number; load_pct: number; cores: number };

const bytesOf = (b: CopiedBytes | undefined, frameBytes: number) => (b === 'frame' ? frameBytes : b === 'payload' ? udpPayloadBytes(frameBytes) : 0);

export type StageCost = { stage: CostStage; what: string; where: 'kernel' | 'user'; ns: number; source: string };

/** Each cost of the stack at this frame size, per packet. */
export function costsAt(spec: StackSpec, frameBytes: number): StageCost[] {
  return spec.costs.map((c) => ({
    stage: c.stage,
    what: c.what,
    where: c.where,
    ns: c.ns / (c.batch ?? 1) + (c.perByte ?? 0) * bytesOf(c.bytes, frameBytes),
    source: c.source,
  }));
}

export function nsPerPacket(spec: StackSpec, frameBytes: number, where?: 'kernel' | 'user'): number {
  return costsAt(spec, frameBytes).reduce((a, c) => (where === undefined || c.where === where ? a + c.ns : a), 0);
}

/** Per-packet cost by stage (every stage present, 0 where the stack has none): one bar of a stacked chart. */
export function costByStage(spec: StackSpec, frameBytes: number): Record<CostStage, number> {
  const out = Object.fromEntries(COST_STAGES.map((s) => [s, 0])) as Record<CostStage, number>;
  for (const c of costsAt(spec, frameBytes)) out[c.stage] += c.ns;
  return out;
}

export type Throughput = {
  line_rate_pps: number;
  offered_pps: number;
  /** Packets per second the stack took off the NIC (the kernel's softirq; the same as delivered elsewhere). */
  taken_pps: number;
  delivered_pps: number;
  /** Loss-free capacity of all cores: the most the stack delivers when nothing is wasted. */
  capacity_pps: number;
  drops: Record<string, number>;
  /** Busy share of each CPU, with what it runs. */
  cpus: Array<{ busy: number; role: string }>;
};

/** What one stack delivers on `cores` cores at this link, frame size and load. */
export function throughput(spec: StackSpec, link_gbps: number, frame_bytes: number, load_pct: number, cores: number): Throughput {
  const line = packetsPerSecond(link_gbps, frame_bytes);
  const offered = line * (load_pct / 100);
  const perQueue = offered / cores;
  const k = spec.kernel;
  if (!k) {
    const ns = nsPerPacket(spec, frame_bytes);
    const capacity = (cores * 1e9) / ns;
    const delivered = Math.min(offered, capacity);
    const busy = spec.spins ? 1 : Math.min(1, ((delivered / cores) * ns) / 1e9);
    return {
      line_rate_pps: line,
      offered_pps: offered,
      taken_pps: delivered,
      delivered_pps: delivered,
      capacity_pps: capacity,
      drops: { [spec.drops[0].counter]: offered - delivered },
      cpus: Array.from({ length: cores }, () => ({ busy, role: spec.label })),
    };
  }
  const soft = nsPerPacket(spec, frame_bytes, 'kernel');
  const reader = nsPerPacket(spec, frame_bytes, 'user');
  let taken: number; // per queue
  let delivered: number; // per queue
  let cpus: Throughput['cpus'];
  let capacity: number; // per queue, loss-free
  if (k.readerOwnCpu) {
    // Two CPUs per queue: softirq and the reader pipeline; the slower one sets the rate.
    taken = Math.min(perQueue, 1e9 / soft);
    delivered = Math.min(taken, 1e9 / reader);
    capacity = 1e9 / Math.max(soft, reader);
    const spin = k.busyPollNs > 0 ? Math.min(1, (delivered * (reader + k.busyPollNs)) / 1e9) : 0;
    cpus = [
      { busy: Math.min(1, (taken * soft) / 1e9), role: 'softirq (interrupt CPU)' },
      { busy: Math.max(spin, Math.min(1, (delivered * reader) / 1e9)), role: 'reader (own CPU)' },
    ];
  } else {
    // One CPU per queue: softirq goes first, up to the share the scheduler leaves it under overload.
    taken = Math.min(perQueue, (k.softirqShareCap * 1e9) / soft);
    const share = (taken * soft) / 1e9;
    delivered = Math.min(taken, ((1 - share) * 1e9) / reader);
    capacity = 1e9 / (soft + reader);
    cpus = [{ busy: Math.min(1, share + (delivered * reader) / 1e9), role: 'softirq and reader' }];
  }
  return {
    line_rate_pps: line,
    offered_pps: offered,
    taken_pps: taken * cores,
    delivered_pps: delivered * cores,
    capacity_pps: capacity * cores,
    drops: { [spec.drops[0].counter]: offered - taken * cores, [spec.drops[1]!.counter]: (taken - delivered) * cores },
    cpus: Array.from({ length: cores }, () => cpus).flat(),
  };
}

export type LatencyBudgetItem = { stage: LatencyStage; what: string; p50_ns: number; p99_ns: number; source: string };

/**
 * The light-load latency budget of one packet arriving alone, stage by stage
 * (one stacked bar): from its first bit on the wire to the application holding
 * it. The wire stage is the frame's own time on the wire; the rest is what the
 * receive path adds after the last bit, which is what the receive-path model
 * measures. The application's own work on the packet is not included.
 */
export function latencyBudget(spec: StackSpec, link_gbps: number, frame_bytes: number): LatencyBudgetItem[] {
  const wire = (frame_bytes * 8) / link_gbps;
  const items: LatencyBudgetItem[] = [
    { stage: 'wire', what: `the ${frame_bytes}-byte frame at ${link_gbps} Gbit/s`, p50_ns: wire, p99_ns: wire, source: 'arithmetic (IEEE 802.3)' },
  ];
  for (const l of spec.latency) {
    const extra = (l.perByte ?? 0) * bytesOf(l.bytes, frame_bytes);
    items.push({ stage: l.stage, what: l.what, p50_ns: l.p50 + extra, p99_ns: (l.p99 ?? l.p50) + extra, source: l.source });
  }
  return items.sort((a, b) => LATENCY_STAGES.indexOf(a.stage) - LATENCY_STAGES.indexOf(b.stage));
}

/**
 * Totals of the budget. Only one thing varies at light load for any stack
 * (where in its turn the poll loop is, or whether busy polling was still
 * spinning, which moves the notify and wake-up stages together), so summing the
 * stages' p99 gives the p99 of the total.
 */
export function latencyTotals(budget: readonly LatencyBudgetItem[]): { p50: number; p99: number } {
  return { p50: budget.reduce((a, b) => a + b.p50_ns, 0), p99: budget.reduce((a, b) => a + b.p99_ns, 0) };
}

export { STACKS };

/**
 * What copying costs a stack at a packet rate: the bytes its per-byte stages
 * copy for each packet, the memory traffic that makes (every copy reads the
 * bytes once and writes them once), and the CPU time it takes, as nanoseconds
 * per packet and as cores busy copying. Zero-copy stacks come out at zero.
 */
export type CopyLoad = { copies: number; bytes_per_packet: number; memory_bytes_per_s: number; copy_ns_per_packet: number; cores_copying: number };

export function copyLoad(spec: StackSpec, frameBytes: number, pps: number): CopyLoad {
  let copies = 0;
  let bytes = 0;
  let ns = 0;
  for (const c of spec.costs) {
    if (!c.perByte) continue;
    const b = bytesOf(c.bytes, frameBytes);
    copies += 1;
    bytes += b;
    ns += c.perByte * b;
  }
  return { copies, bytes_per_packet: bytes, memory_bytes_per_s: 2 * bytes * pps, copy_ns_per_packet: ns, cores_copying: (ns * pps) / 1e9 };
}
