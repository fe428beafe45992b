/**
 * Machines that lose packets in exactly one place, for chapter 3's exercise
 * ("which counter moved?") and its tests. Each names the receive-path
 * parameters that provoke the loss and the counter that records it.
 */
import type { DropCounter } from './drop-log';
import { APP_CPU, PATTERN, type ReceivePathValues } from './params';

export type DropScenario = {
  id: string;
  /** What the reader is told about the machine. */
  setup: string;
  params: Partial<ReceivePathValues>;
  answer: DropCounter;
  /** Why, in one sentence, after the recorded causal chain. */
  lesson: string;
};

export const DROP_SCENARIOS: readonly DropScenario[] = [
  {
    id: 'small-ring',
    setup:
      'Bursts of 2,048 back-to-back minimum-size frames at 10 GbE, 3 % average load, a 256-descriptor RX ring, the application on its own CPU with a 4 MB socket buffer.',
    params: { load_pct: 3, pattern: PATTERN.bursty, burst_frames: 2048, ring_size: 256, app_cpu: APP_CPU.other, rmem_default: 4_194_304 },
    answer: 'rx_missed_errors',
    lesson:
      'A burst arrives faster than softirq drains the ring; the NIC drops what has no descriptor, before the kernel spends a cycle on it. ethtool -G rx 4096 absorbs these bursts.',
  },
  {
    id: 'small-backlog',
    setup:
      'Bursts of 512 minimum-size frames at 10 GbE, 1 % average load; RPS moves protocol work from the interrupt CPU to the application’s CPU, whose backlog holds only 64 packets (netdev_max_backlog = 64).',
    params: {
      load_pct: 1,
      pattern: PATTERN.bursty,
      burst_frames: 512,
      rps: true,
      app_cpu: APP_CPU.other,
      netdev_max_backlog: 64,
      rmem_default: 4_194_304,
      ring_size: 4096,
    },
    answer: 'softnet_stat.dropped',
    lesson:
      'The interrupt CPU hands packets over faster than the other CPU works through its backlog; enqueue_to_backlog drops the overflow. Raise net.core.netdev_max_backlog, or give the backlog CPU less else to do.',
  },
  {
    id: 'slow-app',
    setup: 'An application that spends 5 µs on every datagram, on its own CPU, at 2 % of 10 GbE, with the default 212,992-byte socket buffer.',
    params: { load_pct: 2, app_ns_per_packet: 5_000, app_cpu: APP_CPU.other, ring_size: 4096 },
    answer: 'UdpRcvbufErrors',
    lesson:
      'The kernel delivers faster than the application reads; once the socket’s charged memory passes rmem_default, UDP drops and counts RcvbufErrors (and InErrors). A bigger SO_RCVBUF only buys time; the reader must get faster.',
  },
];
