/**
 * Where each stack runs: the ordered steps one received packet takes from the
 * wire to the application, each placed on the NIC (hardware), in the kernel
 * or in user space, with what happens there and whether the step is a copy,
 * an interrupt or a system call. This is the picture behind the costs in
 * stacks.ts: paths.test.ts checks that every path agrees with the stack it
 * draws (as many copy steps as copyLoad() counts, an interrupt step exactly
 * when the stack is interrupt-driven, every stage of its latency budget on
 * some step, a system call and a wake-up exactly where the budget has one).
 *
 * One packet arriving alone, as in the light-load latency budget: the stock
 * kernel's reader is asleep in recvmsg(), netmap's in poll(), while the
 * polling stacks already spin.
 *
 * Sources ([ids] of content/references.ts):
 * - kernel: [kernel-napi] NAPI (interrupt, then polling with a weight of 64),
 *   [packagecloud2016] the receive path from the driver to the socket,
 *   [kernel-sysctl-net] busy_read (the tuned kernel's reader polls the queue
 *   from its own system call), [linux-udp-c] UDP enqueue and recvmsg.
 * - PF_RING: [ntop-pfring-zc-guide] the module on top of NAPI copying into a
 *   ring the application maps; ZC drivers read from user space in zero copy.
 * - netmap: [rizzo2012-atc], [man-netmap4] rings and preallocated buffers
 *   shared with the process, poll()/NIOCRXSYNC running rxsync in the kernel.
 * - DPDK, TLDK: [dpdk-pmd] poll-mode drivers read descriptors without
 *   interrupts; [dpdk-sys-reqs] mbuf pools in hugepages; [dpdk-linux-drivers]
 *   vfio-pci; [fdio-tldk] UDP/TCP libraries on DPDK with their own API.
 * - AF_XDP and XDP: [kernel-af-xdp] (Documentation/networking/af_xdp.rst)
 *   UMEM, fill and RX rings, XSKMAP redirect, copy and zero-copy modes;
 *   [xdp2018] the XDP program in the driver before any sk_buff exists.
 * - Onload, ef_vi: [amd-ug1586] Onload intercepts the socket calls of an
 *   unmodified application (`onload ./app`, by LD_PRELOAD) and runs its stack
 *   in the process on ef_vi, which polls an event queue.
 * - VMA: [nvidia-vma-docs] LD_PRELOAD=libvma.so, user-space TCP/UDP over verbs.
 */
import { STACK_IDS, type StackId } from './stacks';
import type { LatencyStage } from './types';

