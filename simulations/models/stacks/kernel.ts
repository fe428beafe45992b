/**
 * The two kernel paths, built from the receive-path model so the two models
 * cannot disagree: the same stage costs (receive-path/stage-costs.ts), the same
 * Linux defaults and tuned values (receive-path/tuned.ts), and one figure the
 * event model measured, 684 kpps for the stock kernel at 10 GbE line rate with
 * 64-byte frames (receive-path/tuning-steps.ts, kept true by its test).
 *
 * Softirq (driver, GRO, IP, UDP) and the reading thread (recvmsg, copy,
 * application) are two stages. On the stock kernel they share one CPU per
 * queue; softirq runs first, and under overload the scheduler leaves it a
 * bounded share of the CPU (ksoftirqd and the reader split it under CFS). That
 * share is the one number taken from the event model's measurement; the rest
 * follows from the stage costs. The tuned kernel pins the reader to a second
 * CPU, so the stages pipeline and the slower one sets the rate.
 */
import { withDefaults } from '../../core/params';
import { LINUX_RAW_DROP_PPS } from '../../core/costs';
import { FCS_BYTES, HEADER_BYTES } from '../../core/ethernet';
import { RX_USECS_DEFAULT } from '../receive-path/linux-defaults';
import { APP_CPU, receivePathParams, type ReceivePathValues } from '../receive-path/params';
import {
  BUSY_POLL_LOOP_NS,
  COPY_NS_PER_BYTE,
  DMA_NS,
  DRIVER_RX_NS,
  GRO_NS,
  HARDIRQ_NS,
  IP_RX_NS,
  RECV_PER_MSG_NS,
  RECV_SYSCALL_NS,
  UDP_RX_NS,
  WAKE_CPU_NS,
  WAKE_LATENCY_NS,
} from '../receive-path/stage-costs';
import { STOCK_VALUES, TUNED_VALUES } from '../receive-path/tuned';
import { MEASURED_DELIVERED_PPS } from '../receive-path/tuning-steps';
import type { Cost, LatencyItem, StackSpec } from './types';

/** IPv4 (20) + UDP (8) headers: what is left of the frame is the datagram's payload (as receive-path/model.ts payloadOf). */
const IP_UDP_HEADER_BYTES = 28;

export function udpPayloadBytes(frameBytes: number): number {
  return Math.max(0, frameBytes - HEADER_BYTES - FCS_BYTES - IP_UDP_HEADER_BYTES);
}

const SC = 'receive-path/stage-costs.ts';

function softirqCosts(v: ReceivePathValues): Cost[] {
  return [
    { stage: 'driver', what: 'read the descriptor, build the sk_buff, refill the ring', ns: DRIVER_RX_NS, where: 'kernel', source: SC },
    ...(v.gro ? [{ stage: 'protocol', what: 'GRO looks for a flow to merge into', ns: GRO_NS, where: 'kernel', source: SC } as const] : []),
    { stage: 'protocol', what: 'netif_receive_skb, IP receive, route lookup', ns: IP_RX_NS, where: 'kernel', source: SC },
    { stage: 'protocol', what: 'UDP socket lookup, enqueue, memory accounting', ns: UDP_RX_NS, where: 'kernel', source: SC },
  ];
}

function readerCosts(v: ReceivePathValues): Cost[] {
  return [
    {
      stage: 'sync',
      what: v.recv_batch > 1 ? 'recvmmsg() system call' : 'recvmsg() system call',
      ns: RECV_SYSCALL_NS,
      batch: v.recv_batch,
      where: 'user',
      source: SC,
    },
    { stage: 'buffer', what: 'dequeue, uncharge and free the sk_buff', ns: RECV_PER_MSG_NS, where: 'user', source: SC },
    { stage: 'copy', what: 'copy_to_user of the payload', ns: 0, perByte: COPY_NS_PER_BYTE, bytes: 'payload', where: 'user', source: SC },
    { stage: 'app', what: 'the application’s work per datagram', ns: v.app_ns_per_packet, where: 'user', source: 'receive-path/params.ts app_ns_per_packet' },
  ];
}

/** CPU time of the reader per datagram: recvmsg() (or its share of a recvmmsg()), the copy and the application. */
export function readerNs(v: ReceivePathValues, frameBytes: number): number {
  const perCall = RECV_SYSCALL_NS / v.recv_batch + RECV_PER_MSG_NS + COPY_NS_PER_BYTE * udpPayloadBytes(frameBytes);
  return perCall + v.app_ns_per_packet;
}

export function softirqNs(v: ReceivePathValues): number {
  return DRIVER_RX_NS + (v.gro ? GRO_NS : 0) + IP_RX_NS + UDP_RX_NS;
}

const STOCK = withDefaults(receivePathParams, STOCK_VALUES);
const TUNED = withDefaults(receivePathParams, TUNED_VALUES);

/**
 * The share of a saturated CPU softirq keeps when it shares the CPU with the
 * reader: what is left once the reader has taken what the event model measured
 * it delivering (684 kpps × its 701 ns at 64 B ⇒ 0.52). Derived, not chosen.
 */
