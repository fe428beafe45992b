/**
 * The simulated host the tuning lab's console administers: one mlx5-style NIC
 * (eth0), eight CPUs, and the UDP receiver `udp-sink`. Everything a reader can
 * change with ethtool, sysctl, taskset or a write under /proc and /sys lives in
 * MachineState, a plain JSON-able value; commands return a new state instead of
 * mutating the old one, so the UI can keep, compare and reset states freely.
 *
 * The software the outputs imitate: Linux 6.8, ethtool 6.8 (netlink), iproute2
 * 6.8, procps-ng 4.0.4 and util-linux 2.39, as on Ubuntu 24.04 LTS.
 *
 * Starting values are the receive-path model's stock values (tuned.ts
 * STOCK_VALUES), so the untouched machine simulates exactly the stock preset.
 * Where the model's stock differs from what an mlx5 card boots with, the model
 * wins and the difference is named here: one channel (mlx5 opens one per CPU)
 * and adaptive-rx off (mlx5 turns DIM on).
 */
import { defaultValues } from '../core/params';
import {
  DEV_WEIGHT,
  NETDEV_BUDGET,
  NETDEV_BUDGET_USECS,
  NETDEV_MAX_BACKLOG,
  RMEM_DEFAULT,
  RSS_TABLE_SIZE,
  RX_FRAMES_DEFAULT,
  RX_RING_DEFAULT,
  RX_RING_MAX,
  RX_USECS_DEFAULT,
} from '../models/receive-path/linux-defaults';
import { receivePathParams } from '../models/receive-path/params';
import { allCpus, NCPUS, type CpuMask } from './cpuset';
import { defaultSysctls } from './sysctl-table';
import { defaultFeatures } from './features';

/** The interface the lab's NIC is called, as udev would not rename it in a VM-like lab. */
export const IFACE = 'eth0';
export { NCPUS };
/** mlx5 opens at most one channel per CPU (mlx5e_get_max_num_channels). */
export const MAX_CHANNELS = Math.min(NCPUS, receivePathParams.queues.max);
/** The receiving application and the pid of its main (first receiving) thread; thread q has tid APP_PID + q. */
export const APP_NAME = 'udp-sink';
export const APP_PID = 4242;
export const APP_CMDLINE = './udp-sink --port 9000 --reuseport';
/** IRQ of RX queue q's completion vector (mlx5_comp<q>); the async vector is 119 and not shown. */
export const IRQ_BASE = 120;
/** Where the card sits; part of the IRQ chip and action names in /proc/interrupts. */
export const PCI_ADDR = '0000:3b:00.0';
/** A Mellanox OUI (0c:42:a1). */
export const MAC_ADDR = '0c:42:a1:5e:3b:7c';

/** Ring limits: mlx5 MLX5E_PARAMS_MINIMUM_LOG_RQ_SIZE (64) … MAXIMUM_LOG_RQ_SIZE (8192), rounded up to a power of two. */
export const RING_MIN = 64;
export const RING_MAX = RX_RING_MAX;
export const TX_RING_DEFAULT = 1_024;
/** mlx5e_ethtool_set_coalesce: MLX5E_MAX_COAL_TIME = MLX5_MAX_CQ_PERIOD (4095 µs), MLX5E_MAX_COAL_FRAMES = 65535. */
export const COAL_MAX_USECS = 4_095;
export const COAL_MAX_FRAMES = 65_535;
/** mlx5 TX moderation defaults: 16 µs / 32 packets (en.h MLX5E_PARAMS_DEFAULT_TX_CQ_MODERATION_*). */
export const TX_USECS_DEFAULT = 16;
export const TX_FRAMES_DEFAULT = 32;

export { RSS_TABLE_SIZE };

export type Coalesce = {
  rxUsecs: number;
  rxFrames: number;
  adaptiveRx: boolean;
  txUsecs: number;
  txFrames: number;
  adaptiveTx: boolean;
  cqeModeRx: boolean;
  cqeModeTx: boolean;
};