/** Where a step runs, from the wire up. */
export const LAYERS = ['nic', 'kernel', 'user'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<Layer, string> = { nic: 'NIC (hardware)', kernel: 'Kernel', user: 'User space' };

export type StepKind =
  | 'arrive' // the frame reaches the NIC
  | 'dma' // the NIC writes it into host memory
  | 'interrupt' // the NIC tells a CPU
  | 'napi' // softirq polls the driver
  | 'skb' // an sk_buff is built
  | 'xdp' // an XDP program decides
  | 'hook' // a kernel module takes the packet aside (PF_RING)
  | 'protocol' // IP, UDP, socket lookup
  | 'wakeup' // a sleeping reader is switched in
  | 'syscall' // a system call returns
  | 'copy' // the CPU copies the bytes
  | 'ring' // a descriptor is handed over on a shared ring
  | 'poll' // a spinning loop finds the packet
  | 'driver' // a driver reads the descriptor (in user space, or netmap's rxsync)
  | 'intercept' // a library answers a socket call instead of the kernel (LD_PRELOAD)
  | 'app'; // the application has the packet

export type PathStep = {
  layer: Layer;
  kind: StepKind;
  /** A few words for the diagram. */
  label: string;
  /** What happens, in a sentence or two. */
  what: string;
  /** The CPU copies the packet's bytes (DMA by the NIC is not a copy). */
  copy?: true;
  /** A hardware interrupt. */
  interrupt?: true;
  /** A system call: the step runs inside one, entered or returning. */
  syscall?: true;
  /** The stage of the stack's light-load latency budget (stacks.ts) this step is part of. */
  latency?: LatencyStage;
};

export type DataPath = { stack: StackId; steps: readonly [PathStep, ...PathStep[]] };

// ── Steps shared by several paths ──

const arrive: PathStep = {
  layer: 'nic',
  kind: 'arrive',
  label: 'Frame arrives',
  what: 'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
  latency: 'wire',
};
const dmaInto = (where: string): PathStep => ({
  layer: 'nic',
  kind: 'dma',
  label: 'DMA to memory',
  what: `The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into ${where}, then marks the descriptor done. No CPU is involved.`,
  latency: 'dma',
});
const irq: PathStep = {
  layer: 'kernel',
  kind: 'interrupt',
  label: 'Interrupt',
  what: 'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
  interrupt: true,
  latency: 'notify',
};
const napi: PathStep = {
  layer: 'kernel',
  kind: 'napi',
  label: 'NAPI poll',
  what: 'In softirq, net_rx_action calls the driver’s poll function, which takes up to 64 packets (the NAPI weight) off the ring.',
  latency: 'softirq',
};
const app = (what: string): PathStep => ({ layer: 'user', kind: 'app', label: 'Application', what });
const spin = (label: string, what: string): PathStep => ({ layer: 'user', kind: 'poll', label, what, latency: 'notify' });

// ── The kernel ──

const KERNEL: DataPath = {
  stack: 'kernel',
  steps: [
    arrive,
    dmaInto('a buffer the driver posted on the ring'),
    irq,
    napi,
    { layer: 'kernel', kind: 'skb', label: 'sk_buff', what: 'The driver allocates an sk_buff around the buffer and refills the ring slot with a fresh buffer.', latency: 'softirq' },
    { layer: 'kernel', kind: 'protocol', label: 'GRO, IP, UDP', what: 'GRO, then IP with its route lookup, then UDP: find the socket, charge its memory, queue the sk_buff on it.', latency: 'protocol' },
    { layer: 'kernel', kind: 'wakeup', label: 'Wake reader', what: 'The reader is asleep in recvmsg(). The scheduler wakes it and switches it in.', latency: 'wakeup' },
    { layer: 'kernel', kind: 'syscall', label: 'recvmsg()', what: 'Back in its recvmsg() system call, the reader dequeues the datagram, uncharges its memory and will free the sk_buff.', syscall: true, latency: 'syscall' },
    { layer: 'kernel', kind: 'copy', label: 'copy_to_user', what: 'copy_to_user() copies the payload from the sk_buff into the application’s buffer: the path’s one copy.', copy: true, latency: 'copy' },
    app('recvmsg() returns to user space with the datagram in the application’s own buffer.'),
  ],
};

const KERNEL_TUNED: DataPath = {
  stack: 'kernel-tuned',
  steps: [
    arrive,
    dmaInto('a buffer the driver posted on the ring'),
    {
      layer: 'kernel',
      kind: 'poll',
      label: 'Busy poll',
      what: 'The reader is already inside recvmsg(), spinning (busy_read 50 µs): it calls the driver’s poll function itself, so no interrupt is needed.',
      syscall: true,
      latency: 'notify',
    },
    { layer: 'kernel', kind: 'skb', label: 'sk_buff', what: 'The driver builds the sk_buff and refills the ring, on the reader’s own CPU and inside its system call.', latency: 'softirq' },
    { layer: 'kernel', kind: 'protocol', label: 'IP, UDP', what: 'IP and UDP (GRO is off in the tuned preset) queue the sk_buff on the socket.', latency: 'protocol' },
    { layer: 'kernel', kind: 'syscall', label: 'Dequeue', what: 'Still in the same system call: dequeue the datagram, uncharge its memory. No wake-up: the reader never slept.', latency: 'syscall' },
    { layer: 'kernel', kind: 'copy', label: 'copy_to_user', what: 'copy_to_user() copies the payload into the application’s buffer: still one copy.', copy: true, latency: 'copy' },
    app('recvmsg() returns with the datagram.'),
  ],
};

// ── Raw-frame bypass ──

const PF_RING: DataPath = {
  stack: 'pf_ring',
  steps: [
    arrive,
    dmaInto('a buffer the standard driver posted'),
    irq,
    { ...napi, label: 'NAPI, sk_buff', what: 'NAPI receives as usual: the standard driver polls the ring and builds an sk_buff.' },
    { layer: 'kernel', kind: 'hook', label: 'PF_RING hook', what: 'PF_RING’s kernel module takes the packet at its hook, parses the headers and reserves a slot in its ring.', latency: 'softirq' },
    { layer: 'kernel', kind: 'copy', label: 'Copy to ring', what: 'The kernel copies the whole frame into the slot of PF_RING’s ring, which the application has mapped, and frees the sk_buff.', copy: true, latency: 'softirq' },
    { layer: 'kernel', kind: 'wakeup', label: 'Wake reader', what: 'The application sleeps in poll() on the ring; it is woken and switched in.', latency: 'wakeup' },
    { layer: 'kernel', kind: 'syscall', label: 'poll()', what: 'poll() returns: the ring has a packet.', syscall: true, latency: 'syscall' },
    app('pfring_recv() reads the slot straight from the mapped ring and advances the read index: no further system call, no further copy.'),
  ],
};

const PF_RING_ZC: DataPath = {
  stack: 'pf_ring_zc',
  steps: [
    arrive,
    dmaInto('a buffer of the ZC pool (hugepages) that the application owns'),
    spin('Poll loop', 'The application’s thread spins in pfring_zc_recv_pkt() on the ring and sees the descriptor on its next turn.'),
    { layer: 'user', kind: 'driver', label: 'ZC driver', what: 'ntop’s ZC driver, running in the application, reads the descriptor and swaps the full buffer for a free one from the pool.', latency: 'driver' },
    app('The application reads the frame where the NIC wrote it. The kernel never saw it.'),
  ],
};

const NETMAP: DataPath = {
  stack: 'netmap',
  steps: [
    arrive,
    dmaInto('one of netmap’s preallocated buffers, shared with the process'),
    { ...irq, what: 'After interrupt moderation the NIC raises an interrupt. In netmap mode the driver skips NAPI’s stack processing and only wakes the netmap file descriptor.' },
    { layer: 'kernel', kind: 'wakeup', label: 'Wake app', what: 'The application sleeps in poll() on /dev/netmap; it is woken and switched in.', latency: 'wakeup' },
    { layer: 'kernel', kind: 'driver', label: 'rxsync', what: 'Inside poll(), the kernel runs rxsync: it reads the NIC’s descriptors into the ring’s slots, advances the indices and refills with the buffers the application gave back.', latency: 'driver' },
    { layer: 'kernel', kind: 'syscall', label: 'poll() returns', what: 'poll() returns: one system call for a whole batch of slots.', syscall: true, latency: 'syscall' },
    app('The application reads the frames in place in the ring’s slots, mapped into its memory: no copy.'),
  ],
};

const DPDK: DataPath = {
  stack: 'dpdk',
  steps: [
    arrive,
    dmaInto('an mbuf from a mempool in hugepages, mapped for the device by VFIO and the IOMMU'),
    spin('rte_eth_rx_burst()', 'The application’s core spins calling rte_eth_rx_burst(); the next call finds the descriptor done.'),
    { layer: 'user', kind: 'driver', label: 'Poll-mode driver', what: 'The poll-mode driver, a library in the application, reads the descriptor, fills in the mbuf and refills the slot from the per-core mempool cache: up to 32 packets per call.', latency: 'driver' },
    app('The application holds a pointer to the mbuf the NIC wrote into. No interrupt, no system call, no copy.'),
  ],
};

const AF_XDP: DataPath = {
  stack: 'af_xdp',
  steps: [
    arrive,
    dmaInto('a page of the driver’s own ring, not yet the socket’s memory'),
    irq,
    napi,
    { layer: 'kernel', kind: 'xdp', label: 'XDP redirect', what: 'The XDP program runs on the raw frame, before any sk_buff, and returns XDP_REDIRECT into the XSKMAP entry of this queue’s AF_XDP socket.', latency: 'softirq' },
    { layer: 'kernel', kind: 'copy', label: 'Copy to UMEM', what: 'Copy mode: the kernel takes a frame address from the fill ring and copies the packet into that UMEM frame. The driver’s page goes back to its ring.', copy: true, latency: 'copy' },
    { layer: 'kernel', kind: 'ring', label: 'RX ring', what: 'A descriptor, the frame’s address and length, goes on the socket’s RX ring.', latency: 'softirq' },
    app('The application, polling the RX ring in shared memory, reads the descriptor and the frame without a system call, then returns the frame on the fill ring.'),
  ],
};

const AF_XDP_ZC: DataPath = {
  stack: 'af_xdp_zc',
  steps: [
    arrive,
    dmaInto('a UMEM frame: the driver posted the fill ring’s frames as its RX buffers, so the bytes land in the application’s memory'),
    irq,
    napi,
    { layer: 'kernel', kind: 'xdp', label: 'XDP redirect', what: 'The XDP program returns XDP_REDIRECT into the XSKMAP. The frame is already in the UMEM, so nothing is copied.', latency: 'softirq' },
    { layer: 'kernel', kind: 'ring', label: 'RX ring', what: 'The driver posts a descriptor, the frame’s address and length, on the socket’s RX ring.', latency: 'softirq' },
    app('The application reads the descriptor and the frame in its UMEM without a system call, then returns the frame address on the fill ring.'),
  ],
};

const XDP_DROP: DataPath = {
  stack: 'xdp_drop',
  steps: [
    arrive,
    dmaInto('a page of the driver’s ring'),
    irq,
    napi,
    {
      layer: 'kernel',
      kind: 'app',
      label: 'XDP_DROP',
      what: 'The XDP program is the application here. It returns XDP_DROP and the page goes straight back to the ring: no sk_buff was ever made, and nothing reaches user space.',
      latency: 'softirq',
    },
  ],
};

const EF_VI: DataPath = {
  stack: 'ef_vi',
  steps: [
    arrive,
    dmaInto('a packet buffer the application itself posted on its virtual interface’s RX ring'),
    spin('Poll event queue', 'The application spins in ef_eventq_poll() on its event queue, mapped into its memory.'),
    { layer: 'user', kind: 'driver', label: 'RX event', what: 'The event names the buffer and the length; the application posts refilled descriptors, 16 at a time.', latency: 'driver' },
    app('The application has the raw frame where the adapter wrote it. Any protocol is its own job.'),
  ],
};

// ── Protocol stacks in user space ──

const intercepted = (library: string): PathStep => ({
  layer: 'user',
  kind: 'intercept',
  label: 'recv() intercepted',
  what: `The application called recv() as usual, but ${library} by LD_PRELOAD, so the call never reached the kernel: no system call.`,
  latency: 'syscall',
});
const userUdp = (stack: string): PathStep => ({ layer: 'user', kind: 'protocol', label: 'IP, UDP', what: `${stack}, in the process, does IP and UDP: checks the headers, finds the socket, queues the buffer on it.`, latency: 'protocol' });
const socketCopy: PathStep = {
  layer: 'user',
  kind: 'copy',
  label: 'Copy payload',
  what: 'The socket API gives the caller the data in its own buffer, so the library copies the payload across: one copy, in user space.',
  copy: true,
  latency: 'copy',
};

const ONLOAD: DataPath = {
  stack: 'onload',
  steps: [
    arrive,
    dmaInto('a packet buffer that Onload’s stack, in the process, posted on its ef_vi RX ring'),
    intercepted('`onload ./app` put Onload’s library in front of libc’s'),
    spin('Poll event queue', 'Instead of sleeping, Onload’s recv() spins on the adapter’s event queue (EF_POLL_USEC) and sees the RX event.'),
    { layer: 'user', kind: 'driver', label: 'ef_vi RX', what: 'ef_vi, under Onload, reads the RX event and refills the ring.', latency: 'driver' },
    userUdp('Onload’s stack'),
    socketCopy,
    app('recv() returns, as it would from the kernel, with the datagram in the caller’s buffer.'),
  ],
};

const VMA: DataPath = {
  stack: 'vma',
  steps: [
    arrive,
    dmaInto('a receive buffer that VMA posted on its verbs receive queue'),
    intercepted('LD_PRELOAD=libvma.so put VMA’s library in front of libc’s'),
    spin('Poll completions', 'VMA’s recv() polls the completion queue instead of sleeping, and finds the completion.'),
    { layer: 'user', kind: 'driver', label: 'Verbs completion', what: 'VMA reads the completion over verbs and reposts a receive buffer.', latency: 'driver' },
    userUdp('VMA'),
    socketCopy,
    app('recv() returns with the datagram in the caller’s buffer.'),
  ],
};

const TLDK: DataPath = {
  stack: 'tldk',
  steps: [
    arrive,
    dmaInto('an mbuf from a mempool in hugepages (DPDK underneath)'),
    spin('rte_eth_rx_burst()', 'The application’s I/O loop spins calling rte_eth_rx_burst().'),
    { layer: 'user', kind: 'driver', label: 'Poll-mode driver', what: 'DPDK’s poll-mode driver reads the descriptor and fills in the mbuf.', latency: 'driver' },
    {
      layer: 'user',
      kind: 'protocol',
      label: 'TLDK UDP',
      what: 'TLDK does UDP and finds the stream; tle_udp_stream_recv() hands the application the mbufs themselves. Its API is not BSD sockets, so nothing forces a copy.',
      latency: 'protocol',
    },
    app('The application reads the datagram in the mbuf the NIC wrote into.'),
  ],
};

export const DATA_PATHS = [KERNEL, KERNEL_TUNED, PF_RING, PF_RING_ZC, NETMAP, DPDK, AF_XDP, AF_XDP_ZC, XDP_DROP, ONLOAD, VMA, TLDK, EF_VI] as const satisfies readonly DataPath[];

/** The path of a stack, by id. Every stack has one (paths.test.ts). */
export function dataPath(id: StackId | string): DataPath {
  const path = DATA_PATHS.find((p) => p.stack === id);
  if (!path) throw new RangeError(`No data path for “${id}”; stacks: ${STACK_IDS.join(', ')}.`);
  return path;
}

export type PathCounts = { steps: number; copies: number; interrupts: number; syscalls: number } & Record<Layer, number>;

/** How many steps a path has, how many are copies, interrupts and system calls, and how many run in each layer. */
export function pathCounts(path: DataPath): PathCounts {
  const out: PathCounts = { steps: path.steps.length, copies: 0, interrupts: 0, syscalls: 0, nic: 0, kernel: 0, user: 0 };
  for (const s of path.steps) {
    if (s.copy) out.copies += 1;
    if (s.interrupt) out.interrupts += 1;
    if (s.syscall) out.syscalls += 1;
    out[s.layer] += 1;
  }
  return out;
}
