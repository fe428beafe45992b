/**
 * A run of the split screen as one JSON object: the traffic, then each side
 * in the same shape (offered and delivered rates, drops by the counter that
 * counts them, latency from the frame's last bit to the application, CPU
 * busy, counters named as each side's tools name them).
 */
import type { LogHistogram } from '../../engine/log-histogram';
import { summarize, type CpuUtil } from '../receive-path/summary';
import { kernelSide, type KernelVsBypassValues } from './params';
import type { KernelVsBypassSim } from './sim';

export type Latency = { p50: number; p99: number; p999: number; max: number; mean: number; samples: number };

export type SideSummary = {
  path: string;
  label: string;
  offered_pps: number;
  delivered_pps: number;
  delivered_gbps: number;
  delivered_share: number;
  drops: Record<string, number>;
  drop_rate_pps: number;
  latency_ns: Latency;
  cpu_util: Array<{ cpu: number; busy: number } & Partial<Omit<CpuUtil, 'cpu' | 'busy'>> & { work?: number; interrupt?: number; spin?: number }>;
  counters: Record<string, number>;
  in_flight: number;
};

export type KernelVsBypassSummary = {
  simulation: 'kernel-vs-bypass';
  seed: number;
  duration_ms: number;
  params: KernelVsBypassValues;
  line_rate_pps: number;
  offered_pps: number;
  kernel: SideSummary;
  bypass: SideSummary;
  /** Bypass delivered ÷ kernel delivered. */
  speedup: number;
};

const r = (x: number, digits: number) => Number(x.toFixed(digits));

function latencyOf(h: LogHistogram): Latency {
  const q = (p: number) => r(h.quantile(p), 1);
  return { p50: q(0.5), p99: q(0.99), p999: q(0.999), max: r(h.max, 1), mean: r(h.mean, 1), samples: h.count };
}

function bypassSide(sim: KernelVsBypassSim, seconds: number, frameBytes: number): SideSummary {
  const b = sim.bypass;
  const { path } = b;
  const rate = (n: number) => (seconds > 0 ? r(n / seconds, 1) : 0);
  const t = b.cpuTime();
  const share = (x: number) => (b.now > 0 ? r(x / b.now, 4) : 0);
  return {
    path: path.id,
    label: path.label,
    offered_pps: rate(b.offered),
    delivered_pps: rate(b.delivered),
    delivered_gbps: seconds > 0 ? r((b.delivered * frameBytes * 8) / seconds / 1e9, 4) : 0,
    delivered_share: b.offered > 0 ? r(b.delivered / b.offered, 4) : 0,
    drops: { [path.dropCounter]: b.dropped },
    drop_rate_pps: rate(b.dropped),
    latency_ns: latencyOf(b.latency),
    cpu_util: [{ cpu: 0, busy: r(b.busyShare(), 4), work: share(t.work), interrupt: share(t.irq), spin: path.spins ? share(t.rest) : 0 }],
    counters: { [path.receivedCounter]: b.delivered, [path.dropCounter]: b.dropped, receive_calls: b.calls, interrupts: b.interrupts },
    in_flight: b.inFlight,
  };
}

export function summarizeSplit(sim: KernelVsBypassSim): KernelVsBypassSummary {
  const seconds = sim.now / 1e9;
  const k = summarize(sim.kernel, 'kernel-vs-bypass');
  const bypass = bypassSide(sim, seconds, sim.v.frame_bytes);
  const kernel: SideSummary = {
    ...kernelSide(sim.v.kernel),
    offered_pps: k.offered_pps,
    delivered_pps: k.delivered_pps,
    delivered_gbps: k.delivered_gbps,
    delivered_share: k.delivered_share,
    drops: k.drops,
    drop_rate_pps: k.drop_rate_pps,
    latency_ns: k.latency_ns,
    cpu_util: k.cpu_util,
    counters: k.counters,
    in_flight: k.in_flight,
  };
  return {
    simulation: 'kernel-vs-bypass',
    seed: sim.seed,
    duration_ms: sim.now / 1e6,
    params: { ...sim.v },
    line_rate_pps: k.line_rate_pps,
    offered_pps: k.offered_pps,
    kernel,
    bypass,
    speedup: kernel.delivered_pps > 0 ? r(bypass.delivered_pps / kernel.delivered_pps, 2) : 0,
  };
}
