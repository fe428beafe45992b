/**
 * A bypass receive path as a discrete-event simulation: frames land by DMA in
 * the NIC's RX descriptor ring; one core takes them in bursts of up to B per
 * receive call (DPDK's rte_eth_rx_burst, 32), paying a fixed cost per call and
 * a cost per packet (bypass-path.ts). A polling stack's core spins on the ring
 * and sees a packet on its loop's next turn; an interrupt-driven one sleeps
 * with the interrupt armed, is woken after interrupt moderation (rx-usecs or
 * rx-frames) and then polls until the ring is empty, as NAPI does. A frame that
 * finds every descriptor in use is dropped by the NIC and counted in the
 * stack's own counter (DPDK: rte_eth_stats.imissed).
 *
 * Arrivals are not generated here: the caller hands each one in (arrive()),
 * so the same traffic can feed this model and the kernel's.
 */
import { EventQueue } from '../../engine/event-queue';
import { IndexFifo } from '../../engine/index-fifo';
import { LogHistogram } from '../../engine/log-histogram';
import { PacketPool } from '../../engine/packet-pool';
import { DMA_NS } from '../receive-path/stage-costs';
import type { BypassPath } from './bypass-path';

const EV_POLL = 0;
const EV_BURST_DONE = 1;
const EV_IRQ_TIMER = 2;

/** What the receiving core is doing. */
export const BYPASS_STATES = ['spinning', 'burst', 'asleep', 'moderating'] as const;
export type BypassState = (typeof BYPASS_STATES)[number];
const SPIN = 0;
const BURST = 1;
const ASLEEP = 2;
const MODERATING = 3;

export class BypassSim {
  now = 0;
  events = 0;
  offered = 0;
  delivered = 0;
  dropped = 0;
  interrupts = 0;
  calls = 0;
  readonly latency = new LogHistogram();
  readonly ring: IndexFifo;
  private readonly pool: PacketPool;
  private readonly q = new EventQueue(16);
  private readonly hand: Int32Array;
  handLen = 0;
  /** When the current call started, when its per-packet work starts, when it ends. */
  private callStart = 0;
  private workStart = 0;
  private callEnd = 0;
  private state = SPIN;
  private spinSince = 0;
  private pollPending = false;
  private framesSinceArm = 0;
  private workNs = 0;
  private irqNs = 0;
  private serial = 0;
  /** Serial numbers of the latest drops (a small ring), for drawing where they happened. */
  readonly recentDrops = new Float64Array(64);

  constructor(readonly path: BypassPath) {
    this.ring = new IndexFifo(path.ringSize);
    this.pool = new PacketPool(path.ringSize + path.burst);
    this.hand = new Int32Array(path.burst);
    this.state = path.polls ? SPIN : ASLEEP;
  }

  get inFlight(): number {
    return this.ring.length + this.handLen;
  }

  get stateName(): BypassState {
    return BYPASS_STATES[this.state]!;
  }

  /** The core is taking the interrupt (or switching the reader in) before its first receive call. */
  get inInterrupt(): boolean {
    return this.state === BURST && this.now < this.workStart - this.path.callNs;
  }

  nextEventTime(): number {
    return this.q.peekTime();
  }

  advanceTo(t: number): void {
    while (this.q.peekTime() <= t) this.step();
    if (t > this.now) this.now = t;
  }

  /** Runs the next event alone; returns its time, or -1 if nothing is scheduled. */
  step(): number {
    const q = this.q;
    if (!q.pop()) return -1;
    this.now = q.popTime;
    this.events++;
    if (q.popKind === EV_POLL) {
      this.pollPending = false;
      if (this.state === SPIN && this.ring.length > 0) this.startCall(0);
    } else if (q.popKind === EV_BURST_DONE) this.finishCall();
    else if (q.popKind === EV_IRQ_TIMER && this.state === MODERATING) this.fireIrq();
    return this.now;
  }