export const STOCK_SOFTIRQ_SHARE = 1 - (MEASURED_DELIVERED_PPS.stock * readerNs(STOCK, 64)) / 1e9;

/**
 * Linux's fastest drop, in the iptables raw table, on the same stage costs:
 * driver, GRO and IP as above, plus what is left of the 208 ns the XDP paper
 * measured (1 / 4.8 Mpps) for the raw-table rule and freeing the sk_buff.
 * Not a stack of its own; the calibration compares it with DPDK and XDP.
 */
export const RAW_TABLE_DROP_NS = 1e9 / LINUX_RAW_DROP_PPS - (DRIVER_RX_NS + GRO_NS + IP_RX_NS);
export const KERNEL_RAW_DROP_NS = DRIVER_RX_NS + GRO_NS + IP_RX_NS + RAW_TABLE_DROP_NS;

const INTERRUPT_NS = RX_USECS_DEFAULT * 1000 + HARDIRQ_NS;

function latency(v: ReceivePathValues): LatencyItem[] {
  const busy = v.busy_poll_us > 0;
  const other = v.app_cpu === APP_CPU.other;
  const softirq = DRIVER_RX_NS + (v.gro ? GRO_NS : 0) + IP_RX_NS;
  return [
    { stage: 'dma', what: 'descriptor and data across PCIe until the ring shows the packet', p50: DMA_NS, source: SC },
    busy
      ? {
          stage: 'notify',
          what: 'busy_read: the spinning reader polls the queue itself; when the spin has expired, the interrupt after rx-usecs',
          p50: BUSY_POLL_LOOP_NS,
          p99: INTERRUPT_NS,
          source: SC,
        }
      : { stage: 'notify', what: `interrupt moderation (rx-usecs ${v.rx_usecs}) then the hard interrupt`, p50: v.rx_usecs * 1000 + HARDIRQ_NS, source: SC },
    { stage: 'softirq', what: v.gro ? 'driver, GRO and IP in softirq' : 'driver and IP in softirq', p50: softirq, source: SC },
    { stage: 'protocol', what: 'UDP: socket lookup and enqueue', p50: UDP_RX_NS, source: SC },
    busy
      ? { stage: 'wakeup', what: 'none while spinning; a sleeping reader on another CPU wakes in ~4 µs', p50: 0, p99: WAKE_LATENCY_NS, source: SC }
      : {
          stage: 'wakeup',
          what: other ? 'wake the reader on its idle CPU' : 'switch to the sleeping reader on this CPU',
          p50: other ? WAKE_LATENCY_NS : WAKE_CPU_NS,
          source: SC,
        },
    { stage: 'syscall', what: 'recvmsg(): system call and per-message work', p50: RECV_SYSCALL_NS + RECV_PER_MSG_NS, source: SC },
    { stage: 'copy', what: 'copy_to_user of the payload', p50: 0, perByte: COPY_NS_PER_BYTE, bytes: 'payload', source: SC },
  ];
}

const KERNEL_DROPS = [
  { counter: 'rx_missed_errors', meaning: 'the NIC found the RX ring full: softirq did not keep up (mlx5 calls it rx_out_of_buffer)' },
  { counter: 'UdpRcvbufErrors', meaning: 'the socket buffer was full: the reader did not keep up (also counted in UdpInErrors)' },
] as const;

function kernelSpec(id: string, label: string, summary: string, v: ReceivePathValues, softirqShareCap: number, notes: string[]): StackSpec {
  return {
    id,
    label,
    summary,
    family: 'kernel',
    receive: v.busy_poll_us > 0 ? 'poll' : 'interrupt',
    zeroCopy: false,
    api: v.recv_batch > 1 ? 'BSD sockets, recvmmsg()' : 'BSD sockets, recvmsg()',
    batch: v.recv_batch,
    spins: v.busy_poll_us > 0,
    costs: [...softirqCosts(v), ...readerCosts(v)],
    latency: latency(v),
    drops: KERNEL_DROPS,
    received: 'UdpInDatagrams',
    notes,
    kernel: { readerOwnCpu: v.app_cpu === APP_CPU.other, busyPollNs: v.busy_poll_us * 1000, softirqShareCap },
  };
}

export const KERNEL_STOCK = kernelSpec(
  'kernel',
  'Linux kernel (stock)',
  'NAPI, softirq, the UDP socket and recvmsg(), with every Linux default; softirq and the reader share one CPU per queue.',
  STOCK,
  STOCK_SOFTIRQ_SHARE,
  ['The same path as the receive-path simulation with its defaults; its figures are that model’s.'],
);

export const KERNEL_TUNED = kernelSpec(
  'kernel-tuned',
  'Linux kernel (tuned)',
  'The tuned preset of chapter 4: the reader on its own CPU, a 4096-entry ring, netdev_budget 600, GRO off, busy_read 50 µs.',
  TUNED,
  1,
  ['Uses two CPUs per queue: softirq on the interrupt’s CPU, the reader (busy polling) on another.'],
);
