/**
 * What a receive-path run is made of: the numeric codes its events, work
 * items and stages use, the records of each RX queue (Lane), CPU (Core) and
 * reader (App), the types its read-outs return, a few pure helpers, and
 * SimState, the class that holds all of it. The event loop that changes this
 * state is in event-loop.ts and work-items.ts; what views read from it is in
 * readouts.ts (model.ts explains how the classes stack).
 *
 * State lives in plain objects of numbers, typed arrays and fixed-size FIFOs
 * so the loop allocates nothing per packet.
 */
import { EventQueue } from '../../engine/event-queue';
import { IndexFifo } from '../../engine/index-fifo';
import { PacketPool } from '../../engine/packet-pool';
import { Rng } from '../../engine/rng';
import { FCS_BYTES, HEADER_BYTES, WIRE_OVERHEAD_BYTES } from '../../core/ethernet';
import { RSS_TABLE_SIZE, SKB_MIN_DATA_BYTES, SKB_OVERHEAD_BYTES } from './linux-defaults';
import { APP_CPU, type ReceivePathValues } from './params';
import { CORE_ACTIVITIES, type CoreActivity, type Stage } from './vocabulary';

/** CFS wake-up granularity: a woken thread preempts once it lags by this much (kernel/sched/fair.c, 1 ms base). */
export const WAKEUP_GRAN_NS = 1_000_000;
/** CFS gives a thread waking from sleep at most half the scheduling latency (6 ms) of credit (GENTLE_FAIR_SLEEPERS). */
export const SLEEPER_CREDIT_NS = 3_000_000;
/** IPv4 (20) + UDP (8) headers inside the frame: what is left is the datagram's payload. */
const IP_UDP_HEADER_BYTES = 28;

// Drop places, in the order of DROP_PLACES (drop-log.ts).
export const PLACE_RING = 0;
export const PLACE_BACKLOG = 1;
export const PLACE_SOCKET = 2;

// Event kinds.
export const EV_ARRIVAL = 0;
export const EV_CORE_DONE = 1;
export const EV_IRQ_TIMER = 2;
export const EV_APP_WAKE = 3;
export const EV_SPIN_END = 4;
export const EV_SAMPLE = 5;

// What a core's time is charged to: indexes into CORE_ACTIVITIES (vocabulary.ts).
export const ACT_IDLE = 0;
export const ACT_HARDIRQ = 1;
export const ACT_SOFTIRQ = 2;
export const ACT_KSOFTIRQD = 3;
export const ACT_APP = 4;
export const ACT_BUSY_POLL = 5;

// Work items a core can be running.
export const IT_NONE = 0;
export const IT_IRQ = 1; // hard interrupt of an RX queue
export const IT_IPI = 2; // RPS inter-processor interrupt
export const IT_ISR_RX = 3; // irq mode: one packet from the ring to the backlog, in the interrupt handler
export const IT_POLL = 4; // one packet of the NAPI at the head of the poll list (softirq or ksoftirqd)
export const IT_CTX = 5; // context switch to a thread
export const IT_RECV = 6; // one recvmsg/recvmmsg call
export const IT_WORK = 7; // application work, in chunks
export const IT_BUSY_RX = 8; // busy polling: one packet processed by the application's CPU
export const IT_SPIN = 9; // busy polling with nothing to do (ends on a packet, an interrupt or the deadline)
export const IT_FINISHING = 10; // effects of the item that just ended are being applied: not free yet

// Where a packet is: indexes into STAGES (vocabulary.ts).
export const ST_RING = 0;
export const ST_DRIVER = 1;
export const ST_BACKLOG = 2;
export const ST_PROTOCOL = 3;
export const ST_SOCKET = 4;
export const ST_RECV = 5;

// NAPI ids: RX queue q is q; the backlog NAPI of CPU c is BACKLOG_NAPI + c.
export const BACKLOG_NAPI = 1 << 16;

// Application thread phases.
export const APP_RECV = 0; // about to call recv()
export const APP_WORK = 1; // working on what recv() returned
export const APP_SLEEP = 2; // blocked in recv()
export const APP_WAKING = 3; // woken, not yet running
export const APP_SPIN = 4; // busy polling inside recv()

