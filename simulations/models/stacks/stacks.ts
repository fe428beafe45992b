/**
 * The thirteen stacks, in the order the `stack` parameter offers them. Costs
 * are in bypass.ts (bypass paths) and kernel.ts (kernel paths).
 */
import * as B from './bypass';
import { KERNEL_STOCK, KERNEL_TUNED } from './kernel';
import type { Cost, StackSpec } from './types';

const { dma, sfcDma, pollLoop, interrupt, step } = B;
const lat = (costs: readonly Cost[], what: string, source: string) => step('driver', what, costs, source);

const PF_RING: StackSpec = {
  id: 'pf_ring',
  label: 'PF_RING',
  summary: 'A kernel module: NAPI receives as usual and copies each frame into a ring the application maps and reads.',
  family: 'packet',
  receive: 'interrupt',
  zeroCopy: false,
  api: 'pfring_recv()',
  batch: 1,
  spins: false,
  costs: B.PF_RING,
  latency: [
    dma,
    interrupt(false),
    step(
      'softirq',
      'NAPI driver, PF_RING hook and copy into the ring',
      B.PF_RING.filter((c) => c.where === 'kernel'),
      'bypass.ts',
    ),
    { stage: 'wakeup', what: 'switch to the reader sleeping in poll() on this CPU', p50: B.WAKE_CPU_NS, source: 'receive-path/stage-costs.ts' },
    { stage: 'syscall', what: 'poll() returns', p50: B.RECV_SYSCALL_NS, source: 'receive-path/stage-costs.ts' },
  ],
  drops: [{ counter: 'pfring_stat.drop', meaning: 'PF_RING’s ring was full: the application did not keep up (pfring_stats())' }],
  received: 'pfring_stat.recv',
  notes: [
    '“Two pollers, both the application and NAPI” (ntop): the kernel still receives the packet and copies it.',
    'The copy into the ring grows with the frame.',
  ],
};

const PF_RING_ZC: StackSpec = {
  id: 'pf_ring_zc',
  label: 'PF_RING ZC',
  summary: 'ntop’s zero-copy drivers: opened with the zc: prefix, the NIC’s rings are read from user space and the kernel no longer sees the interface.',
  family: 'packet',
  receive: 'poll',
  zeroCopy: true,
  api: 'pfring_zc_recv_pkt()',
  batch: 32,
  spins: true,
  costs: B.PF_RING_ZC,
  latency: [dma, pollLoop, lat(B.PF_RING_ZC, 'ZC driver: descriptor and buffer swap', 'bypass.ts')],
  drops: [{ counter: 'pfring_zc_stat.drop', meaning: 'the NIC ring was full: the application did not keep up (pfring_zc_stats())' }],
  received: 'pfring_zc_stat.recv',
  notes: [
    '“0% CPU utilisation for copying packets to the host (i.e. the NAPI polling mechanism is not used)” (ntop).',
    'Needs a licence and ZC-aware drivers.',
  ],
};

const NETMAP: StackSpec = {
  id: 'netmap',
  label: 'netmap',
  summary: 'The NIC’s rings and preallocated buffers mapped into the application; one system call synchronises a whole ring.',
  family: 'packet',
  receive: 'interrupt',
  zeroCopy: true,
  api: 'poll() + NIOCRXSYNC on netmap rings',
  batch: 256,
  spins: false,
  costs: B.NETMAP,
  latency: [
    dma,
    interrupt(false),
    { stage: 'wakeup', what: 'switch to the application sleeping in poll() on this CPU', p50: B.WAKE_CPU_NS, source: 'receive-path/stage-costs.ts' },
    { stage: 'syscall', what: 'poll() returns after rxsync', p50: B.RECV_SYSCALL_NS, source: 'receive-path/stage-costs.ts' },
    lat(
      B.NETMAP.filter((c) => c.stage === 'driver'),
      'rxsync fills the slot',
      'bypass.ts',
    ),
  ],
  drops: [
    {
      counter: 'rx_missed_errors',
      meaning: 'the application had not released ring slots, so the NIC had no descriptor and dropped (Intel 82599: rx_missed_errors)',
    },
  ],
  received: 'rx_packets',
  notes: [
    'Three costs removed: per-packet allocation, per-packet system calls, copies (Rizzo 2012).',
    'Busy-polling with ioctl(NIOCRXSYNC) instead of poll() trades a core for the interrupt latency.',
  ],
};