  /** A frame's last bit left the wire DMA_NS ago and its descriptor is being written now. */
  arrive(): void {
    const serial = this.serial++;
    this.offered++;
    if (this.ring.full) {
      this.dropped++;
      this.recentDrops[this.dropped % this.recentDrops.length] = serial;
      return;
    }
    const p = this.pool.alloc();
    this.pool.arrival[p] = this.now - DMA_NS;
    this.pool.serial[p] = serial;
    this.ring.push(p);
    if (this.state === SPIN && !this.pollPending) {
      // The loop sees the descriptor on its next turn after this one.
      const turns = Math.floor((this.now - this.spinSince) / this.path.loopNs) + 1;
      this.pollPending = true;
      this.q.push(this.spinSince + turns * this.path.loopNs, EV_POLL);
    } else if (this.state === ASLEEP || this.state === MODERATING) {
      this.moderate();
    }
  }

  private moderate(): void {
    this.framesSinceArm++;
    if (this.path.rxUsecs === 0 || this.framesSinceArm >= this.path.rxFrames) this.fireIrq();
    else if (this.state === ASLEEP) {
      this.state = MODERATING;
      this.q.push(this.now + this.path.rxUsecs * 1000, EV_IRQ_TIMER);
    }
  }

  private fireIrq(): void {
    this.interrupts++;
    this.startCall(this.path.irqNs);
  }

  /** One receive call: up to `burst` packets off the ring, their descriptors refilled at once. */
  private startCall(extraNs: number): void {
    const n = Math.min(this.path.burst, this.ring.length);
    for (let i = 0; i < n; i++) this.hand[i] = this.ring.shift();
    this.handLen = n;
    this.state = BURST;
    this.calls++;
    this.callStart = this.now;
    this.workStart = this.now + extraNs + this.path.callNs;
    this.callEnd = this.workStart + n * this.path.packetNs;
    this.irqNs += extraNs;
    this.q.push(this.callEnd, EV_BURST_DONE);
  }

  private finishCall(): void {
    const { packetNs, appNs, dmaOffsetNs } = this.path;
    for (let i = 0; i < this.handLen; i++) {
      const p = this.hand[i]!;
      // Packet i is the application's once the stack's work on it and on those before it is done.
      const held = this.workStart + (i + 1) * packetNs - appNs;
      this.latency.record(held - this.pool.arrival[p]! + dmaOffsetNs);
      this.pool.release(p);
    }
    this.delivered += this.handLen;
    this.workNs += this.callEnd - this.callStart - (this.workStart - this.callStart - this.path.callNs);
    this.handLen = 0;
    if (this.ring.length > 0) this.startCall(0);
    else if (this.path.polls) {
      this.state = SPIN;
      this.spinSince = this.now;
    } else {
      this.state = ASLEEP;
      this.framesSinceArm = 0;
    }
  }

  /** CPU time so far: receive work, interrupt and wake-up, and the rest (spinning or idle). */
  cpuTime(): { work: number; irq: number; rest: number } {
    let work = this.workNs;
    let irq = this.irqNs;
    if (this.state === BURST) {
      // The call in progress: its interrupt part was counted when it started.
      const extra = this.workStart - this.callStart - this.path.callNs;
      irq -= Math.max(0, extra - (this.now - this.callStart));
      work += Math.max(0, this.now - this.callStart - extra);
    }
    return { work, irq, rest: Math.max(0, this.now - work - irq) };
  }

  /** Busy share of the core: 1 for a spinning stack, the work it did otherwise. */
  busyShare(): number {
    if (this.now === 0) return 0;
    if (this.path.spins) return 1;
    const t = this.cpuTime();
    return Math.min(1, (t.work + t.irq) / this.now);
  }

  /**
   * Every packet in flight without allocating: stage 0 = in the ring at `slot`
   * (0 = next out), 1 = in the core's hands, `progress` 0…1 through its work.
   */
  visitPackets(visit: (serial: number, stage: number, slot: number, progress: number) => void): number {
    for (let i = 0; i < this.ring.length; i++) visit(this.pool.serial[this.ring.at(i)]!, 0, i, 0);
    const w = this.path.packetNs;
    for (let i = 0; i < this.handLen; i++) {
      const begin = this.workStart + i * w;
      const progress = w > 0 ? Math.min(1, Math.max(0, (this.now - begin) / w)) : 1;
      visit(this.pool.serial[this.hand[i]!]!, 1, i, progress);
    }
    return this.ring.length + this.handLen;
  }
}
