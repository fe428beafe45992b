/**
 * One evaluation of the stacks model as a plain JSON object, in the shape the
 * other simulations print (simulation, params, offered/delivered, drops by
 * counter name, latency_ns, cpu_util, counters), plus the per-stage cost and
 * latency breakdowns a view stacks into bars. Analytic: rates are per second
 * of traffic (drops and counters in packets per second), latency is the
 * light-load budget of a packet arriving alone.
 */
import { costByStage, costsAt, latencyBudget, latencyTotals, nsPerPacket, throughput, type LatencyBudgetItem, type StageCost } from './model';
import { STACKS } from './stacks';
import type { CostStage, DropPlace, StackSpec } from './types';

export type StackValues = { stack: number; link_gbps: number; frame_bytes: number; load_pct: number; cores: number };

export type StackResult = {
  simulation: 'stack';
  params: StackValues;
  stack: Pick<StackSpec, 'id' | 'label' | 'summary' | 'family' | 'receive' | 'api' | 'batch' | 'spins' | 'notes'> & { zero_copy: boolean };
  line_rate_pps: number;
  offered_pps: number;
  delivered_pps: number;
  delivered_gbps: number;
  /** delivered / offered */
  delivered_share: number;
  /** delivered / line rate */
  line_rate_share: number;
  /** The most all cores deliver without waste (the kernel delivers less under overload). */
  capacity_pps: number;
  per_core_capacity_pps: number;
  /** CPU time per packet at this frame size, over every CPU the stack uses. */
  ns_per_packet: number;
  cost_ns: Record<CostStage, number>;
  costs: StageCost[];
  /** Packets per second dropped, by the counter that counts them. */
  drops: Record<string, number>;
  drop_rate_pps: number;
  drop_places: readonly DropPlace[];
  /** Light load, from the frame's first bit to the application holding the packet. */
  latency_ns: { p50: number; p99: number };
  latency_stages: LatencyBudgetItem[];
  cpu_util: Array<{ cpu: number; busy: number; role: string }>;
  /** Per second, named as the stack's tools name them. */
  counters: Record<string, number>;
};

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function stackSpecAt(index: number): StackSpec {
  const spec = STACKS[index];
  if (!spec) throw new RangeError(`No stack ${index}; there are ${STACKS.length}.`);
  return spec;
}

export function evaluateStack(v: StackValues): StackResult {
  const spec = stackSpecAt(v.stack);
  const t = throughput(spec, v.link_gbps, v.frame_bytes, v.load_pct, v.cores);
  const budget = latencyBudget(spec, v.link_gbps, v.frame_bytes);
  const lat = latencyTotals(budget);
  const drops = Object.fromEntries(Object.entries(t.drops).map(([k, x]) => [k, r1(x)]));
  const dropTotal = Object.values(t.drops).reduce((a, b) => a + b, 0);
  const counters: Record<string, number> = { [spec.received]: r1(t.delivered_pps), ...drops };
  if (spec.kernel) {
    counters.rx_packets = r1(t.taken_pps);
    counters.UdpInErrors = drops.UdpRcvbufErrors ?? 0; // ENOMEM is charged to both (net/ipv4/udp.c)
  }
  const costByStageNs = costByStage(spec, v.frame_bytes);
  return {
    simulation: 'stack',
    params: { ...v },
    stack: {
      id: spec.id,
      label: spec.label,
      summary: spec.summary,
      family: spec.family,
      receive: spec.receive,
      zero_copy: spec.zeroCopy,
      api: spec.api,
      batch: spec.batch,
      spins: spec.spins,
      notes: spec.notes,
    },
    line_rate_pps: r1(t.line_rate_pps),
    offered_pps: r1(t.offered_pps),
    delivered_pps: r1(t.delivered_pps),
    delivered_gbps: r4((t.delivered_pps * v.frame_bytes * 8) / 1e9),
    delivered_share: t.offered_pps > 0 ? r4(t.delivered_pps / t.offered_pps) : 0,
    line_rate_share: r4(t.delivered_pps / t.line_rate_pps),
    capacity_pps: r1(t.capacity_pps),
    per_core_capacity_pps: r1(t.capacity_pps / v.cores),
    ns_per_packet: r2(nsPerPacket(spec, v.frame_bytes)),
    cost_ns: Object.fromEntries(Object.entries(costByStageNs).map(([k, x]) => [k, r2(x)])) as Record<CostStage, number>,
    costs: costsAt(spec, v.frame_bytes).map((c) => ({ ...c, ns: r2(c.ns) })),
    drops,
    drop_rate_pps: r1(dropTotal),
    drop_places: spec.drops,
    latency_ns: { p50: r1(lat.p50), p99: r1(lat.p99) },
    latency_stages: budget.map((b) => ({ ...b, p50_ns: r1(b.p50_ns), p99_ns: r1(b.p99_ns) })),
    cpu_util: t.cpus.map((c, cpu) => ({ cpu, busy: r4(c.busy), role: c.role })),
    counters,
  };
}