/** What /proc/irq/<irq>/ and /sys/class/net/eth0/queues/rx-<q>/ hold for one RX queue. */
export type QueueConfig = {
  /** smp_affinity: CPUs the queue's interrupt may be delivered to. */
  irqAffinity: CpuMask;
  /** rps_cpus: CPUs Receive Packet Steering may hand this queue's packets to (0 = off). */
  rpsCpus: CpuMask;
  /** rps_flow_cnt: RFS flow table entries for this queue. */
  rpsFlowCnt: number;
};

export type Rss = {
  /** The indirection table: hash bucket → RX queue. */
  table: number[];
  /** Set by ethtool -X equal/weight (IFF_RXFH_CONFIGURED); ethtool -X default clears it. */
  configured: boolean;
  hfunc: 'toeplitz' | 'xor';
};

export type MachineState = {
  ring: { rx: number; tx: number };
  coalesce: Coalesce;
  /** ethtool -L combined: open channels = RX queues = udp-sink's receiving threads. */
  channels: number;
  /** One entry per open channel. */
  queues: QueueConfig[];
  /** Changeable ethtool features by kernel name (fixed ones live in features.ts). */
  features: Record<string, boolean>;
  rss: Rss;
  /** net.core.* values as their /proc/sys files hold them (numbers, a qdisc name, or a CPU mask). */
  sysctl: Record<string, number | string>;
  /** CPU affinity of udp-sink's threads; thread q (tid APP_PID + q) reads RX queue q's flows. */
  threads: CpuMask[];
};

/** mlx5 spreads completion vectors one per CPU (cpumask_local_spread): queue q interrupts CPU q. */
export function defaultIrqAffinity(queue: number): CpuMask {
  return 1 << (queue % NCPUS);
}

export function defaultQueue(queue: number): QueueConfig {
  return { irqAffinity: defaultIrqAffinity(queue), rpsCpus: 0, rpsFlowCnt: 0 };
}

/** ethtool_rxfh_indir_default: bucket i → queue i mod n. */
export function equalTable(n: number): number[] {
  return Array.from({ length: RSS_TABLE_SIZE }, (_, i) => i % n);
}

const stock = defaultValues(receivePathParams);

/** The machine as it boots: every knob at the model's stock value. */
export function createMachineState(): MachineState {
  const channels = stock.queues;
  return {
    ring: { rx: RX_RING_DEFAULT, tx: TX_RING_DEFAULT },
    coalesce: {
      rxUsecs: RX_USECS_DEFAULT,
      rxFrames: RX_FRAMES_DEFAULT,
      adaptiveRx: stock.adaptive_rx,
      txUsecs: TX_USECS_DEFAULT,
      txFrames: TX_FRAMES_DEFAULT,
      adaptiveTx: true,
      cqeModeRx: true,
      cqeModeTx: false,
    },
    channels,
    queues: Array.from({ length: channels }, (_, q) => defaultQueue(q)),
    features: defaultFeatures(),
    rss: { table: equalTable(channels), configured: false, hfunc: 'toeplitz' },
    sysctl: defaultSysctls({
      dev_weight: DEV_WEIGHT,
      netdev_budget: NETDEV_BUDGET,
      netdev_budget_usecs: NETDEV_BUDGET_USECS,
      netdev_max_backlog: NETDEV_MAX_BACKLOG,
      rmem_default: RMEM_DEFAULT,
      busy_read: stock.busy_poll_us,
    }),
    threads: Array.from({ length: channels }, () => allCpus()),
  };
}

/** States are plain data; a deep copy is all a command needs before changing one. */
export function cloneState(state: MachineState): MachineState {
  return structuredClone(state);
}

export function irqOf(queue: number): number {
  return IRQ_BASE + queue;
}

/** The RX queue whose completion vector is `irq`, if that vector exists (its channel is open). */
export function queueOfIrq(state: MachineState, irq: number): number | undefined {
  const q = irq - IRQ_BASE;
  return Number.isInteger(q) && q >= 0 && q < state.channels ? q : undefined;
}

export function irqName(queue: number): string {
  return `mlx5_comp${queue}@pci:${PCI_ADDR}`;
}

export function tidOf(thread: number): number {
  return APP_PID + thread;
}

/** Thread index of a pid/tid of udp-sink, if it exists. */
export function threadOfTid(state: MachineState, tid: number): number | undefined {
  const t = tid - APP_PID;
  return Number.isInteger(t) && t >= 0 && t < state.threads.length ? t : undefined;
}