const DPDK: StackSpec = {
  id: 'dpdk',
  label: 'DPDK',
  summary: 'A poll-mode driver in user space owns the NIC (bound to vfio-pci): bursts of 32, no interrupts, no copies, buffers in hugepages.',
  family: 'packet',
  receive: 'poll',
  zeroCopy: true,
  api: 'rte_eth_rx_burst()',
  batch: 32,
  spins: true,
  costs: B.PMD,
  latency: [dma, pollLoop, lat(B.PMD, 'poll-mode driver takes the packet', 'bypass.ts')],
  drops: [{ counter: 'rte_eth_stats.imissed', meaning: 'RX packets dropped by the hardware because no buffer was available (the RX queue was full)' }],
  received: 'rte_eth_stats.ipackets',
  notes: ['The core spins at 100 % whatever the load (XDP paper).', 'The kernel no longer sees the interface; IOMMU (vfio) keeps the device’s DMA confined.'],
};

const AF_XDP: StackSpec = {
  id: 'af_xdp',
  label: 'AF_XDP (copy mode)',
  summary: 'An XDP program redirects frames to an AF_XDP socket; without driver support for zero copy the kernel copies each into the socket’s UMEM.',
  family: 'packet',
  receive: 'interrupt',
  zeroCopy: false,
  api: 'AF_XDP socket rings (xsk_ring_cons__peek)',
  batch: 64,
  spins: true,
  costs: B.AF_XDP_COPY,
  latency: [
    dma,
    interrupt(true),
    step(
      'softirq',
      'driver, XDP program, redirect',
      B.AF_XDP_COPY.filter((c) => c.where === 'kernel' && c.stage !== 'copy'),
      'bypass.ts',
    ),
    {
      stage: 'copy',
      what: 'memcpy into the UMEM frame',
      p50: 0,
      perByte: B.AF_XDP_COPY.find((c) => c.stage === 'copy')!.perByte,
      bytes: 'frame',
      source: 'receive-path/stage-costs.ts',
    },
  ],
  drops: [{ counter: 'xdp_statistics.rx_ring_full', meaning: 'the socket’s RX ring was full: user space did not keep up (getsockopt XDP_STATISTICS)' }],
  received: 'rx_packets',
  notes: ['The kernel keeps the NIC: other traffic still reaches the normal stack (XDP_PASS).'],
};

const AF_XDP_ZC: StackSpec = {
  ...AF_XDP,
  id: 'af_xdp_zc',
  label: 'AF_XDP (zero copy)',
  summary: 'As AF_XDP, with a driver that DMAs straight into the socket’s UMEM: no copy, no allocation.',
  zeroCopy: true,
  costs: B.AF_XDP_ZC,
  latency: [
    dma,
    interrupt(true),
    step(
      'softirq',
      'driver and XDP redirect',
      B.AF_XDP_ZC.filter((c) => c.where === 'kernel'),
      'bypass.ts',
    ),
  ],
  notes: [
    'Needs driver support (XDP_ZEROCOPY bind flag); falls back to copy mode otherwise.',
    'The kernel keeps the NIC: other traffic still reaches the normal stack (XDP_PASS).',
  ],
};

const XDP_DROP: StackSpec = {
  id: 'xdp_drop',
  label: 'XDP (XDP_DROP)',
  summary: 'An XDP program in the driver drops each frame before any sk_buff exists: the fastest thing the kernel can do with a packet.',
  family: 'packet',
  receive: 'interrupt',
  zeroCopy: true,
  api: 'XDP program in the driver',
  batch: 64,
  spins: false,
  costs: B.XDP,
  latency: [dma, interrupt(false), step('softirq', 'driver and XDP program in NAPI', B.XDP, 'bypass.ts')],
  drops: [{ counter: 'rx_missed_errors', meaning: 'the RX ring filled: NAPI did not keep up (mlx5 rx_out_of_buffer)' }],
  received: 'rx_xdp_drop',
  notes: [
    '“Delivered” here means handled: the program drops every packet on purpose (mlx5 counts them in rx_xdp_drop).',
    'Other verdicts: XDP_PASS adds 13.3 ns on the way to the stack; XDP_REDIRECT out of another port takes 115.6 ns per packet (XDP paper).',
    'CPU use scales with load: no core spins (XDP paper).',
  ],
};

const socketStack = (
  id: string,
  label: string,
  summary: string,
  base: readonly Cost[],
  dmaItem: typeof dma,
  drop: StackSpec['drops'],
  notes: string[],
  api: string,
): StackSpec => ({
  id,
  label,
  summary,
  family: 'socket',
  receive: 'poll',
  zeroCopy: false,
  api,
  batch: base.find((c) => c.stage === 'sync')?.batch ?? 1,
  spins: true,
  costs: [...base, B.userUdp, B.socketCall, B.socketCopy, B.app],
  latency: [
    dmaItem,
    pollLoop,
    lat(base, 'poll the NIC’s queue, take the packet', 'bypass.ts'),
    step('protocol', 'IP and UDP in user space', [B.userUdp], 'estimates.ts'),
    step('syscall', 'recv() answered by the library: no system call', [B.socketCall], 'estimates.ts'),
    {
      stage: 'copy',
      what: 'copy of the payload into the caller’s buffer',
      p50: 0,
      perByte: B.socketCopy.perByte,
      bytes: 'payload',
      source: 'receive-path/stage-costs.ts',
    },
  ],
  drops: drop,
  received: 'rx_packets',
  notes,
});

