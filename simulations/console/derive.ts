/**
 * From the machine an administrator sees (IRQ affinities, CPU masks, an RSS
 * table, sysctl files) to the receive-path model's knobs, plus the map back:
 * which of the model's queues and cores stand for which RX queue and CPU, so
 * the console can print the simulation's counters where the real tools would
 * show them. Where the machine can express something the model cannot (a
 * thread pinned onto another queue's interrupt CPU, unequal RSS weights…) the
 * nearest model value is used and a note says so.
 */
import { KERNEL_KNOBS, STOCK_VALUES, type KernelKnob } from '../models/receive-path/tuned';
import { APP_CPU, receivePathParams, type ReceivePathValues } from '../models/receive-path/params';
import { cpusOf, lowestCpu, maskList, type CpuMask } from './cpuset';
import { featureOn } from './features';
import { RSS_TABLE_SIZE, tidOf, type MachineState } from './machine';

/**
 * The model parameters the machine decides: the kernel knobs the `stock`
 * preset resets (receive-path/tuned.ts); the traffic (link, frames, load,
 * flows) is the UI's.
 */
export const KNOBS = KERNEL_KNOBS;
export type Knob = KernelKnob;
export type KnobValues = Pick<ReceivePathValues, Knob>;

/**
 * Where the model's pieces are on the machine. The model numbers its queues
 * ("lanes") 0…n-1 and its cores 0…n-1 (interrupt CPUs) then n…2n-1 (reader
 * CPUs when app_cpu=other).
 */
export type Topology = {
  /** Lane → RX queue (the queues the RSS table uses, in order). */
  laneQueue: number[];
  /** Lane → CPU its queue's interrupt is delivered to. */
  laneIrqCpu: number[];
  /** Model core → CPU. */
  coreCpu: number[];
};

export type Derived = { values: KnobValues; topology: Topology; notes: string[] };

type NumberKnob = 'rx_usecs' | 'rx_frames' | 'dev_weight' | 'netdev_budget' | 'netdev_budget_usecs' | 'netdev_max_backlog' | 'rmem_default' | 'busy_poll_us';

/** The value within the model's range, with a note naming what was given and what is used. */
function fit(knob: NumberKnob, value: number, source: string, notes: string[]): number {
  const p = receivePathParams[knob];
  const v = Math.min(p.max, Math.max(p.min, Math.round(value)));
  if (v !== value) notes.push(`${source} ${value} is outside what the simulation models (${p.min}…${p.max}); it uses ${v}.`);
  return v;
}

function sysctlNumber(state: MachineState, name: string): number {
  const v = state.sysctl[name];
  return typeof v === 'number' ? v : Number(v);
}

/** How the scheduler places thread `mask` relative to the interrupt CPUs (see deriveValues). */
type Placement = 'same' | 'other' | 'shared';

