/**
 * The Linux receive path as a discrete-event simulation: frames arrive on the
 * wire, the NIC hashes them to a queue and DMAs them into that queue's
 * descriptor ring, an interrupt (moderated by rx-usecs / rx-frames) schedules
 * NAPI, net_rx_action polls with dev_weight and netdev_budget in softirq or in
 * ksoftirqd, RPS may hand packets to another CPU's backlog, UDP queues them on
 * a socket charged by truesize, and an application thread takes them with
 * recvmsg()/recvmmsg(), sleeping or busy polling when there is nothing to read.
 *
 * CPU model: each core runs one work item at a time, chosen by priority (hard
 * interrupt > softirq > threads). Items are short (one packet, or at most
 * MAX_ITEM_NS), and an interrupt waits for the current item to finish, which
 * stands in for preemption at that granularity. ksoftirqd and the application
 * share a CPU the way CFS shares it between two threads (virtual runtime, a
 * 3 ms slice, wake-up preemption after 1 ms of lag).
 *
 * Everything is integers of nanoseconds, typed arrays and a seeded PRNG, so a
 * run is a pure function of (parameters, seed).
 */
import { EventQueue } from '../../engine/event-queue';
import { IndexFifo } from '../../engine/index-fifo';
import { LogHistogram } from '../../engine/log-histogram';
import { PacketPool } from '../../engine/packet-pool';
import { Rng } from '../../engine/rng';
import { TimeSeries } from '../../engine/time-series';
import { FCS_BYTES, HEADER_BYTES, WIRE_OVERHEAD_BYTES } from '../../core/ethernet';
import { DropLog, type DropContext, type DropCounter, type DropPlace } from './drop-log';
import {
  MAX_SOFTIRQ_RESTART,
  MAX_SOFTIRQ_TIME_NS,
  RSS_TABLE_SIZE,
  SCHED_SLICE_NS,
  SKB_MIN_DATA_BYTES,
  SKB_OVERHEAD_BYTES,
} from './linux-defaults';
import { APP_CPU, MODE, PATTERN, type ReceivePathValues } from './params';
import * as C from './stage-costs';
import { CORE_ACTIVITIES, STAGES, type CoreActivity, type Stage } from './vocabulary';

export { CORE_ACTIVITIES, STAGES, type CoreActivity, type Stage };

/** CFS wake-up granularity: a woken thread preempts once it lags by this much (kernel/sched/fair.c, 1 ms base). */
const WAKEUP_GRAN_NS = 1_000_000;
/** CFS gives a thread waking from sleep at most half the scheduling latency (6 ms) of credit (GENTLE_FAIR_SLEEPERS). */
const SLEEPER_CREDIT_NS = 3_000_000;
/** IPv4 (20) + UDP (8) headers inside the frame: what is left is the datagram's payload. */
const IP_UDP_HEADER_BYTES = 28;

// Drop places, in the order of DROP_PLACES.
const PLACE_RING = 0;
const PLACE_BACKLOG = 1;
const PLACE_SOCKET = 2;

// Event kinds.
const EV_ARRIVAL = 0;
const EV_CORE_DONE = 1;
const EV_IRQ_TIMER = 2;
const EV_APP_WAKE = 3;
const EV_SPIN_END = 4;
const EV_SAMPLE = 5;

const ACT_IDLE = 0;
const ACT_HARDIRQ = 1;
const ACT_SOFTIRQ = 2;
const ACT_KSOFTIRQD = 3;
const ACT_APP = 4;
const ACT_BUSY_POLL = 5;

// Work items a core can be running.
const IT_NONE = 0;
const IT_IRQ = 1; // hard interrupt of an RX queue
const IT_IPI = 2; // RPS inter-processor interrupt
const IT_ISR_RX = 3; // irq mode: one packet from the ring to the backlog, in the interrupt handler
const IT_POLL = 4; // one packet of the NAPI at the head of the poll list (softirq or ksoftirqd)
const IT_CTX = 5; // context switch to a thread
const IT_RECV = 6; // one recvmsg/recvmmsg call
const IT_WORK = 7; // application work, in chunks
const IT_BUSY_RX = 8; // busy polling: one packet processed by the application's CPU
const IT_SPIN = 9; // busy polling with nothing to do (ends on a packet, an interrupt or the deadline)
const IT_FINISHING = 10; // effects of the item that just ended are being applied: not free yet

const ST_RING = 0;
const ST_DRIVER = 1;
const ST_BACKLOG = 2;
const ST_PROTOCOL = 3;
const ST_SOCKET = 4;
const ST_RECV = 5;

// NAPI ids: RX queue q is q; the backlog NAPI of CPU c is BACKLOG_NAPI + c.
const BACKLOG_NAPI = 1 << 16;

// Application thread phases.
const APP_RECV = 0; // about to call recv()
const APP_WORK = 1; // working on what recv() returned
const APP_SLEEP = 2; // blocked in recv()
const APP_WAKING = 3; // woken, not yet running
const APP_SPIN = 4; // busy polling inside recv()

type Lane = {
  ring: IndexFifo;
  irqCpu: number;
  app: number;
  /** The interrupt is armed (not masked by NAPI or a busy poller). */
  irqArmed: boolean;
  timerGen: number;
  timerPending: boolean;
  framesSinceArm: number;
  /** NAPI is on a poll list. */
  napiScheduled: boolean;
  /** A busy-polling application owns the NAPI. */
  busyOwned: boolean;
  ringFullSince: number;
  lastArrival: number;
  /** Smoothed inter-arrival time, for adaptive moderation. */
  gapEwma: number;
  interrupts: number;
  rxPackets: number;
  rxMissed: number;
  rxBytes: number;
};

type Core = {
  id: number;
  item: number;
  itemArg: number;
  itemPacket: number;
  itemStart: number;
  itemEnd: number;
  itemActivity: number;
  gen: number;
  /** Pending hard interrupts: queue number, or -1 for an RPS IPI. */
  irqs: number[];
  /** irq mode: the queue whose interrupt handler is draining its ring, or -1. */
  isrLane: number;
  pollList: number[];
  napiWork: number;
  inNetRx: boolean;
  budgetLeft: number;
  netRxDeadline: number;
  softirqStart: number;
  restarts: number;
  /** Softirq work has been handed to ksoftirqd (it runs as a thread until the poll list is empty). */
  ksoftirqd: boolean;
  backlog: IndexFifo;
  backlogScheduled: boolean;
  backlogFullSince: number;
  app: number;
  /** Thread that last ran: 0 ksoftirqd, 1 application, -1 none. */
  lastThread: number;
  sliceStart: number;
  vrKsoftirqd: number;
  vrApp: number;
  busy: Float64Array;
  processed: number;
  dropped: number;
  timeSqueeze: number;
  receivedRps: number;
};