const ONLOAD = socketStack(
  'onload',
  'OpenOnload',
  'User-space TCP/UDP behind the BSD socket API (onload ./app, by LD_PRELOAD) on ef_vi: no system call, no interrupt while it spins.',
  B.EF_VI,
  sfcDma,
  [{ counter: 'rx_nodesc_drop_cnt', meaning: 'the adapter had no RX descriptor: the stack did not refill its ring in time (sfc, ethtool -S)' }],
  [
    'Calls and sockets Onload does not accelerate go to the kernel as before.',
    'Spins only when told to (EF_POLL_USEC, latency profiles); otherwise it blocks and interrupts wake it.',
    'Needs an AMD (Solarflare) adapter.',
  ],
  'BSD sockets (intercepted)',
);

const VMA = socketStack(
  'vma',
  'VMA',
  'NVIDIA’s user-space socket library (LD_PRELOAD=libvma.so) over verbs on ConnectX NICs: TCP and UDP without the kernel.',
  B.VERBS,
  dma,
  [{ counter: 'rx_out_of_buffer', meaning: 'the receive queue had no buffer: the stack did not keep up (mlx5, ethtool -S)' }],
  ['Traffic VMA does not offload stays on the kernel path.', 'Needs a Mellanox/NVIDIA adapter.'],
  'BSD sockets (intercepted)',
);

const tldkRecv: Cost = { ...B.socketCall, what: 'tle_udp_stream_recv(): the mbufs of a burst to the application', batch: 32 };
const TLDK: StackSpec = {
  id: 'tldk',
  label: 'TLDK',
  summary: 'FD.io’s UDP and TCP libraries on DPDK: bursts of mbufs in and out, no BSD socket API, no copies.',
  family: 'l4',
  receive: 'poll',
  zeroCopy: true,
  api: 'tle_udp_stream_recv() (not BSD sockets)',
  batch: 32,
  spins: true,
  costs: [...B.PMD, B.userUdp, tldkRecv, B.app],
  latency: [
    dma,
    pollLoop,
    lat(B.PMD, 'poll-mode driver takes the packet', 'bypass.ts'),
    step('protocol', 'UDP in TLDK, stream lookup, hand-over', [B.userUdp, tldkRecv], 'estimates.ts'),
  ],
  drops: [{ counter: 'rte_eth_stats.imissed', meaning: 'RX packets dropped by the hardware because no buffer was available' }],
  received: 'rte_eth_stats.ipackets',
  notes: ['Not a complete stack: ARP, IP routing and the I/O loop are the application’s (FD.io TLDK README).'],
};

const EF_VI: StackSpec = {
  id: 'ef_vi',
  label: 'ef_vi',
  summary: 'Solarflare’s raw virtual interface: the application polls an event queue and posts its own RX descriptors.',
  family: 'packet',
  receive: 'poll',
  zeroCopy: true,
  api: 'ef_eventq_poll()',
  batch: 16,
  spins: true,
  costs: B.EF_VI,
  latency: [sfcDma, pollLoop, lat(B.EF_VI, 'read the RX event', 'bypass.ts')],
  drops: [{ counter: 'rx_nodesc_drop_cnt', meaning: 'the adapter had no RX descriptor: the application did not refill in time (sfc, ethtool -S)' }],
  received: 'rx_packets',
  notes: ['Raw frames only: any protocol is the application’s.', 'Needs an AMD (Solarflare) adapter.'],
};

export const STACKS = [
  KERNEL_STOCK,
  KERNEL_TUNED,
  PF_RING,
  PF_RING_ZC,
  NETMAP,
  DPDK,
  AF_XDP,
  AF_XDP_ZC,
  XDP_DROP,
  ONLOAD,
  VMA,
  TLDK,
  EF_VI,
] as const satisfies readonly StackSpec[];

export const STACK_IDS = [
  'kernel',
  'kernel-tuned',
  'pf_ring',
  'pf_ring_zc',
  'netmap',
  'dpdk',
  'af_xdp',
  'af_xdp_zc',
  'xdp_drop',
  'onload',
  'vma',
  'tldk',
  'ef_vi',
] as const;
export type StackId = (typeof STACK_IDS)[number];

export function stackById(id: string): StackSpec | undefined {
  return STACKS.find((s) => s.id === id);
}
