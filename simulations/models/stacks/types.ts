/**
 * What the stacks model knows about one receive path: its per-packet costs by
 * stage, how it learns a packet has arrived, whether it copies, how much it
 * batches, where its drops are counted, and its latency budget at light load.
 */

/** Stages of the per-packet CPU cost (throughput). */
export const COST_STAGES = ['driver', 'buffer', 'protocol', 'copy', 'sync', 'wakeup', 'app'] as const;
export type CostStage = (typeof COST_STAGES)[number];

/** Stages of the light-load latency budget, in the order a packet meets them. */
export const LATENCY_STAGES = ['wire', 'dma', 'notify', 'softirq', 'driver', 'protocol', 'copy', 'syscall', 'wakeup'] as const;
export type LatencyStage = (typeof LATENCY_STAGES)[number];

/** Bytes a per-byte cost applies to: the UDP payload (socket copies) or the whole frame (packet copies). */
export type CopiedBytes = 'payload' | 'frame';

export type Cost = {
  stage: CostStage;
  /** What the CPU does in this stage, in a few words. */
  what: string;
  /** Nanoseconds per packet, or per batch when `batch` is given. */
  ns: number;
  /** The cost is paid once per this many packets (a system call, a ring sync, a burst). */
  batch?: number;
  /** Additional nanoseconds per byte copied. */
  perByte?: number;
  bytes?: CopiedBytes;
  /** Kernel context (driver, softirq) or the application's thread. */
  where: 'kernel' | 'user';
  /** Where the number comes from (a reference id, a file, or "model estimate"). */
  source: string;
};

export type LatencyItem = {
  stage: LatencyStage;
  what: string;
  /** Median contribution, ns. */
  p50: number;
  /** 99th-percentile contribution, ns (defaults to p50: the stage does not vary at light load). */
  p99?: number;
  perByte?: number;
  bytes?: CopiedBytes;
  source: string;
};

export type DropPlace = { counter: string; meaning: string };

export type StackFamily = 'kernel' | 'packet' | 'socket' | 'l4';

export type StackSpec = {
  id: string;
  label: string;
  summary: string;
  /** Linux kernel path, raw-frame bypass, user-space stack behind the socket API, or L4 library with its own API. */
  family: StackFamily;
  /** How the receiver learns of a packet: it spins polling a ring, or an interrupt tells it. */
  receive: 'poll' | 'interrupt';
  zeroCopy: boolean;
  /** The call the application receives with. */
  api: string;
  /** Packets per ring synchronisation or receive call. */
  batch: number;
  /** The receiving thread spins, so its core is 100 % busy whatever the load. */
  spins: boolean;
  costs: readonly Cost[];
  latency: readonly LatencyItem[];
  /**
   * Where drops are counted when the stack cannot keep up, first queue first:
   * the NIC's ring (or the stack's own ring), then, for the kernel, the socket.
   */
  drops: readonly [DropPlace, ...DropPlace[]];
  /** The counter of packets the stack handed to the application. */
  received: string;
  notes: readonly string[];
  /** Only the kernel paths: softirq and the reader, and how they share or split CPUs (kernel.ts). */
  kernel?: { readerOwnCpu: boolean; busyPollNs: number; softirqShareCap: number };
};
