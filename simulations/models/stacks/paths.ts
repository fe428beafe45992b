/**
 * Where each stack runs: the ordered steps one received packet takes from the
 * wire to the application, each placed on the NIC (hardware), in the kernel
 * or in user space, and whether the step is a copy, an interrupt or a system
 * call. What happens at each step, in words, is in path-notes.ts (kept apart
 * so the catalog, which every page loads, carries only this structure). This is the picture behind the costs in
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
  latency: 'wire',
};
const dma: PathStep = {
  layer: 'nic',
  kind: 'dma',
  label: 'DMA to memory',
  latency: 'dma',
};
const irq: PathStep = {
  layer: 'kernel',
  kind: 'interrupt',
  label: 'Interrupt',
  interrupt: true,
  latency: 'notify',
};
const napi: PathStep = {
  layer: 'kernel',
  kind: 'napi',
  label: 'NAPI poll',
  latency: 'softirq',
};
const app: PathStep = { layer: 'user', kind: 'app', label: 'Application' };
const spin = (label: string): PathStep => ({ layer: 'user', kind: 'poll', label, latency: 'notify' });

// ── The kernel ──

const KERNEL: DataPath = {
  stack: 'kernel',
  steps: [
    arrive,
    dma,
    irq,
    napi,
    { layer: 'kernel', kind: 'skb', label: 'sk_buff', latency: 'softirq' },
    { layer: 'kernel', kind: 'protocol', label: 'GRO, IP, UDP', latency: 'protocol' },
    { layer: 'kernel', kind: 'wakeup', label: 'Wake reader', latency: 'wakeup' },
    { layer: 'kernel', kind: 'syscall', label: 'recvmsg()', syscall: true, latency: 'syscall' },
    { layer: 'kernel', kind: 'copy', label: 'copy_to_user', copy: true, latency: 'copy' },
    app,
  ],
};

const KERNEL_TUNED: DataPath = {
  stack: 'kernel-tuned',
  steps: [
    arrive,
    dma,
    {
      layer: 'kernel',
      kind: 'poll',
      label: 'Busy poll',
      syscall: true,
      latency: 'notify',
    },
    { layer: 'kernel', kind: 'skb', label: 'sk_buff', latency: 'softirq' },
    { layer: 'kernel', kind: 'protocol', label: 'IP, UDP', latency: 'protocol' },
    { layer: 'kernel', kind: 'syscall', label: 'Dequeue', latency: 'syscall' },
    { layer: 'kernel', kind: 'copy', label: 'copy_to_user', copy: true, latency: 'copy' },
    app,
  ],
};

// ── Raw-frame bypass ──

const PF_RING: DataPath = {
  stack: 'pf_ring',
  steps: [
    arrive,
    dma,
    irq,
    { ...napi, label: 'NAPI, sk_buff' },
    { layer: 'kernel', kind: 'hook', label: 'PF_RING hook', latency: 'softirq' },
    { layer: 'kernel', kind: 'copy', label: 'Copy to ring', copy: true, latency: 'softirq' },
    { layer: 'kernel', kind: 'wakeup', label: 'Wake reader', latency: 'wakeup' },
    { layer: 'kernel', kind: 'syscall', label: 'poll()', syscall: true, latency: 'syscall' },
    app,
  ],
};

const PF_RING_ZC: DataPath = {
  stack: 'pf_ring_zc',
  steps: [arrive, dma, spin('Poll loop'), { layer: 'user', kind: 'driver', label: 'ZC driver', latency: 'driver' }, app],
};

const NETMAP: DataPath = {
  stack: 'netmap',
  steps: [
    arrive,
    dma,
    irq,
    { layer: 'kernel', kind: 'wakeup', label: 'Wake app', latency: 'wakeup' },
    { layer: 'kernel', kind: 'driver', label: 'rxsync', latency: 'driver' },
    { layer: 'kernel', kind: 'syscall', label: 'poll() returns', syscall: true, latency: 'syscall' },
    app,
  ],
};

const DPDK: DataPath = {
  stack: 'dpdk',
  steps: [arrive, dma, spin('rte_eth_rx_burst()'), { layer: 'user', kind: 'driver', label: 'Poll-mode driver', latency: 'driver' }, app],
};

const AF_XDP: DataPath = {
  stack: 'af_xdp',
  steps: [
    arrive,
    dma,
    irq,
    napi,
    { layer: 'kernel', kind: 'xdp', label: 'XDP redirect', latency: 'softirq' },
    { layer: 'kernel', kind: 'copy', label: 'Copy to UMEM', copy: true, latency: 'copy' },
    { layer: 'kernel', kind: 'ring', label: 'RX ring', latency: 'softirq' },
    app,
  ],
};

const AF_XDP_ZC: DataPath = {
  stack: 'af_xdp_zc',
  steps: [
    arrive,
    dma,
    irq,
    napi,
    { layer: 'kernel', kind: 'xdp', label: 'XDP redirect', latency: 'softirq' },
    { layer: 'kernel', kind: 'ring', label: 'RX ring', latency: 'softirq' },
    app,
  ],
};

const XDP_DROP: DataPath = {
  stack: 'xdp_drop',
  steps: [
    arrive,
    dma,
    irq,
    napi,
    {
      layer: 'kernel',
      kind: 'app',
      label: 'XDP_DROP',
      latency: 'softirq',
    },
  ],
};

const EF_VI: DataPath = {
  stack: 'ef_vi',
  steps: [arrive, dma, spin('Poll event queue'), { layer: 'user', kind: 'driver', label: 'RX event', latency: 'driver' }, app],
};

// ── Protocol stacks in user space ──

const intercepted: PathStep = {
  layer: 'user',
  kind: 'intercept',
  label: 'recv() intercepted',
  latency: 'syscall',
};
const userUdp: PathStep = { layer: 'user', kind: 'protocol', label: 'IP, UDP', latency: 'protocol' };
const socketCopy: PathStep = {
  layer: 'user',
  kind: 'copy',
  label: 'Copy payload',
  copy: true,
  latency: 'copy',
};

const ONLOAD: DataPath = {
  stack: 'onload',
  steps: [
    arrive,
    dma,
    intercepted,
    spin('Poll event queue'),
    { layer: 'user', kind: 'driver', label: 'ef_vi RX', latency: 'driver' },
    userUdp,
    socketCopy,
    app,
  ],
};

const VMA: DataPath = {
  stack: 'vma',
  steps: [
    arrive,
    dma,
    intercepted,
    spin('Poll completions'),
    { layer: 'user', kind: 'driver', label: 'Verbs completion', latency: 'driver' },
    userUdp,
    socketCopy,
    app,
  ],
};

const TLDK: DataPath = {
  stack: 'tldk',
  steps: [
    arrive,
    dma,
    spin('rte_eth_rx_burst()'),
    { layer: 'user', kind: 'driver', label: 'Poll-mode driver', latency: 'driver' },
    {
      layer: 'user',
      kind: 'protocol',
      label: 'TLDK UDP',
      latency: 'protocol',
    },
    app,
  ],
};

export const DATA_PATHS = [
  KERNEL,
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
] as const satisfies readonly DataPath[];

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
