/**
 * Catalog entries for the Linux receive path (chapters 2–4). All three drive
 * the same discrete-event model (simulations/models/receive-path); each shows a
 * subset of its knobs and fixes the rest, so a figure in the prose makes one
 * point. The model itself is loaded on demand.
 */
import type { EventEntry, Metric } from '../../core/entry-types';
import type { ReceivePathSim } from './model';
import { APP_CPU, MODE, PATTERN, receivePathParams, type ReceivePathParams, type ReceivePathValues } from './params';
import type { RunSummary } from './summary';
import { STOCK_VALUES, TUNED_VALUES } from './tuned';
import type { ParamSpec } from '../../core/params';

/** A subset of the model's parameters, optionally with other defaults. */
function pick<K extends keyof ReceivePathParams>(keys: readonly K[], defaults: Partial<Record<K, number | boolean>> = {}): { [P in K]: ReceivePathParams[P] } {
  const out: Record<string, ParamSpec> = {};
  for (const k of keys) {
    const spec = receivePathParams[k];
    out[k] = defaults[k] === undefined ? spec : ({ ...spec, default: defaults[k] } as ParamSpec);
  }
  return out as { [P in K]: ReceivePathParams[P] };
}

const load = (id: string, fixed: Partial<ReceivePathValues>) => () => import('./run').then((m) => m.receivePathModel<never>(id, fixed));

/** Figures every receive-path entry can quote. */
const metrics: Record<string, Metric<RunSummary>> = {
  offered_mpps: { label: 'offered packets per second', unit: 'Mpps', digits: 2, get: (r) => r.offered_pps / 1e6 },
  delivered_mpps: { label: 'packets per second delivered to the application', unit: 'Mpps', digits: 2, get: (r) => r.delivered_pps / 1e6 },
  delivered_kpps: { label: 'packets per second delivered to the application', unit: 'kpps', digits: 0, get: (r) => r.delivered_pps / 1e3 },
  delivered_gbps: { label: 'delivered throughput', unit: 'Gbit/s', digits: 2, get: (r) => r.delivered_gbps },
  delivered_pct: { label: 'share of offered packets delivered', unit: '%', digits: 1, get: (r) => r.delivered_share * 100 },
  line_rate_pct: { label: 'share of line rate delivered', unit: '%', digits: 1, get: (r) => (r.delivered_pps / r.line_rate_pps) * 100 },
  rx_missed_errors: { label: 'packets dropped with the ring full', unit: '', digits: 0, get: (r) => r.drops.rx_missed_errors },
  softnet_dropped: { label: 'packets dropped with the backlog full', unit: '', digits: 0, get: (r) => r.drops['softnet_stat.dropped'] },
  rcvbuf_errors: { label: 'packets dropped with the socket buffer full', unit: '', digits: 0, get: (r) => r.drops.UdpRcvbufErrors },
  time_squeeze: { label: 'softirq runs cut short (time_squeeze)', unit: '', digits: 0, get: (r) => r.counters['softnet_stat.time_squeeze'] },
  interrupts: { label: 'receive interrupts', unit: '', digits: 0, get: (r) => r.counters.interrupts },
  latency_p50_us: { label: 'median latency, wire to recv()', unit: 'µs', digits: 'sig3', get: (r) => r.latency_ns.p50 / 1000 },
  latency_p99_us: { label: '99th-percentile latency, wire to recv()', unit: 'µs', digits: 'sig3', get: (r) => r.latency_ns.p99 / 1000 },
};

// The application on its own CPU with a roomy socket buffer, so the ring is the
// only place a burst can overflow and the point of the figure stays single.
const rxRingFixed: Partial<ReceivePathValues> = { queues: 1, app_cpu: APP_CPU.other, mode: MODE.napi };
const rxRingParams = pick(['link_gbps', 'frame_bytes', 'load_pct', 'pattern', 'burst_frames', 'ring_size', 'rx_usecs', 'rmem_default', 'app_ns_per_packet'], {
  load_pct: 3,
  pattern: PATTERN.bursty,
  burst_frames: 2048,
  rmem_default: 4_194_304,
});

export const rxRingEntry: EventEntry<typeof rxRingParams, RunSummary, ReceivePathSim, 'rx-ring'> = {
  kind: 'event',
  id: 'rx-ring',
  title: 'The RX descriptor ring',
  summary:
    'One queue, one CPU: bursts arrive faster than the CPU drains the ring; the ring’s size decides how long a burst it can absorb before the NIC drops.',
  params: rxRingParams,
  presets: [
    { id: 'stock', label: 'Stock ring (1024)', values: { ring_size: 1024 } },
    { id: 'tuned', label: 'ethtool -G rx 4096', values: { ring_size: 4096 } },
    { id: 'small', label: 'Small ring (256)', values: { ring_size: 256 } },
    { id: 'steady', label: 'No bursts', values: { pattern: PATTERN.constant } },
  ],
  panels: ['full', 'ring', 'counters'],
  metrics,
  defaultDurationMs: 50,
  load: load('rx-ring', rxRingFixed),
};