type App = {
  cpu: number;
  lane: number;
  socket: IndexFifo;
  rmemAlloc: number;
  socketFullSince: number;
  phase: number;
  spinDeadline: number;
  /** Packets returned by the current recv call. */
  batch: Int32Array;
  batchLen: number;
  workLeft: number;
  wakeLatencyPending: boolean;
};

export type Counters = {
  rx_packets: number;
  rx_bytes: number;
  rx_missed_errors: number;
  rx_dropped: number;
  'softnet_stat.processed': number;
  'softnet_stat.dropped': number;
  'softnet_stat.time_squeeze': number;
  'softnet_stat.received_rps': number;
  UdpInDatagrams: number;
  UdpRcvbufErrors: number;
  UdpInErrors: number;
  interrupts: number;
};

export const SERIES_COLUMNS = ['offered', 'delivered', 'dropped', 'ring', 'backlog', 'socket', 'in_flight'] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];

/**
 * One packet for drawing: where it is (stage, the queue it came in on, the CPU
 * whose ring/backlog/socket holds it, its position in that queue, 0 = next
 * out) and, while a CPU works on it, how far along that work is (0…1).
 */
export type PacketView = { serial: number; stage: Stage; queue: number; cpu: number; slot: number; progress: number };

export type CoreView = { cpu: number; activity: CoreActivity; doing: string; irqsPending: number; pollList: number; ksoftirqd: boolean; backlog: number };

export type Snapshot = {
  now: number;
  /** When the next frame lands in a ring (its last bit on the wire was DMA_NS earlier). */
  nextArrivalNs: number;
  rings: Array<{ queue: number; length: number; capacity: number; irqArmed: boolean; napiScheduled: boolean; busyPolled: boolean }>;
  backlogs: Array<{ cpu: number; length: number; capacity: number }>;
  sockets: Array<{ app: number; cpu: number; packets: number; rmemAlloc: number; rcvbuf: number; phase: string }>;
  cores: CoreView[];
  packets: PacketView[];
};

const APP_PHASES = ['about to call recv()', 'working on what it had read', 'asleep in recv()', 'woken but not yet running', 'busy polling in recv()'];

const LANE_ARMED = 0;
const LANE_TIMER = 1;
const LANE_IRQ_PENDING = 2;
const LANE_NAPI_SCHEDULED = 3;
const LANE_BUSY_POLLED = 4;
const LANE_STATES = [
  'the interrupt was armed',
  'the interrupt was waiting for its rx-usecs timer',
  'the interrupt had fired and was waiting for the CPU',
  'NAPI was scheduled with the interrupt masked, waiting for its turn to poll',
  'a busy-polling reader owned the queue',
];

/** Words for a CPU's (and its queue's or reader's) state as a drop recorded it. */
function describeDrop(ctx: DropContext, place: DropPlace): { cpuDoing: string; detail: string } {
  const cpuDoing = describeCpu(ctx);
  if (place === 'nic-ring') return { cpuDoing, detail: LANE_STATES[ctx.state] ?? '' };
  if (place === 'socket') return { cpuDoing, detail: APP_PHASES[ctx.state] ?? '' };
  return { cpuDoing, detail: '' };
}

