/**
 * The live counters the console's read commands print, taken from whatever
 * runs the simulation (the page's ReceivePathSim, or the CLI's) through a
 * small structural interface, and mapped from the model's queues and cores
 * onto the machine's RX queues and CPUs (derive.ts Topology).
 *
 * Real counters only ever grow, across ring resizes and queue changes alike;
 * the simulation, though, is rebuilt whenever its parameters change. The
 * ledger keeps what every earlier simulation (and every earlier topology)
 * counted and adds the current one's counts since it started, so `ethtool -S`
 * before and after a change can be compared the way an administrator would.
 */
import type { Counters } from '../models/receive-path/model';
import type { Topology } from './derive';
import { MAX_CHANNELS, NCPUS } from './machine';

/** What the console reads from a simulation; ReceivePathSim has all of it. */
export interface CountersSource {
  /** Simulated time, ns. */
  readonly now: number;
  readonly lanes: ReadonlyArray<{ readonly interrupts: number; readonly rxPackets: number; readonly rxMissed: number; readonly rxBytes: number }>;
  readonly cores: ReadonlyArray<{
    readonly processed: number;
    readonly dropped: number;
    readonly timeSqueeze: number;
    readonly receivedRps: number;
    readonly backlog?: { readonly length: number };
  }>;
  counters(): Counters;
  /** Frames that reached the NIC (optional: port counters show 0 without it). */
  readonly offered?: number;
  readonly v?: { readonly frame_bytes: number };
}

export type QueueCounts = { packets: number; bytes: number; missed: number; interrupts: number };
export type CpuCounts = { processed: number; dropped: number; timeSqueeze: number; receivedRps: number };

export type MachineCounters = {
  /** Per RX queue, MAX_CHANNELS entries. */
  queues: QueueCounts[];
  /** Interrupts per RX queue per CPU ([queue][cpu]). */
  irqs: number[][];
  /** Per CPU, NCPUS entries. */
  cpus: CpuCounts[];
  /** Packets waiting in each CPU's backlog now (a gauge, not a counter). */
  backlog: number[];
  udpInDatagrams: number;
  udpRcvbufErrors: number;
  udpInErrors: number;
  /** Packets handed to IP (= IpInReceives = IpInDelivers here: everything that reaches IP is UDP for udp-sink). */
  ipInReceives: number;
  /** Dropped by the kernel after the driver took them (backlog full). */
  rxDropped: number;
  /** Frames that reached the port, and their bytes with FCS. */
  portPackets: number;
  portBytes: number;
  /** Simulated time all simulations have run, ns. */
  ns: number;
};

type Raw = {
  lanes: QueueCounts[];
  cores: CpuCounts[];
  udpIn: number;
  rcvbuf: number;
  inErrors: number;
  rxDropped: number;
  offered: number;
  offeredBytes: number;
  now: number;
};

/** Every RX queue's counters added up: what the device-wide counters report. */
export function queueTotals(c: MachineCounters): { packets: number; bytes: number; missed: number; interrupts: number } {
  const t = { packets: 0, bytes: 0, missed: 0, interrupts: 0 };
  for (const q of c.queues) {
    t.packets += q.packets;
    t.bytes += q.bytes;
    t.missed += q.missed;
    t.interrupts += q.interrupts;
  }
  return t;
}

export function zeroCounters(): MachineCounters {
  return {
    queues: Array.from({ length: MAX_CHANNELS }, () => ({ packets: 0, bytes: 0, missed: 0, interrupts: 0 })),
    irqs: Array.from({ length: MAX_CHANNELS }, () => new Array<number>(NCPUS).fill(0)),
    cpus: Array.from({ length: NCPUS }, () => ({ processed: 0, dropped: 0, timeSqueeze: 0, receivedRps: 0 })),
    backlog: new Array<number>(NCPUS).fill(0),
    udpInDatagrams: 0,
    udpRcvbufErrors: 0,
    udpInErrors: 0,
    ipInReceives: 0,
    rxDropped: 0,
    portPackets: 0,
    portBytes: 0,
    ns: 0,
  };
}

function zeroRaw(): Raw {
  return { lanes: [], cores: [], udpIn: 0, rcvbuf: 0, inErrors: 0, rxDropped: 0, offered: 0, offeredBytes: 0, now: 0 };
}

function readRaw(source: CountersSource): Raw {
  const c = source.counters();
  const offered = source.offered ?? 0;
  return {
    lanes: source.lanes.map((l) => ({ packets: l.rxPackets, bytes: l.rxBytes, missed: l.rxMissed, interrupts: l.interrupts })),
    cores: source.cores.map((k) => ({ processed: k.processed, dropped: k.dropped, timeSqueeze: k.timeSqueeze, receivedRps: k.receivedRps })),
    udpIn: c.UdpInDatagrams,
    rcvbuf: c.UdpRcvbufErrors,
    inErrors: c.UdpInErrors,
    rxDropped: c.rx_dropped,
    offered,
    offeredBytes: offered * (source.v?.frame_bytes ?? 0),
    now: source.now,
  };
}