const irqVsNapiFixed: Partial<ReceivePathValues> = { queues: 1, pattern: PATTERN.constant };
// 1 GbE (the NAPI_HOWTO era), no interrupt moderation, and the application on
// its own CPU, so the interrupt CPU's fate alone decides what gets through.
const irqVsNapiParams = pick(['link_gbps', 'frame_bytes', 'load_pct', 'mode', 'rx_usecs', 'app_cpu', 'app_ns_per_packet'], {
  link_gbps: 1,
  load_pct: 60,
  rx_usecs: 0,
  app_cpu: APP_CPU.other,
});

export const irqVsNapiEntry: EventEntry<typeof irqVsNapiParams, RunSummary, ReceivePathSim, 'irq-vs-napi'> = {
  kind: 'event',
  id: 'irq-vs-napi',
  title: 'Receive livelock, and how NAPI avoids it',
  summary:
    'An interrupt per packet gives the CPU away to interrupt handling as load rises until nothing reaches the application; NAPI polls with interrupts off and lets the NIC drop the excess for free.',
  params: irqVsNapiParams,
  presets: [
    { id: 'stock', label: 'NAPI (Linux since 2.6)', values: { mode: MODE.napi } },
    { id: 'no-napi', label: 'Interrupt per packet', values: { mode: MODE.irq } },
    { id: 'tuned', label: 'NAPI with interrupt moderation', values: { mode: MODE.napi, rx_usecs: 16 } },
    { id: 'same-cpu', label: 'NAPI, application on the interrupt CPU', values: { mode: MODE.napi, app_cpu: APP_CPU.same } },
  ],
  panels: ['full', 'curve', 'cpu'],
  metrics,
  defaultDurationMs: 50,
  load: load('irq-vs-napi', irqVsNapiFixed),
};

// Chapter 4: the one placement that doubles a saturated queue. 10 GbE line
// rate of minimum-size frames on one queue (or a few), stock otherwise.
const cpuPlacementParams = pick(['link_gbps', 'frame_bytes', 'load_pct', 'queues', 'app_cpu'], { link_gbps: 10, load_pct: 100 });

export const cpuPlacementEntry: EventEntry<typeof cpuPlacementParams, RunSummary, ReceivePathSim, 'cpu-placement'> = {
  kind: 'event',
  id: 'cpu-placement',
  title: 'Where the application runs',
  summary:
    'The receiving thread on the CPU that takes the queue’s interrupt, or on a CPU of its own: under overload, ksoftirqd and the application share one core or each get a whole one.',
  params: cpuPlacementParams,
  presets: [
    { id: 'stock', label: 'Same CPU as the interrupt', values: { app_cpu: APP_CPU.same, queues: 1 } },
    { id: 'tuned', label: 'A CPU of its own (taskset)', values: { app_cpu: APP_CPU.other, queues: 1 } },
    { id: 'rss-4', label: 'Four queues, own CPUs', values: { app_cpu: APP_CPU.other, queues: 4 } },
  ],
  panels: ['cpu'],
  metrics,
  defaultDurationMs: 50,
  load: load('cpu-placement', {}),
};

const receivePathAll = pick(Object.keys(receivePathParams) as Array<keyof ReceivePathParams>);

export const receivePathEntry: EventEntry<typeof receivePathAll, RunSummary, ReceivePathSim, 'receive-path'> = {
  kind: 'event',
  id: 'receive-path',
  title: 'The Linux receive path',
  summary: 'Wire, NIC rings, interrupts, NAPI, softirq, RPS, the socket buffer and the application, on N queues and CPUs, with every knob.',
  params: receivePathAll,
  presets: [
    { id: 'stock', label: 'Stock kernel', values: STOCK_VALUES },
    { id: 'tuned', label: 'Tuned', values: TUNED_VALUES },
    { id: 'rss-4', label: '4 queues (RSS)', values: { queues: 4 } },
    { id: 'rps', label: 'RPS to the application’s CPU', values: { rps: true, app_cpu: APP_CPU.other } },
    { id: 'large-frames', label: '1518-byte frames', values: { frame_bytes: 1518 } },
    { id: 'low-latency', label: 'Light load, busy polling', values: { load_pct: 0.1, busy_poll_us: 50 } },
  ],
  panels: ['full', 'pipeline', 'counters', 'latency', 'lab'],
  metrics,
  defaultDurationMs: 100,
  load: load('receive-path', {}),
};