/** What a CPU was running, in words, from the codes a drop record keeps. */
function describeCpu(ctx: DropContext): string {
  const what = (() => {
    switch (ctx.item) {
      case IT_IRQ:
        return `a hard interrupt for rx-${ctx.arg}`;
      case IT_IPI:
        return 'an RPS inter-processor interrupt';
      case IT_ISR_RX:
        return `the rx-${ctx.arg} interrupt handler, moving packets to the backlog`;
      case IT_POLL:
        return `${ctx.activity === ACT_KSOFTIRQD ? 'ksoftirqd' : 'softirq'} polling ${ctx.arg >= BACKLOG_NAPI ? 'its backlog' : `rx-${ctx.arg}`}`;
      case IT_CTX:
        return 'a context switch';
      case IT_RECV:
        return 'the application in recvmsg()';
      case IT_WORK:
        return 'the application’s own work';
      case IT_BUSY_RX:
        return `the application busy polling rx-${ctx.arg}`;
      case IT_SPIN:
        return 'the application spinning in busy poll';
      default:
        return 'nothing (idle)';
    }
  })();
  const extra: string[] = [];
  if (ctx.ksoftirqd) extra.push('softirq work deferred to ksoftirqd');
  if (ctx.pollList > 0) extra.push(`${ctx.pollList} NAPI waiting to be polled`);
  return `CPU ${ctx.cpu} was running ${what}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

export function truesizeOf(frameBytes: number): number {
  const data = Math.max(SKB_MIN_DATA_BYTES, Math.ceil(frameBytes / 64) * 64);
  return data + SKB_OVERHEAD_BYTES;
}

export function payloadOf(frameBytes: number): number {
  return Math.max(0, frameBytes - HEADER_BYTES - FCS_BYTES - IP_UDP_HEADER_BYTES);
}

/** Packets per second at line rate for this link and frame (84 B of wire time per 64 B frame). */
export function lineRatePps(linkGbps: number, frameBytes: number): number {
  return (linkGbps * 1e9) / ((frameBytes + WIRE_OVERHEAD_BYTES) * 8);
}

/** A 32-bit mix standing in for the NIC's Toeplitz hash of the 4-tuple. */
function flowHash(flow: number): number {
  let h = Math.imul(flow ^ 0x5bd1e995, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export class ReceivePathSim {
  readonly v: ReceivePathValues;
  readonly seed: number;
  now = 0;
  events = 0;

  private readonly q = new EventQueue(256);
  private readonly rng: Rng;
  readonly pool: PacketPool;
  readonly lanes: Lane[];
  readonly cores: Core[];
  readonly apps: App[];
  readonly latency = new LogHistogram();
  readonly series: TimeSeries<SeriesColumn>;
  readonly drops = new DropLog(describeDrop);
  private readonly rss: Int16Array;
  private readonly sampleRow = new Float64Array(SERIES_COLUMNS.length);

  // Wire.
  private readonly wireBits: number;
  private readonly loadPermille: number;
  private readonly gapNs: number;
  private readonly burstPeriodNs: number;
  private arrivalIndex = 0;
  private nextWireEnd = 0;
  readonly truesize: number;
  private readonly payload: number;
  private readonly rcvbuf: number;

  offered = 0;
  delivered = 0;
  private serial = 0;
  private rxDropped = 0;
  private rcvbufErrors = 0;

  constructor(values: ReceivePathValues, seed = 1, readonly sampleIntervalNs = 100_000) {
    this.v = values;
    this.seed = seed;
    this.rng = new Rng(seed);
    const v = values;
    this.wireBits = (v.frame_bytes + WIRE_OVERHEAD_BYTES) * 8;
    // Load in tenths of a percent keeps the arrival arithmetic in exact integers (see wireEndOf).
    this.loadPermille = Math.round(v.load_pct * 10);
    this.gapNs = (this.wireBits * 1000) / (this.loadPermille * v.link_gbps);
    this.burstPeriodNs = this.gapNs * v.burst_frames;
    this.truesize = truesizeOf(v.frame_bytes);
    this.payload = payloadOf(v.frame_bytes);
    this.rcvbuf = v.rmem_default;

    const nq = v.queues;
    const ncpu = v.app_cpu === APP_CPU.other ? 2 * nq : nq;
    this.rss = new Int16Array(RSS_TABLE_SIZE);
    for (let i = 0; i < RSS_TABLE_SIZE; i++) this.rss[i] = i % nq;

    const socketCap = Math.floor(this.rcvbuf / this.truesize) + 1;
    const backlogCap = v.netdev_max_backlog;
    this.cores = [];
    for (let c = 0; c < ncpu; c++) {
      this.cores.push({
        id: c, item: IT_NONE, itemArg: 0, itemPacket: -1, itemStart: 0, itemEnd: 0, itemActivity: ACT_IDLE, gen: 0,
        irqs: [], isrLane: -1, pollList: [], napiWork: 0, inNetRx: false, budgetLeft: 0, netRxDeadline: 0,
        softirqStart: -1, restarts: 0, ksoftirqd: false,
        backlog: new IndexFifo(backlogCap), backlogScheduled: false, backlogFullSince: -1,
        app: -1, lastThread: -1, sliceStart: 0, vrKsoftirqd: 0, vrApp: 0,
        busy: new Float64Array(CORE_ACTIVITIES.length), processed: 0, dropped: 0, timeSqueeze: 0, receivedRps: 0,
      });
    }
    this.lanes = [];
    this.apps = [];
    for (let l = 0; l < nq; l++) {
      const appCpu = v.app_cpu === APP_CPU.other ? nq + l : l;
      this.lanes.push({
        ring: new IndexFifo(v.ring_size), irqCpu: l, app: l, irqArmed: true, timerGen: 0, timerPending: false,
        framesSinceArm: 0, napiScheduled: false, busyOwned: false, ringFullSince: -1, lastArrival: -1, gapEwma: 0,
        interrupts: 0, rxPackets: 0, rxMissed: 0, rxBytes: 0,
      });
      this.apps.push({
        cpu: appCpu, lane: l, socket: new IndexFifo(socketCap), rmemAlloc: 0, socketFullSince: -1, phase: APP_RECV,
        spinDeadline: -1, batch: new Int32Array(v.recv_batch), batchLen: 0, workLeft: 0, wakeLatencyPending: false,
      });
      this.cores[appCpu]!.app = l;
    }
    // The most packets the machine can hold at once: every ring, backlog and
    // socket full, every recv batch taken, one packet in every core's hands.
    const capacity = nq * v.ring_size + ncpu * backlogCap + nq * (socketCap + v.recv_batch) + ncpu + 8;
    this.pool = new PacketPool(capacity);
    this.series = new TimeSeries(SERIES_COLUMNS, sampleIntervalNs);
    this.start();
  }

  /**
   * Back to time 0 (optionally with another seed). All state is in own
   * properties built by the constructor, so a fresh instance's are copied over
   * (readonly is a compile-time promise to callers, not to reset).
   */
  reset(seed = this.seed): void {
    Object.assign(this, new ReceivePathSim(this.v, seed, this.sampleIntervalNs));
  }

  private start(): void {
    this.nextWireEnd = this.wireEndOf(0);
    this.q.push(this.nextWireEnd + C.DMA_NS, EV_ARRIVAL);
    this.q.push(this.series.interval, EV_SAMPLE);
    // Every application thread starts in recv() on an empty socket.
    for (const core of this.cores) if (core.app >= 0) this.dispatch(core, 0);
  }

  /** Line-rate packets per second for these parameters. */
  get lineRatePps(): number {
    return lineRatePps(this.v.link_gbps, this.v.frame_bytes);
  }

  get inFlight(): number {
    return this.pool.inUse;
  }

  get totalDrops(): number {
    return this.drops.total;
  }

  /** Runs every event up to and including time t (ns), then sets the clock to t. */
  advanceTo(t: number): void {
    const q = this.q;
    while (q.peekTime() <= t) {
      q.pop();
      this.now = q.popTime;
      this.events++;
      this.handle(q.popKind, q.popA, q.popB);
    }
    if (t > this.now) this.now = t;
  }

  advanceBy(dt: number): void {
    this.advanceTo(this.now + dt);
  }

  /** Runs the next event alone; returns its time, or -1 if nothing is scheduled. */
  step(): number {
    if (!this.q.pop()) return -1;
    this.now = this.q.popTime;
    this.events++;
    this.handle(this.q.popKind, this.q.popA, this.q.popB);
    return this.now;
  }

  /** Time of the next event (Infinity if none). */
  nextEventTime(): number {
    return this.q.peekTime();
  }

  private handle(kind: number, a: number, b: number): void {
    switch (kind) {
      case EV_ARRIVAL:
        this.onArrival();
        break;
      case EV_CORE_DONE: {
        const core = this.cores[a]!;
        if (core.gen === b) this.finishItem(core);
        break;
      }
      case EV_IRQ_TIMER: {
        const lane = this.lanes[a]!;
        if (lane.timerPending && lane.timerGen === b) {
          lane.timerPending = false;
          if (lane.irqArmed) this.fireIrq(a);
        }
        break;
      }
      case EV_APP_WAKE: {
        const app = this.apps[a]!;
        app.wakeLatencyPending = false;
        if (app.phase === APP_WAKING) {
          app.phase = APP_RECV;
          this.kick(this.cores[app.cpu]!);
        }
        break;
      }
      case EV_SPIN_END: {
        const core = this.cores[a]!;
        if (core.gen === b && core.item === IT_SPIN) this.endSpin(core);
        break;
      }
      case EV_SAMPLE:
        this.sample();
        this.q.push(this.series.next, EV_SAMPLE);
        break;
    }
  }

  // ---------------------------------------------------------------- wire + NIC

  private wireEndOf(k: number): number {
    const v = this.v;
    if (v.pattern === PATTERN.bursty) {
      const burst = Math.floor(k / v.burst_frames);
      const j = k - burst * v.burst_frames;
      const wire = this.wireBits / v.link_gbps;
      return Math.floor(burst * this.burstPeriodNs + (j + 1) * wire);
    }
    // Frame k ends (k + 1) gaps after time 0: integer maths (exact below 2^53), then floor.
    return Math.floor(((k + 1) * this.wireBits * 1000) / (this.loadPermille * v.link_gbps));
  }

  private scheduleNextArrival(): void {
    this.arrivalIndex++;
    if (this.v.pattern === PATTERN.poisson) {
      const wire = this.wireBits / this.v.link_gbps;
      // Never closer than one frame's wire time; the rest of the mean gap is exponential.
      this.nextWireEnd += wire + this.rng.exponential(this.gapNs - wire);
    } else {
      this.nextWireEnd = this.wireEndOf(this.arrivalIndex);
    }
    this.q.push(Math.floor(this.nextWireEnd) + C.DMA_NS, EV_ARRIVAL);
  }

  private onArrival(): void {
    const v = this.v;
    const wireEnd = this.now - C.DMA_NS;
    this.offered++;
    const flow = v.flows === 1 ? 0 : this.rng.below(v.flows);
    const qi = this.rss[flowHash(flow) & (RSS_TABLE_SIZE - 1)]!;
    const lane = this.lanes[qi]!;
    if (lane.lastArrival >= 0) {
      const gap = this.now - lane.lastArrival;
      lane.gapEwma = lane.gapEwma === 0 ? gap : lane.gapEwma + (gap - lane.gapEwma) / 16;
    }
    lane.lastArrival = this.now;
    const serial = this.serial++;
    if (lane.ring.full) {
      lane.rxMissed++;
      this.recordDrop(serial, flow, qi, PLACE_RING, lane.ring.length, lane.ring.capacity, lane.ringFullSince, lane.irqCpu, this.laneState(lane));
    } else {
      const p = this.pool.alloc();
      this.pool.arrival[p] = wireEnd;
      this.pool.serial[p] = serial;
      this.pool.flow[p] = flow;
      this.pool.queue[p] = qi;
      this.pool.stage[p] = ST_RING;
      lane.ring.push(p);
      if (lane.ring.full) lane.ringFullSince = this.now;
      if (lane.busyOwned) {
        const appCore = this.cores[this.apps[lane.app]!.cpu]!;
        if (appCore.item === IT_SPIN) this.wakeSpinner(appCore);
      } else if (lane.irqArmed) {
        this.moderate(qi);
      }
    }
    this.scheduleNextArrival();
  }

  /** Interrupt moderation: fire now, or start the rx-usecs timer, or count towards rx-frames. */
  private moderate(qi: number): void {
    const lane = this.lanes[qi]!;
    lane.framesSinceArm++;
    const usecs = this.effectiveUsecs(lane);
    if (usecs === 0 || lane.framesSinceArm >= this.v.rx_frames) {
      this.fireIrq(qi);
    } else if (!lane.timerPending) {
      lane.timerPending = true;
      lane.timerGen++;
      this.q.push(this.now + usecs * 1000, EV_IRQ_TIMER, qi, lane.timerGen);
    }
  }

  private effectiveUsecs(lane: Lane): number {
    const v = this.v;
    if (!v.adaptive_rx || v.rx_usecs === 0) return v.rx_usecs;
    const pps = lane.gapEwma > 0 ? 1e9 / lane.gapEwma : 0;
    return Math.round(v.rx_usecs * Math.min(1, pps / C.ADAPTIVE_FULL_PPS));
  }

  private fireIrq(qi: number): void {
    const lane = this.lanes[qi]!;
    lane.irqArmed = false;
    lane.timerPending = false;
    lane.timerGen++;
    lane.interrupts++;
    const core = this.cores[lane.irqCpu]!;
    core.irqs.push(qi);
    this.kick(core);
  }

  /** Re-enable a queue's interrupt (napi_complete_done); pending packets raise it again through moderation. */
  private armIrq(qi: number): void {
    const lane = this.lanes[qi]!;
    lane.irqArmed = true;
    lane.framesSinceArm = 0;
    if (lane.ring.length > 0) {
      lane.framesSinceArm = lane.ring.length - 1;
      this.moderate(qi);
    }
  }

  private takeFromRing(lane: Lane): number {
    const p = lane.ring.shift();
    if (lane.ringFullSince >= 0) lane.ringFullSince = -1;
    return p;
  }

  // ---------------------------------------------------------------- CPU scheduling

  /** Make an idle (or spinning) core look for work now. */
  private kick(core: Core): void {
    if (core.item === IT_NONE) this.dispatch(core, this.now);
    else if (core.item === IT_SPIN && core.irqs.length > 0) this.endSpin(core);
  }

  private startItem(core: Core, item: number, activity: number, duration: number, arg = 0, packet = -1): void {
    core.item = item;
    core.itemActivity = activity;
    core.itemArg = arg;
    core.itemPacket = packet;
    core.itemStart = this.now;
    core.itemEnd = this.now + duration;
    core.gen = (core.gen + 1) | 0;
    this.q.push(core.itemEnd, EV_CORE_DONE, core.id, core.gen);
  }

  private finishItem(core: Core): void {
    const elapsed = this.now - core.itemStart;
    core.busy[core.itemActivity]! += elapsed;
    if (core.itemActivity === ACT_KSOFTIRQD) core.vrKsoftirqd += elapsed;
    else if (core.itemActivity === ACT_APP || core.itemActivity === ACT_BUSY_POLL) core.vrApp += elapsed;
    const item = core.item;
    // Effects below may wake this very core (a packet for its own application):
    // it must not pick new work until they are all applied.
    core.item = IT_FINISHING;
    switch (item) {
      case IT_IRQ:
        this.afterIrq(core, core.itemArg);
        break;
      case IT_IPI:
        // The backlog NAPI was put on this CPU's poll list when the IPI was sent; the handler only costs time.
        core.receivedRps++;
        break;
      case IT_ISR_RX:
        this.afterIsrRx(core, core.itemPacket);
        break;
      case IT_POLL:
        this.afterPoll(core, core.itemArg, core.itemPacket);
        break;
      case IT_CTX:
        break;
      case IT_RECV:
        this.afterRecv(core.app);
        break;
      case IT_WORK: {
        const app = this.apps[core.app]!;
        app.workLeft -= elapsed;
        if (app.workLeft <= 0) app.phase = APP_RECV;
        break;
      }
      case IT_BUSY_RX:
        this.afterBusyRx(core, core.itemPacket);
        break;
      case IT_SPIN:
        // A woken spinner: the loop noticed work.
        break;
    }
    core.item = IT_NONE;
    this.dispatch(core, this.now);
  }

  /** Picks the next work item for a free core by priority. */
  private dispatch(core: Core, now: number): void {
    if (core.item !== IT_NONE) return;
    // 1. Hard interrupts.
    if (core.irqs.length > 0) {
      const irq = core.irqs.shift()!;
      if (irq < 0) this.startItem(core, IT_IPI, ACT_HARDIRQ, C.IPI_NS);
      else this.startItem(core, IT_IRQ, ACT_HARDIRQ, C.HARDIRQ_NS, irq);
      return;
    }
    // 2. irq mode: the interrupt handler takes one packet to the backlog (see afterIsrRx).
    if (core.isrLane >= 0) {
      const lane = this.lanes[core.isrLane]!;
      if (lane.ring.length > 0) {
        const p = this.takeFromRing(lane);
        this.pool.stage[p] = ST_DRIVER;
        this.startItem(core, IT_ISR_RX, ACT_HARDIRQ, C.DRIVER_RX_NS + C.RPS_ENQUEUE_NS, core.isrLane, p);
        return;
      }
      const qi = core.isrLane;
      core.isrLane = -1;
      this.armIrq(qi);
      if (core.irqs.length > 0) return this.dispatch(core, now);
    }
    // 3. Softirq on the way out of the interrupt, unless ksoftirqd has taken over.
    if (core.pollList.length > 0 && !core.ksoftirqd) {
      if (core.softirqStart < 0) {
        // A new __do_softirq run: its restart count and 2 ms clock start now.
        core.softirqStart = now;
        core.restarts = 0;
      }
      this.startPoll(core, ACT_SOFTIRQ);
      return;
    }
    // 4. Threads: ksoftirqd and the application, shared as CFS would.
    if (core.ksoftirqd && core.pollList.length === 0) {
      core.ksoftirqd = false;
      if (core.lastThread === 0) core.lastThread = -1;
    }
    const ksoftRunnable = core.ksoftirqd;
    const app = core.app >= 0 ? this.apps[core.app]! : undefined;
    const appRunnable = app !== undefined && (app.phase === APP_RECV || app.phase === APP_WORK || app.phase === APP_SPIN);
    let pick = -1;
    if (ksoftRunnable && appRunnable) pick = this.cfsPick(core, now);
    else if (ksoftRunnable) pick = 0;
    else if (appRunnable) pick = 1;
    if (pick < 0) {
      core.item = IT_NONE;
      return;
    }
    if (pick !== core.lastThread) {
      const from = core.lastThread;
      core.lastThread = pick;
      core.sliceStart = now;
      if (pick === 1) {
        // Sleeper fairness: a thread back from sleep gets limited credit.
        core.vrApp = Math.max(core.vrApp, core.vrKsoftirqd - SLEEPER_CREDIT_NS);
      } else {
        core.vrKsoftirqd = Math.max(core.vrKsoftirqd, core.vrApp - SLEEPER_CREDIT_NS);
      }
      if (from >= 0 || pick === 1) {
        this.startItem(core, IT_CTX, pick === 1 ? ACT_APP : ACT_KSOFTIRQD, C.WAKE_CPU_NS);
        return;
      }
    }
    if (pick === 0) this.startPoll(core, ACT_KSOFTIRQD);
    else this.runApp(core, app!);
  }

  /** CFS between ksoftirqd (0) and the application (1) when both want the CPU. */
  private cfsPick(core: Core, now: number): number {
    const cur = core.lastThread;
    if (cur < 0) return core.vrApp <= core.vrKsoftirqd ? 1 : 0;
    const other = 1 - cur;
    const vrCur = cur === 1 ? core.vrApp : core.vrKsoftirqd;
    const vrOther = other === 1 ? core.vrApp : core.vrKsoftirqd;
    if (now - core.sliceStart >= SCHED_SLICE_NS && vrOther <= vrCur) return other;
    if (vrCur - vrOther > WAKEUP_GRAN_NS) return other;
    return cur;
  }

  // ---------------------------------------------------------------- NAPI / softirq

  private startPoll(core: Core, activity: number): void {
    const v = this.v;
    if (!core.inNetRx) {
      core.inNetRx = true;
      core.budgetLeft = v.netdev_budget;
      core.netRxDeadline = this.now + v.netdev_budget_usecs * 1000;
    }
    const napi = core.pollList[0]!;
    if (napi >= BACKLOG_NAPI) {
      const p = core.backlog.shift();
      if (core.backlogFullSince >= 0) core.backlogFullSince = -1;
      this.pool.stage[p] = ST_PROTOCOL;
      const remote = this.lanes[this.pool.queue[p]!]!.irqCpu !== core.id;
      const cost = C.IP_RX_NS + C.UDP_RX_NS + (remote ? C.RPS_REMOTE_MISS_NS : 0);
      this.startItem(core, IT_POLL, activity, cost, napi, p);
      return;
    }
    const lane = this.lanes[napi]!;
    if (lane.ring.length === 0) {
      // Nothing to take (cannot normally happen: a NAPI completes when its ring is empty).
      this.startItem(core, IT_POLL, activity, 0, napi, -1);
      return;
    }
    const p = this.takeFromRing(lane);
    this.pool.stage[p] = ST_DRIVER;
    let cost = C.DRIVER_RX_NS + (v.gro ? C.GRO_NS : 0);
    cost += v.rps ? C.RPS_ENQUEUE_NS : C.IP_RX_NS + C.UDP_RX_NS;
    this.startItem(core, IT_POLL, activity, cost, napi, p);
  }

  private afterPoll(core: Core, napi: number, p: number): void {
    const cpu = core.id;
    let drained: boolean;
    if (napi >= BACKLOG_NAPI) {
      core.processed++;
      this.socketEnqueue(p, cpu);
      drained = core.backlog.length === 0;
    } else {
      const lane = this.lanes[napi]!;
      if (p >= 0) {
        lane.rxPackets++;
        lane.rxBytes += this.v.frame_bytes - FCS_BYTES;
        if (this.v.rps) {
          this.backlogEnqueue(p, this.cores[this.apps[lane.app]!.cpu]!, cpu);
        } else {
          core.processed++;
          this.socketEnqueue(p, cpu);
        }
      }
      drained = lane.ring.length === 0;
    }
    core.napiWork++;
    core.budgetLeft--;
    let pollReturned = false;
    if (drained) {
      // napi_complete_done: off the poll list, interrupt back on.
      core.pollList.shift();
      core.napiWork = 0;
      pollReturned = true;
      if (napi >= BACKLOG_NAPI) core.backlogScheduled = false;
      else {
        this.lanes[napi]!.napiScheduled = false;
        this.armIrq(napi);
      }
    } else if (core.napiWork >= this.v.dev_weight) {
      // Used its weight: to the back of the list.
      core.pollList.push(core.pollList.shift()!);
      core.napiWork = 0;
      pollReturned = true;
    }
    // net_rx_action checks budget and time only when a poll returns, and counts
    // time_squeeze whenever either ran out, even if nothing is left (net/core/dev.c).
    const exhausted = pollReturned && (core.budgetLeft <= 0 || this.now >= core.netRxDeadline);
    if (exhausted) core.timeSqueeze++;
    if (core.pollList.length === 0) {
      this.endNetRx(core);
      return;
    }
    if (exhausted) {
      core.inNetRx = false;
      if (!core.ksoftirqd) {
        // __do_softirq restarts a few times, then hands over to ksoftirqd.
        core.restarts++;
        if (this.now - core.softirqStart >= MAX_SOFTIRQ_TIME_NS || core.restarts >= MAX_SOFTIRQ_RESTART) {
          core.ksoftirqd = true;
          core.restarts = 0;
          core.softirqStart = -1;
        }
      }
    }
  }

  private endNetRx(core: Core): void {
    core.inNetRx = false;
    core.restarts = 0;
    core.softirqStart = -1;
    core.napiWork = 0;
    core.ksoftirqd = false;
  }

  private afterIrq(core: Core, qi: number): void {
    const lane = this.lanes[qi]!;
    if (this.v.mode === MODE.irq) {
      core.isrLane = qi;
      return;
    }
    if (lane.busyOwned || lane.napiScheduled) return;
    lane.napiScheduled = true;
    this.raiseNapi(core, qi);
  }

  private raiseNapi(core: Core, napi: number): void {
    core.pollList.push(napi);
  }

  /**
   * The pre-NAPI path: one interrupt per packet. The handler hands its packet
   * to netif_rx and returns; re-enabling the interrupt with more packets
   * waiting raises the next one at once, so interrupt work grows with load
   * and can take the whole CPU (receive livelock, Mogul & Ramakrishnan 1997).
   */
  private afterIsrRx(core: Core, p: number): void {
    const qi = this.pool.queue[p]!;
    const lane = this.lanes[qi]!;
    core.isrLane = -1;
    this.armIrq(qi);
    lane.rxPackets++;
    lane.rxBytes += this.v.frame_bytes - FCS_BYTES;
    const target = this.v.rps ? this.cores[this.apps[lane.app]!.cpu]! : core;
    this.backlogEnqueue(p, target, core.id);
  }

  /** enqueue_to_backlog: the per-CPU input queue used by netif_rx and RPS. */
  private backlogEnqueue(p: number, target: Core, fromCpu: number): void {
    const targetCpu = target.id;
    if (target.backlog.full) {
      target.dropped++;
      this.rxDropped++;
      this.recordDrop(this.pool.serial[p]!, this.pool.flow[p]!, this.pool.queue[p]!, PLACE_BACKLOG, target.backlog.length,
        target.backlog.capacity, target.backlogFullSince, targetCpu, 0);
      this.pool.release(p);
      return;
    }
    this.pool.stage[p] = ST_BACKLOG;
    target.backlog.push(p);
    if (target.backlog.full) target.backlogFullSince = this.now;
    if (!target.backlogScheduled) {
      target.backlogScheduled = true;
      if (targetCpu === fromCpu) this.raiseNapi(target, BACKLOG_NAPI + targetCpu);
      else {
        // Remote CPU: its backlog NAPI is scheduled by an IPI.
        target.pollList.push(BACKLOG_NAPI + targetCpu);
        target.irqs.push(-1);
        this.kick(target);
      }
    }
  }

  // ---------------------------------------------------------------- socket + application

  private socketEnqueue(p: number, cpu: number): void {
    const app = this.apps[this.lanes[this.pool.queue[p]!]!.app]!;
    // __udp_enqueue_schedule_skb: drop when the memory already charged exceeds the buffer.
    if (app.rmemAlloc > this.rcvbuf || app.socket.full) {
      this.rcvbufErrors++;
      this.recordDrop(this.pool.serial[p]!, this.pool.flow[p]!, this.pool.queue[p]!, PLACE_SOCKET, app.rmemAlloc, this.rcvbuf,
        app.socketFullSince, app.cpu, app.phase);
      this.pool.release(p);
      return;
    }
    this.pool.stage[p] = ST_SOCKET;
    app.socket.push(p);
    app.rmemAlloc += this.truesize;
    if (app.rmemAlloc > this.rcvbuf && app.socketFullSince < 0) app.socketFullSince = this.now;
    // sk_data_ready: wake the reader.
    const appCore = this.cores[app.cpu]!;
    if (app.phase === APP_SLEEP) {
      if (app.cpu === cpu || appCore.item !== IT_NONE) {
        app.phase = APP_RECV;
        this.kick(appCore);
      } else {
        app.phase = APP_WAKING;
        if (!app.wakeLatencyPending) {
          app.wakeLatencyPending = true;
          this.q.push(this.now + C.WAKE_LATENCY_NS, EV_APP_WAKE, app.lane);
        }
      }
    } else if (app.phase === APP_SPIN && appCore.item === IT_SPIN) {
      this.wakeSpinner(appCore);
    }
  }

  private runApp(core: Core, app: App): void {
    const v = this.v;
    if (app.phase === APP_WORK) {
      this.startItem(core, IT_WORK, ACT_APP, Math.min(app.workLeft, C.MAX_ITEM_NS));
      return;
    }
    if (app.socket.length > 0) {
      this.releaseBusyPollFrom(core, app);
      app.phase = APP_RECV;
      app.spinDeadline = -1;
      const n = Math.min(v.recv_batch, app.socket.length);
      for (let i = 0; i < n; i++) {
        const p = app.socket.shift();
        this.pool.stage[p] = ST_RECV;
        app.batch[i] = p;
      }
      app.batchLen = n;
      app.rmemAlloc -= n * this.truesize;
      if (app.rmemAlloc <= this.rcvbuf) app.socketFullSince = -1;
      const cost = C.RECV_SYSCALL_NS + n * (C.RECV_PER_MSG_NS + C.COPY_NS_PER_BYTE * this.payload);
      this.startItem(core, IT_RECV, ACT_APP, Math.round(cost));
      return;
    }
    // Empty socket.
    if (v.busy_poll_us > 0) {
      if (app.spinDeadline < 0) app.spinDeadline = this.now + v.busy_poll_us * 1000;
      if (this.now < app.spinDeadline) {
        const lane = this.lanes[app.lane]!;
        if (!lane.busyOwned && !lane.napiScheduled && lane.irqArmed) {
          // napi_busy_loop takes the NAPI; its interrupt stays off while we poll.
          lane.busyOwned = true;
          lane.irqArmed = false;
          lane.timerPending = false;
          lane.timerGen++;
        }
        app.phase = APP_SPIN;
        if (lane.busyOwned && lane.ring.length > 0) {
          const p = this.takeFromRing(lane);
          this.pool.stage[p] = ST_DRIVER;
          const cost = C.DRIVER_RX_NS + (v.gro ? C.GRO_NS : 0) + C.IP_RX_NS + C.UDP_RX_NS;
          this.startItem(core, IT_BUSY_RX, ACT_BUSY_POLL, cost, app.lane, p);
          return;
        }
        // Spin until a packet, an interrupt or the deadline.
        core.item = IT_SPIN;
        core.itemActivity = ACT_BUSY_POLL;
        core.itemStart = this.now;
        core.itemPacket = -1;
        core.itemEnd = Infinity;
        core.gen = (core.gen + 1) | 0;
        this.q.push(app.spinDeadline, EV_SPIN_END, core.id, core.gen);
        return;
      }
      app.spinDeadline = -1;
      this.releaseBusyPollFrom(core, app);
    }
    app.phase = APP_SLEEP;
    core.item = IT_NONE;
    // Switching back in after sleeping costs a context switch.
    core.lastThread = -1;
    // Look again: ksoftirqd may be runnable, or re-arming just raised this core's interrupt.
    if (core.irqs.length > 0 || (core.ksoftirqd && core.pollList.length > 0)) this.dispatch(core, this.now);
  }

  /**
   * Releasing from inside runApp, which dispatch called with the core still
   * free: re-arming can raise the interrupt at once, and on this very core the
   * kick must not start a nested dispatch whose item runApp would then
   * overwrite (the interrupt would be lost with the queue's interrupt off and
   * nobody polling it). The hard interrupt waits for runApp's next item.
   */
  private releaseBusyPollFrom(core: Core, app: App): void {
    const item = core.item;
    core.item = IT_FINISHING;
    this.releaseBusyPoll(app);
    core.item = item;
  }

  private releaseBusyPoll(app: App): void {
    const lane = this.lanes[app.lane]!;
    if (!lane.busyOwned) return;
    lane.busyOwned = false;
    this.armIrq(app.lane);
  }

  /** A spinning reader notices new work one loop turn later. */
  private wakeSpinner(core: Core): void {
    if (core.itemEnd !== Infinity) return; // already noticed
    core.busy[ACT_BUSY_POLL]! += this.now - core.itemStart;
    core.vrApp += this.now - core.itemStart;
    core.itemStart = this.now;
    core.gen = (core.gen + 1) | 0;
    core.itemEnd = this.now + C.BUSY_POLL_LOOP_NS;
    this.q.push(core.itemEnd, EV_CORE_DONE, core.id, core.gen);
  }

  private endSpin(core: Core): void {
    core.busy[ACT_BUSY_POLL]! += this.now - core.itemStart;
    core.vrApp += this.now - core.itemStart;
    core.item = IT_NONE;
    core.gen = (core.gen + 1) | 0;
    this.dispatch(core, this.now);
  }

  private afterBusyRx(core: Core, p: number): void {
    const lane = this.lanes[this.pool.queue[p]!]!;
    lane.rxPackets++;
    lane.rxBytes += this.v.frame_bytes - FCS_BYTES;
    core.processed++;
    this.socketEnqueue(p, core.id);
  }

  private afterRecv(appIndex: number): void {
    const app = this.apps[appIndex]!;
    for (let i = 0; i < app.batchLen; i++) {
      const p = app.batch[i]!;
      this.latency.record(this.now - this.pool.arrival[p]!);
      this.pool.release(p);
    }
    this.delivered += app.batchLen;
    app.workLeft = app.batchLen * this.v.app_ns_per_packet;
    app.batchLen = 0;
    app.phase = app.workLeft > 0 ? APP_WORK : APP_RECV;
  }

  // ---------------------------------------------------------------- statistics + inspection

  private sample(): void {
    const row = this.sampleRow;
    let ring = 0;
    let backlog = 0;
    let socket = 0;
    for (const l of this.lanes) ring += l.ring.length;
    for (const c of this.cores) backlog += c.backlog.length;
    for (const a of this.apps) socket += a.socket.length;
    row[0] = this.offered;
    row[1] = this.delivered;
    row[2] = this.drops.total;
    row[3] = ring;
    row[4] = backlog;
    row[5] = socket;
    row[6] = this.pool.inUse;
    this.series.record(this.now, row);
  }

  counters(): Counters {
    let rxPackets = 0;
    let rxBytes = 0;
    let rxMissed = 0;
    let interrupts = 0;
    for (const l of this.lanes) {
      rxPackets += l.rxPackets;
      rxBytes += l.rxBytes;
      rxMissed += l.rxMissed;
      interrupts += l.interrupts;
    }
    let processed = 0;
    let dropped = 0;
    let squeeze = 0;
    let rps = 0;
    for (const c of this.cores) {
      processed += c.processed;
      dropped += c.dropped;
      squeeze += c.timeSqueeze;
      rps += c.receivedRps;
    }
    return {
      rx_packets: rxPackets,
      rx_bytes: rxBytes,
      rx_missed_errors: rxMissed,
      rx_dropped: this.rxDropped,
      'softnet_stat.processed': processed,
      'softnet_stat.dropped': dropped,
      'softnet_stat.time_squeeze': squeeze,
      'softnet_stat.received_rps': rps,
      UdpInDatagrams: this.delivered,
      UdpRcvbufErrors: this.rcvbufErrors,
      // ENOMEM on enqueue is charged to both RcvbufErrors and InErrors (net/ipv4/udp.c).
      UdpInErrors: this.rcvbufErrors,
      interrupts,
    };
  }

  /** CPU time per activity for each core up to now, including the item in progress. */
  cpuTime(): Array<Record<CoreActivity, number>> {
    return this.cores.map((core) => {
      const busy = Float64Array.from(core.busy);
      if (core.item !== IT_NONE) busy[core.itemActivity]! += this.now - core.itemStart;
      let used = 0;
      for (let i = 1; i < busy.length; i++) used += busy[i]!;
      busy[ACT_IDLE] = Math.max(0, this.now - used);
      return Object.fromEntries(CORE_ACTIVITIES.map((a, i) => [a, busy[i]!])) as Record<CoreActivity, number>;
    });
  }

  private recordDrop(serial: number, flow: number, queue: number, place: number, occupancy: number, capacity: number, fullSince: number, cpu: number, state: number): void {
    const c = this.cores[cpu]!;
    this.drops.record(this.now, serial, flow, queue, place, occupancy, capacity, fullSince, cpu,
      c.item, c.itemActivity, c.itemArg, c.ksoftirqd, c.pollList.length, state);
  }

  private laneState(lane: Lane): number {
    if (lane.busyOwned) return LANE_BUSY_POLLED;
    if (lane.napiScheduled) return LANE_NAPI_SCHEDULED;
    if (lane.timerPending) return LANE_TIMER;
    if (!lane.irqArmed) return LANE_IRQ_PENDING;
    return LANE_ARMED;
  }

  describeCore(cpu: number): string {
    const c = this.cores[cpu]!;
    return describeCpu({ cpu, item: c.item, activity: c.itemActivity, arg: c.itemArg, ksoftirqd: c.ksoftirqd, pollList: c.pollList.length, state: 0 });
  }

  activityOf(cpu: number): CoreActivity {
    const core = this.cores[cpu]!;
    return core.item === IT_NONE ? 'idle' : CORE_ACTIVITIES[core.itemActivity]!;
  }

  /**
   * Calls `visit` for every packet in flight, up to `max`, without allocating:
   * the canvas draws thousands of packets per frame from this. Stage is an
   * index into STAGES.
   */
  visitPackets(visit: (serial: number, stage: number, queue: number, cpu: number, slot: number, progress: number) => void, max = Infinity): number {
    const pool = this.pool;
    let n = 0;
    const fifo = (f: IndexFifo, cpu: number) => {
      for (let i = 0; i < f.length && n < max; i++, n++) {
        const p = f.at(i);
        visit(pool.serial[p]!, pool.stage[p]!, pool.queue[p]!, cpu, i, 0);
      }
    };
    for (const l of this.lanes) fifo(l.ring, l.irqCpu);
    for (const c of this.cores) {
      if (c.itemPacket >= 0 && c.item !== IT_NONE && c.item !== IT_FINISHING && n < max) {
        const p = c.itemPacket;
        const span = c.itemEnd - c.itemStart;
        const progress = span > 0 && Number.isFinite(span) ? Math.min(1, (this.now - c.itemStart) / span) : 1;
        visit(pool.serial[p]!, pool.stage[p]!, pool.queue[p]!, c.id, 0, progress);
        n++;
      }
      fifo(c.backlog, c.id);
    }
    for (const a of this.apps) {
      fifo(a.socket, a.cpu);
      const c = this.cores[a.cpu]!;
      const span = c.itemEnd - c.itemStart;
      const progress = c.item === IT_RECV && span > 0 ? Math.min(1, (this.now - c.itemStart) / span) : 1;
      for (let i = 0; i < a.batchLen && n < max; i++, n++) {
        const p = a.batch[i]!;
        visit(pool.serial[p]!, ST_RECV, pool.queue[p]!, a.cpu, i, progress);
      }
    }
    return n;
  }

  /** Everything a view needs to draw the current instant. Allocates; packets are capped at `maxPackets`. */
  snapshot(maxPackets = 4096): Snapshot {
    const packets: PacketView[] = [];
    this.visitPackets((serial, stage, queue, cpu, slot, progress) => {
      packets.push({ serial, stage: STAGES[stage]!, queue, cpu, slot, progress });
    }, maxPackets);
    return {
      now: this.now,
      nextArrivalNs: this.nextWireEnd + C.DMA_NS,
      rings: this.lanes.map((l, queue) => ({ queue, length: l.ring.length, capacity: l.ring.capacity, irqArmed: l.irqArmed, napiScheduled: l.napiScheduled, busyPolled: l.busyOwned })),
      backlogs: this.cores.map((c, cpu) => ({ cpu, length: c.backlog.length, capacity: c.backlog.capacity })),
      sockets: this.apps.map((a, i) => ({ app: i, cpu: a.cpu, packets: a.socket.length, rmemAlloc: a.rmemAlloc, rcvbuf: this.rcvbuf, phase: APP_PHASES[a.phase]! })),
      cores: this.cores.map((c, cpu) => ({
        cpu,
        activity: this.activityOf(cpu),
        doing: this.describeCore(cpu),
        irqsPending: c.irqs.length,
        pollList: c.pollList.length,
        ksoftirqd: c.ksoftirqd,
        backlog: c.backlog.length,
      })),
      packets,
    };
  }
}

export type { DropCounter, DropPlace };