/** A reset source (ReceivePathSim.reset) counts from zero again: any counter going down shows it. */
function wentBack(cur: Raw, last: Raw): boolean {
  if (cur.now < last.now || cur.udpIn < last.udpIn || cur.offered < last.offered) return true;
  return cur.lanes.some((l, i) => last.lanes[i] !== undefined && l.packets < last.lanes[i]!.packets);
}

/** Adds (cur − start), mapped through `topology`, into `into`. */
function addDelta(into: MachineCounters, topology: Topology, cur: Raw, start: Raw): void {
  cur.lanes.forEach((l, i) => {
    const q = topology.laneQueue[i];
    if (q === undefined || q >= MAX_CHANNELS) return;
    const s = start.lanes[i];
    const d = {
      packets: l.packets - (s?.packets ?? 0),
      bytes: l.bytes - (s?.bytes ?? 0),
      missed: l.missed - (s?.missed ?? 0),
      interrupts: l.interrupts - (s?.interrupts ?? 0),
    };
    const qc = into.queues[q]!;
    qc.packets += d.packets;
    qc.bytes += d.bytes;
    qc.missed += d.missed;
    qc.interrupts += d.interrupts;
    const cpu = topology.laneIrqCpu[i] ?? 0;
    into.irqs[q]![cpu]! += d.interrupts;
  });
  cur.cores.forEach((k, i) => {
    const cpu = topology.coreCpu[i];
    if (cpu === undefined) return;
    const s = start.cores[i];
    const cc = into.cpus[cpu]!;
    const processed = k.processed - (s?.processed ?? 0);
    cc.processed += processed;
    cc.dropped += k.dropped - (s?.dropped ?? 0);
    cc.timeSqueeze += k.timeSqueeze - (s?.timeSqueeze ?? 0);
    cc.receivedRps += k.receivedRps - (s?.receivedRps ?? 0);
    into.ipInReceives += processed;
  });
  into.udpInDatagrams += cur.udpIn - start.udpIn;
  into.udpRcvbufErrors += cur.rcvbuf - start.rcvbuf;
  into.udpInErrors += cur.inErrors - start.inErrors;
  into.rxDropped += cur.rxDropped - start.rxDropped;
  into.portPackets += cur.offered - start.offered;
  into.portBytes += cur.offeredBytes - start.offeredBytes;
  into.ns += cur.now - start.now;
}

function sameTopology(a: Topology, b: Topology): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Counts carried over from earlier simulations and topologies, plus the
 * current segment: one source under one topology since `start`.
 */
export class CounterLedger {
  private base = zeroCounters();
  private source: CountersSource | undefined;
  private start: Raw = zeroRaw();
  private last: Raw = zeroRaw();

  constructor(private topology: Topology) {}

  /**
   * Everything counted so far, on the machine's queues and CPUs. Counting up
   * to this moment is attributed to the topology the segment began with;
   * from now on to `topology` (call this right after a change, so the time
   * before it keeps its old placement).
   */
  observe(source: CountersSource | undefined, topology: Topology): MachineCounters {
    if (source !== this.source) {
      // A new simulation: the old one's final counts are kept, the new one counts from zero.
      if (this.source) addDelta(this.base, this.topology, readRaw(this.source), this.start);
      this.source = source;
      this.start = zeroRaw();
      this.last = zeroRaw();
    }
    let cur = zeroRaw();
    if (this.source) {
      cur = readRaw(this.source);
      if (wentBack(cur, this.last)) {
        addDelta(this.base, this.topology, this.last, this.start);
        this.start = zeroRaw();
      }
      this.last = cur;
    }
    if (!sameTopology(topology, this.topology)) {
      if (this.source) addDelta(this.base, this.topology, cur, this.start);
      this.start = cur;
      this.topology = topology;
    }
    const out = structuredClone(this.base);
    if (this.source) {
      addDelta(out, this.topology, cur, this.start);
      this.source.cores.forEach((k, i) => {
        const cpu = this.topology.coreCpu[i];
        if (cpu !== undefined) out.backlog[cpu]! += k.backlog?.length ?? 0;
      });
    }
    return out;
  }

  /** Forget everything counted so far (a reset machine has just booted): counting starts again from `source`'s present. */
  clear(source: CountersSource | undefined, topology: Topology): void {
    this.base = zeroCounters();
    this.source = source;
    this.start = source ? readRaw(source) : zeroRaw();
    this.last = this.start;
    this.topology = topology;
  }
}
