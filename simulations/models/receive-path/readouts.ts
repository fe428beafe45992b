/**
 * What views, summaries and tests read from a running receive-path sim: the
 * records the run keeps for them (latency histogram, time series, drop log)
 * and the figures computed from the state on demand (Linux counters, CPU time
 * per activity, what each CPU is doing, every packet in flight, a snapshot of
 * the instant). Nothing here changes the course of the run; the event loop
 * (event-loop.ts, work-items.ts) only writes into these records.
 */
import type { IndexFifo } from '../../engine/index-fifo';
import { LogHistogram } from '../../engine/log-histogram';
import { TimeSeries } from '../../engine/time-series';
import { DropLog, type DropContext, type DropPlace } from './drop-log';
import * as C from './stage-costs';
import {
  ACT_IDLE,
  ACT_KSOFTIRQD,
  BACKLOG_NAPI,
  IT_BUSY_RX,
  IT_CTX,
  IT_FINISHING,
  IT_IPI,
  IT_IRQ,
  IT_ISR_RX,
  IT_NONE,
  IT_POLL,
  IT_RECV,
  IT_SPIN,
  IT_WORK,
  lineRatePps,
  SERIES_COLUMNS,
  SimState,
  ST_RECV,
  type Counters,
  type Lane,
  type PacketView,
  type SeriesColumn,
  type Snapshot,
} from './sim-state';
import { CORE_ACTIVITIES, STAGES, type CoreActivity } from './vocabulary';

/** The application phases (APP_* in sim-state.ts), in words. */
const APP_PHASES = ['about to call recv()', 'working on what it had read', 'asleep in recv()', 'woken but not yet running', 'busy polling in recv()'];

// A queue's interrupt/NAPI state as a ring drop records it (laneState), and in words.
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

/** The read-outs of a run, on top of its state; event-loop.ts stacks the loop on this. */
export abstract class ReceivePathReadouts extends SimState {
  readonly latency = new LogHistogram();
  readonly series: TimeSeries<SeriesColumn> = new TimeSeries(SERIES_COLUMNS, this.sampleIntervalNs);
  readonly drops = new DropLog(describeDrop);
  private readonly sampleRow = new Float64Array(SERIES_COLUMNS.length);

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

  /** One row of the time series (EV_SAMPLE, every sampleIntervalNs). */
  protected sample(): void {
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

  /** Writes a drop into the log with what the responsible CPU was doing, as codes (words come later, from describeDrop). */
  protected recordDrop(
    serial: number,
    flow: number,
    queue: number,
    place: number,
    occupancy: number,
    capacity: number,
    fullSince: number,
    cpu: number,
    state: number,
  ): void {
    const c = this.cores[cpu]!;
    this.drops.record(
      this.now,
      serial,
      flow,
      queue,
      place,
      occupancy,
      capacity,
      fullSince,
      cpu,
      c.item,
      c.itemActivity,
      c.itemArg,
      c.ksoftirqd,
      c.pollList.length,
      state,
    );
  }

  /** A queue's interrupt/NAPI state as a LANE_* code, for the record of a ring drop. */
  protected laneState(lane: Lane): number {
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
      rings: this.lanes.map((l, queue) => ({
        queue,
        length: l.ring.length,
        capacity: l.ring.capacity,
        irqArmed: l.irqArmed,
        napiScheduled: l.napiScheduled,
        busyPolled: l.busyOwned,
      })),
      backlogs: this.cores.map((c, cpu) => ({ cpu, length: c.backlog.length, capacity: c.backlog.capacity })),
      sockets: this.apps.map((a, i) => ({
        app: i,
        cpu: a.cpu,
        packets: a.socket.length,
        rmemAlloc: a.rmemAlloc,
        rcvbuf: this.rcvbuf,
        phase: APP_PHASES[a.phase]!,
      })),
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
