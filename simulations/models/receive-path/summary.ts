/**
 * The result of a run as one plain JSON object: the figures the CLI prints,
 * a Web Worker posts back and tests compare. Field names are the ones docs/cli.md lists.
 */
import { DROP_COUNTERS, type DropCounter, type DropRecord } from './drop-log';
import { ReceivePathSim, type CoreActivity, type Counters } from './model';

export type CpuUtil = { cpu: number; busy: number } & Record<Exclude<CoreActivity, 'idle'>, number>;

export type RunSummary = {
  simulation: string;
  seed: number;
  duration_ms: number;
  params: Record<string, number | boolean>;
  line_rate_pps: number;
  offered_pps: number;
  delivered_pps: number;
  delivered_gbps: number;
  delivered_share: number;
  drops: Record<DropCounter, number>;
  drop_rate_pps: number;
  latency_ns: { p50: number; p99: number; p999: number; max: number; mean: number; samples: number };
  cpu_util: CpuUtil[];
  counters: Counters;
  per_queue: Array<{ queue: number; rx_packets: number; rx_missed_errors: number; interrupts: number }>;
  softnet_stat: Array<{ cpu: number; processed: number; dropped: number; time_squeeze: number; received_rps: number }>;
  in_flight: number;
  events: number;
  first_drops: Partial<Record<DropCounter, DropRecord>>;
};

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function summarize(sim: ReceivePathSim, simulation: string): RunSummary {
  const seconds = sim.now / 1e9;
  const perSecond = (n: number) => (seconds > 0 ? round(n / seconds, 1) : 0);
  const delivered = sim.delivered;
  const drops = { ...sim.drops.byCounter };
  const h = sim.latency;
  const cpu = sim.cpuTime().map((t, i) => {
    const share = (x: number) => (sim.now > 0 ? round(x / sim.now, 4) : 0);
    return {
      cpu: i,
      busy: share(sim.now - t.idle),
      hardirq: share(t.hardirq),
      softirq: share(t.softirq),
      ksoftirqd: share(t.ksoftirqd),
      app: share(t.app),
      busy_poll: share(t.busy_poll),
    };
  });
  let dropTotal = 0;
  for (const c of DROP_COUNTERS) dropTotal += drops[c];
  return {
    simulation,
    seed: sim.seed,
    duration_ms: sim.now / 1e6,
    params: { ...sim.v },
    line_rate_pps: round(sim.lineRatePps, 1),
    offered_pps: perSecond(sim.offered),
    delivered_pps: perSecond(delivered),
    delivered_gbps: seconds > 0 ? round((delivered * sim.v.frame_bytes * 8) / seconds / 1e9, 4) : 0,
    delivered_share: sim.offered > 0 ? round(delivered / sim.offered, 4) : 0,
    drops,
    drop_rate_pps: perSecond(dropTotal),
    latency_ns: {
      p50: round(h.quantile(0.5), 1),
      p99: round(h.quantile(0.99), 1),
      p999: round(h.quantile(0.999), 1),
      max: h.max,
      mean: round(h.mean, 1),
      samples: h.count,
    },
    cpu_util: cpu,
    counters: sim.counters(),
    per_queue: sim.lanes.map((l, queue) => ({ queue, rx_packets: l.rxPackets, rx_missed_errors: l.rxMissed, interrupts: l.interrupts })),
    softnet_stat: sim.cores.map((c, i) => ({ cpu: i, processed: c.processed, dropped: c.dropped, time_squeeze: c.timeSqueeze, received_rps: c.receivedRps })),
    in_flight: sim.inFlight,
    events: sim.events,
    first_drops: sim.drops.first(),
  };
}
