/**
 * A bypass stack of the stacks model (simulations/models/stacks) turned into
 * the few numbers a discrete-event receive loop needs: how many packets one
 * receive call takes at most, what a call costs whatever it takes, what each
 * packet adds, whether a core spins on the ring or an interrupt wakes it, and
 * the counter its drops land in. At full bursts the per-packet cost is exactly
 * the stacks model's nsPerPacket, so the event model's capacity is the
 * analytic entry's.
 */
import { RX_FRAMES_DEFAULT, RX_RING_DEFAULT, RX_USECS_DEFAULT } from '../receive-path/linux-defaults';
import { BUSY_POLL_LOOP_NS, DMA_NS, HARDIRQ_NS } from '../receive-path/stage-costs';
import { costsAt } from '../stacks/model';
import type { StackSpec } from '../stacks/types';

export type BypassPath = {
  id: string;
  label: string;
  /** Most packets one receive call takes (rte_eth_rx_burst's nb_pkts, netmap's ring sync, …). */
  burst: number;
  /** Paid once per receive call, however many packets it returns (the call, a doorbell, a system call). */
  callNs: number;
  /** Paid for every packet the call returns. */
  packetNs: number;
  /** The part of packetNs that is the application's own work, after it holds the packet (not latency). */
  appNs: number;
  /**
   * The stack's DMA time minus the kernel model's (DMA_NS): Solarflare adapters land a frame sooner.
   * Both sides keep one arrival stream, so the difference shifts this side's latency instead.
   */
  dmaOffsetNs: number;
  /** A core spins on the ring (no interrupt); otherwise interrupt moderation, then the hard interrupt. */
  polls: boolean;
  /** The receiving core is 100 % busy whatever the load. */
  spins: boolean;
  /** One turn of the spinning loop: a packet is seen on the next turn after it lands. */
  loopNs: number;
  /** ethtool -C rx-usecs / rx-frames of the NIC, for interrupt-driven stacks. */
  rxUsecs: number;
  rxFrames: number;
  /** CPU time to take the interrupt and, where a reader sleeps in poll(), to switch it back in. */
  irqNs: number;
  ringSize: number;
  dropCounter: string;
  receivedCounter: string;
};

export function bypassPath(spec: StackSpec, frameBytes: number): BypassPath {
  const burst = Math.max(1, spec.batch);
  const at = costsAt(spec, frameBytes);
  let callNs = 0;
  let packetNs = 0;
  spec.costs.forEach((c, i) => {
    // A cost paid once per `batch` packets is paid burst / batch times per full call.
    if (c.batch) callNs += at[i]!.ns * burst;
    else packetNs += at[i]!.ns;
  });
  const appNs = spec.costs.reduce((a, c, i) => (c.stage === 'app' && !c.batch ? a + at[i]!.ns : a), 0);
  const dma = spec.latency.find((l) => l.stage === 'dma')?.p50 ?? DMA_NS;
  const wake = spec.latency.find((l) => l.stage === 'wakeup')?.p50 ?? 0;
  return {
    id: spec.id,
    label: spec.label,
    burst,
    callNs,
    packetNs,
    appNs,
    dmaOffsetNs: dma - DMA_NS,
    polls: spec.receive === 'poll',
    spins: spec.spins,
    loopNs: BUSY_POLL_LOOP_NS,
    rxUsecs: RX_USECS_DEFAULT,
    rxFrames: RX_FRAMES_DEFAULT,
    irqNs: HARDIRQ_NS + wake,
    ringSize: RX_RING_DEFAULT,
    dropCounter: spec.drops[0].counter,
    receivedCounter: spec.received,
  };
}

/** CPU time per packet when every call returns a full burst. */
export function fullBurstNs(p: BypassPath): number {
  return p.callNs / p.burst + p.packetNs;
}
