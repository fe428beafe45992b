/**
 * The event loop of the receive-path simulation (model.ts describes the whole
 * model): events in time order, the wire and the NIC (arrivals, RSS, the
 * descriptor ring, interrupt moderation) and the scheduler that picks what
 * each CPU runs next. What the picked work items do is in work-items.ts.
 *
 * CPU model: each core runs one work item at a time, chosen by priority (hard
 * interrupt > softirq > threads). Items are short (one packet, or at most
 * MAX_ITEM_NS), and an interrupt waits for the current item to finish, which
 * stands in for preemption at that granularity. ksoftirqd and the application
 * share a CPU the way CFS shares it between two threads (virtual runtime, a
 * 3 ms slice, wake-up preemption after 1 ms of lag).
 */
import { RSS_TABLE_SIZE, SCHED_SLICE_NS } from './linux-defaults';
import { PATTERN, type ReceivePathValues } from './params';
import * as state from './sim-state';
import type { Core, Lane } from './sim-state';
import * as C from './stage-costs';
import { WorkItems } from './work-items';

// Local copies of the codes (and the hash) from sim-state.ts that the
// per-event code reads. Some module systems turn every read of an imported
// name into a getter call (vitest's transform; tsx in CommonJS mode, where
// that made this loop twice as slow); copied once at load, each read costs
// what it did when the model was one file.
const {
  ACT_APP,
  ACT_BUSY_POLL,
  ACT_HARDIRQ,
  ACT_KSOFTIRQD,
  ACT_SOFTIRQ,
  APP_RECV,
  APP_SPIN,
  APP_WAKING,
  APP_WORK,
  EV_APP_WAKE,
  EV_ARRIVAL,
  EV_CORE_DONE,
  EV_IRQ_TIMER,
  EV_SAMPLE,
  EV_SPIN_END,
  flowHash,
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
  PLACE_RING,
  SLEEPER_CREDIT_NS,
  ST_DRIVER,
  ST_RING,
  WAKEUP_GRAN_NS,
} = state;

export class ReceivePathSim extends WorkItems {
  constructor(values: ReceivePathValues, seed = 1, sampleIntervalNs = 100_000) {
    super(values, seed, sampleIntervalNs);
    this.start();
  }

  /**
   * Back to time 0 (optionally with another seed). All state is in own
   * properties built by the constructors (this one, readouts.ts and
   * sim-state.ts), so a fresh instance's are copied over (readonly is a
   * compile-time promise to callers, not to reset).
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
  protected armIrq(qi: number): void {
    const lane = this.lanes[qi]!;
    lane.irqArmed = true;
    lane.framesSinceArm = 0;
    if (lane.ring.length > 0) {
      lane.framesSinceArm = lane.ring.length - 1;
      this.moderate(qi);
    }
  }

  // ---------------------------------------------------------------- CPU scheduling

  /** Make an idle (or spinning) core look for work now. */
  protected kick(core: Core): void {
    if (core.item === IT_NONE) this.dispatch(core, this.now);
    else if (core.item === IT_SPIN && core.irqs.length > 0) this.endSpin(core);
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
  protected dispatch(core: Core, now: number): void {
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
}