export function deriveValues(state: MachineState): Derived {
  const notes: string[] = [];

  // RSS: the model spreads flows evenly over its queues, so the queues the
  // table points at become the model's lanes.
  const buckets = new Map<number, number>();
  for (const q of state.rss.table) buckets.set(q, (buckets.get(q) ?? 0) + 1);
  const laneQueue = [...buckets.keys()].sort((a, b) => a - b);
  const counts = laneQueue.map((q) => buckets.get(q)!);
  if (Math.max(...counts) - Math.min(...counts) > 1) {
    notes.push(
      `the RSS table gives ${laneQueue.map((q, i) => `rx-${q} ${counts[i]}/${RSS_TABLE_SIZE}`).join(', ')} of the flows; the simulation spreads flows evenly over these ${laneQueue.length} queues.`,
    );
  }

  // Interrupts: an IRQ with several CPUs in its mask is delivered to one of
  // them (x86 keeps a single effective CPU); the lab takes the lowest.
  const laneIrqCpu = laneQueue.map((q) => lowestCpu(state.queues[q]!.irqAffinity));
  const irqMask = laneIrqCpu.reduce((m, c) => m | (1 << c), 0);
  for (let a = 0; a < laneQueue.length; a++)
    for (let b = a + 1; b < laneQueue.length; b++)
      if (laneIrqCpu[a] === laneIrqCpu[b])
        notes.push(`rx-${laneQueue[a]} and rx-${laneQueue[b]} interrupt the same CPU ${laneIrqCpu[a]}; the simulation gives each queue a CPU of its own.`);

  // Readers: the scheduler's wake-affine placement runs a woken thread on the
  // CPU that woke it (the interrupt CPU) when its mask allows that CPU, which
  // is the model's stock `same`; a thread kept away from every interrupt CPU
  // is `other`.
  const placements: Placement[] = laneQueue.map((q, l) => {
    const mask: CpuMask = state.threads[q]!;
    if (mask & (1 << laneIrqCpu[l]!)) return 'same';
    if ((mask & irqMask) === 0) return 'other';
    return 'shared';
  });
  laneQueue.forEach((q, l) => {
    if (placements[l] === 'shared') {
      const on = cpusOf(state.threads[q]! & irqMask);
      notes.push(
        `thread ${tidOf(q)} (rx-${q}'s reader) may only run on CPU ${maskList(state.threads[q]!)}, where another queue's interrupt arrives (CPU ${on.join(',')}); the simulation treats it as sharing a CPU with its own queue's interrupt.`,
      );
    }
  });
  const allOther = placements.every((p) => p === 'other');
  if (!allOther && placements.some((p) => p === 'other'))
    notes.push(
      "some receiving threads run away from the interrupt CPUs and some do not; the simulation places all of them on their queue's interrupt CPU (app_cpu=same).",
    );
  const appCpu = allOther ? APP_CPU.other : APP_CPU.same;

  const coreCpu = [...laneIrqCpu];
  if (allOther) {
    // Runnable threads spread over the CPUs their masks allow (load balancing).
    const taken = new Set<number>();
    laneQueue.forEach((q) => {
      const allowed = cpusOf(state.threads[q]!);
      const cpu = allowed.find((c) => !taken.has(c)) ?? allowed[0]!;
      if (taken.has(cpu)) notes.push(`thread ${tidOf(q)} has to share CPU ${cpu} with another receiving thread; the simulation gives it a CPU of its own.`);
      taken.add(cpu);
      coreCpu.push(cpu);
    });
  }

  // RPS is a per-queue mask; the model has one switch.
  const rpsOn = laneQueue.map((q) => state.queues[q]!.rpsCpus !== 0);
  if (rpsOn.some(Boolean) && !rpsOn.every(Boolean))
    notes.push(
      `RPS is on for ${laneQueue
        .filter((_, l) => rpsOn[l])
        .map((q) => `rx-${q}`)
        .join(', ')} only; the simulation turns it on for every queue.`,
    );

  const c = state.coalesce;
  const values: KnobValues = {
    queues: laneQueue.length,
    app_cpu: appCpu,
    mode: STOCK_VALUES.mode!,
    ring_size: state.ring.rx,
    rx_usecs: fit('rx_usecs', c.rxUsecs, 'rx-usecs', notes),
    rx_frames: fit('rx_frames', c.rxFrames, 'rx-frames', notes),
    adaptive_rx: c.adaptiveRx,
    dev_weight: fit('dev_weight', sysctlNumber(state, 'dev_weight'), 'net.core.dev_weight', notes),
    netdev_budget: fit('netdev_budget', sysctlNumber(state, 'netdev_budget'), 'net.core.netdev_budget', notes),
    netdev_budget_usecs: fit('netdev_budget_usecs', sysctlNumber(state, 'netdev_budget_usecs'), 'net.core.netdev_budget_usecs', notes),
    netdev_max_backlog: fit('netdev_max_backlog', sysctlNumber(state, 'netdev_max_backlog'), 'net.core.netdev_max_backlog', notes),
    rps: rpsOn.some(Boolean),
    gro: featureOn(state.features, 'rx-gro'),
    rmem_default: fit('rmem_default', sysctlNumber(state, 'rmem_default'), 'net.core.rmem_default', notes),
    busy_poll_us: fit('busy_poll_us', sysctlNumber(state, 'busy_read'), 'net.core.busy_read', notes),
    recv_batch: STOCK_VALUES.recv_batch!,
  };
  return { values, topology: { laneQueue, laneIrqCpu, coreCpu }, notes };
}

/** The knobs that differ between two derivations, as "name a → b". */
export function diffValues(before: KnobValues, after: KnobValues): string[] {
  const show = (k: Knob, v: number | boolean) => {
    if (k === 'app_cpu') return v === APP_CPU.other ? 'other' : 'same';
    if (typeof v === 'boolean') return v ? 'on' : 'off';
    return String(v);
  };
  return KNOBS.filter((k) => before[k] !== after[k]).map((k) => `${k} ${show(k, before[k])} → ${show(k, after[k])}`);
}