/** One RX queue: its descriptor ring, interrupt and NAPI. */
export type Lane = {
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

/** One CPU: the item it runs, its softirq state, its backlog and the two threads it shares. */
export type Core = {
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

/** One application thread and its socket. */
export type App = {
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
export function flowHash(flow: number): number {
  let h = Math.imul(flow ^ 0x5bd1e995, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The mutable state of a run, built from the parameters: wire timing, the
 * queues, CPUs and readers, the packet pool, the event queue and the counters
 * the loop keeps. Fields are protected rather than private so the classes
 * stacked on this one (readouts.ts, work-items.ts, event-loop.ts) reach them
 * directly, with nothing between the hot loop and its data; callers outside
 * see the same public fields as before the split.
 */
export abstract class SimState {
  readonly v: ReceivePathValues;
  readonly seed: number;
  now = 0;
  events = 0;

  protected readonly q = new EventQueue(256);
  protected readonly rng: Rng;
  readonly pool: PacketPool;
  readonly lanes: Lane[];
  readonly cores: Core[];
  readonly apps: App[];
  protected readonly rss: Int16Array;

  // Wire.
  protected readonly wireBits: number;
  protected readonly loadPermille: number;
  protected readonly gapNs: number;
  protected readonly burstPeriodNs: number;
  protected arrivalIndex = 0;
  protected nextWireEnd = 0;
  readonly truesize: number;
  protected readonly payload: number;
  protected readonly rcvbuf: number;

  offered = 0;
  delivered = 0;
  protected serial = 0;
  protected rxDropped = 0;
  protected rcvbufErrors = 0;

  constructor(
    values: ReceivePathValues,
    seed = 1,
    readonly sampleIntervalNs = 100_000,
  ) {
    this.v = values;
    this.seed = seed;
    this.rng = new Rng(seed);
    const v = values;
    this.wireBits = (v.frame_bytes + WIRE_OVERHEAD_BYTES) * 8;
    // Load in tenths of a percent keeps the arrival arithmetic in exact integers (see wireEndOf in event-loop.ts).
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
        id: c,
        item: IT_NONE,
        itemArg: 0,
        itemPacket: -1,
        itemStart: 0,
        itemEnd: 0,
        itemActivity: ACT_IDLE,
        gen: 0,
        irqs: [],
        isrLane: -1,
        pollList: [],
        napiWork: 0,
        inNetRx: false,
        budgetLeft: 0,
        netRxDeadline: 0,
        softirqStart: -1,
        restarts: 0,
        ksoftirqd: false,
        backlog: new IndexFifo(backlogCap),
        backlogScheduled: false,
        backlogFullSince: -1,
        app: -1,
        lastThread: -1,
        sliceStart: 0,
        vrKsoftirqd: 0,
        vrApp: 0,
        busy: new Float64Array(CORE_ACTIVITIES.length),
        processed: 0,
        dropped: 0,
        timeSqueeze: 0,
        receivedRps: 0,
      });
    }
    this.lanes = [];
    this.apps = [];
    for (let l = 0; l < nq; l++) {
      const appCpu = v.app_cpu === APP_CPU.other ? nq + l : l;
      this.lanes.push({
        ring: new IndexFifo(v.ring_size),
        irqCpu: l,
        app: l,
        irqArmed: true,
        timerGen: 0,
        timerPending: false,
        framesSinceArm: 0,
        napiScheduled: false,
        busyOwned: false,
        ringFullSince: -1,
        lastArrival: -1,
        gapEwma: 0,
        interrupts: 0,
        rxPackets: 0,
        rxMissed: 0,
        rxBytes: 0,
      });
      this.apps.push({
        cpu: appCpu,
        lane: l,
        socket: new IndexFifo(socketCap),
        rmemAlloc: 0,
        socketFullSince: -1,
        phase: APP_RECV,
        spinDeadline: -1,
        batch: new Int32Array(v.recv_batch),
        batchLen: 0,
        workLeft: 0,
        wakeLatencyPending: false,
      });
      this.cores[appCpu]!.app = l;
    }
    // The most packets the machine can hold at once: every ring, backlog and
    // socket full, every recv batch taken, one packet in every core's hands.
    const capacity = nq * v.ring_size + ncpu * backlogCap + nq * (socketCap + v.recv_batch) + ncpu + 8;
    this.pool = new PacketPool(capacity);
  }
}
