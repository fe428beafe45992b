/**
 * What the work items of the receive path do once a CPU runs them: NAPI
 * polls in softirq or ksoftirqd (net_rx_action's budget, weight and time
 * limit), the interrupt handler's effects, the per-CPU backlog of netif_rx
 * and RPS, the UDP socket and the application thread that reads it (recv,
 * its own work, sleeping, busy polling). The loop that decides when each
 * item runs, and the wire and NIC that feed it, are in event-loop.ts; the
 * state both change is in sim-state.ts.
 */
import { FCS_BYTES } from '../../core/ethernet';
import { MAX_SOFTIRQ_RESTART, MAX_SOFTIRQ_TIME_NS } from './linux-defaults';
import { MODE } from './params';
import { ReceivePathReadouts } from './readouts';
import * as state from './sim-state';
import type { App, Core, Lane } from './sim-state';
import * as C from './stage-costs';

// Local copies of the codes from sim-state.ts that the per-event code reads,
// for the reason given above the same list in event-loop.ts.
const {
  ACT_APP,
  ACT_BUSY_POLL,
  APP_RECV,
  APP_SLEEP,
  APP_SPIN,
  APP_WAKING,
  APP_WORK,
  BACKLOG_NAPI,
  EV_APP_WAKE,
  EV_CORE_DONE,
  EV_SPIN_END,
  IT_BUSY_RX,
  IT_FINISHING,
  IT_NONE,
  IT_POLL,
  IT_RECV,
  IT_SPIN,
  IT_WORK,
  PLACE_BACKLOG,
  PLACE_SOCKET,
  ST_BACKLOG,
  ST_DRIVER,
  ST_PROTOCOL,
  ST_RECV,
  ST_SOCKET,
} = state;

/**
 * The work items' effects, as methods over the run's state. Work and loop call
 * each other (a packet for a sleeping reader wakes its CPU, a drained queue
 * re-arms its interrupt), so the three methods this needs from event-loop.ts,
 * the one concrete class, are declared abstract here: that is a type-level
 * promise only, with no extra call or lookup at run time.
 */
export abstract class WorkItems extends ReceivePathReadouts {
  /** Make an idle (or spinning) core look for work now. */
  protected abstract kick(core: Core): void;
  /** Picks the next work item for a free core by priority. */
  protected abstract dispatch(core: Core, now: number): void;
  /** Re-enable a queue's interrupt (napi_complete_done). */
  protected abstract armIrq(qi: number): void;

  /** Puts a core to work until now + duration; a new generation makes any older completion event stale. */
  protected startItem(core: Core, item: number, activity: number, duration: number, arg = 0, packet = -1): void {
    core.item = item;
    core.itemActivity = activity;
    core.itemArg = arg;
    core.itemPacket = packet;
    core.itemStart = this.now;
    core.itemEnd = this.now + duration;
    core.gen = (core.gen + 1) | 0;
    this.q.push(core.itemEnd, EV_CORE_DONE, core.id, core.gen);
  }

  /** The next packet off a queue's ring, which is then no longer full. */
  protected takeFromRing(lane: Lane): number {
    const p = lane.ring.shift();
    if (lane.ringFullSince >= 0) lane.ringFullSince = -1;
    return p;
  }

  // ---------------------------------------------------------------- NAPI / softirq

  protected startPoll(core: Core, activity: number): void {
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

  protected afterPoll(core: Core, napi: number, p: number): void {
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

  protected afterIrq(core: Core, qi: number): void {
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
  protected afterIsrRx(core: Core, p: number): void {
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
      this.recordDrop(
        this.pool.serial[p]!,
        this.pool.flow[p]!,
        this.pool.queue[p]!,
        PLACE_BACKLOG,
        target.backlog.length,
        target.backlog.capacity,
        target.backlogFullSince,
        targetCpu,
        0,
      );
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
      this.recordDrop(
        this.pool.serial[p]!,
        this.pool.flow[p]!,
        this.pool.queue[p]!,
        PLACE_SOCKET,
        app.rmemAlloc,
        this.rcvbuf,
        app.socketFullSince,
        app.cpu,
        app.phase,
      );
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

  protected runApp(core: Core, app: App): void {
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
  protected wakeSpinner(core: Core): void {
    if (core.itemEnd !== Infinity) return; // already noticed
    core.busy[ACT_BUSY_POLL]! += this.now - core.itemStart;
    core.vrApp += this.now - core.itemStart;
    core.itemStart = this.now;
    core.gen = (core.gen + 1) | 0;
    core.itemEnd = this.now + C.BUSY_POLL_LOOP_NS;
    this.q.push(core.itemEnd, EV_CORE_DONE, core.id, core.gen);
  }

  protected endSpin(core: Core): void {
    core.busy[ACT_BUSY_POLL]! += this.now - core.itemStart;
    core.vrApp += this.now - core.itemStart;
    core.item = IT_NONE;
    core.gen = (core.gen + 1) | 0;
    this.dispatch(core, this.now);
  }

  protected afterBusyRx(core: Core, p: number): void {
    const lane = this.lanes[this.pool.queue[p]!]!;
    lane.rxPackets++;
    lane.rxBytes += this.v.frame_bytes - FCS_BYTES;
    core.processed++;
    this.socketEnqueue(p, core.id);
  }

  protected afterRecv(appIndex: number): void {
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
}
