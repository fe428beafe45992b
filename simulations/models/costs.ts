/**
 * What common operations cost on a modern x86 server core, in nanoseconds.
 * Each constant names its source (an id in content/references.ts) so prose and
 * figures that quote it can cite it. These are orders of magnitude, not laws:
 * they vary with CPU generation, clock, kernel version and mitigations.
 */
export type Cost = {
  id: string;
  label: string;
  /** Plural noun used in "N of these fit in the budget". */
  plural: string;
  ns: number;
  /** Reference id (content/references.ts). */
  source: string;
  note: string;
};

export const L3_HIT: Cost = {
  id: 'l3-hit',
  label: 'L3 cache hit',
  plural: 'L3 cache hits',
  ns: 7.9,
  source: 'brouer-lca2015',
  note: 'Measured with lat_mem_rd on a 3 GHz Xeon (Brouer, LCA 2015).',
};

export const CACHE_MISS: Cost = {
  id: 'cache-miss',
  label: 'Cache miss to DRAM',
  plural: 'cache misses',
  ns: 32,
  source: 'brouer-lca2015',
  note: '“A cache miss on Jesper’s 3GHz processor takes about 32ns” (LWN on Brouer, LCA 2015).',
};

export const SPIN_LOCK: Cost = {
  id: 'spin-lock',
  label: 'Spin lock + unlock',
  plural: 'lock/unlock pairs',
  ns: 16.1,
  source: 'brouer-lca2015',
  note: 'Uncontended spin_lock/spin_unlock pair (Brouer, LCA 2015).',
};

export const SYSCALL: Cost = {
  id: 'syscall',
  label: 'System call (round trip)',
  plural: 'system calls',
  ns: 75,
  source: 'brouer-lca2015',
  note: 'Entering and leaving the kernel with auditing/SELinux on; about 42 ns without (Brouer, LCA 2015).',
};

export const CONTEXT_SWITCH: Cost = {
  id: 'context-switch',
  label: 'Context switch',
  plural: 'context switches',
  ns: 1_500,
  source: 'tsuna-ctxswitch',
  note: 'Switching between two threads through the scheduler; more once caches and TLB must refill.',
};

/** The operations the line-rate budget compares against, cheapest first. */
export const BUDGET_COSTS: readonly Cost[] = [L3_HIT, SPIN_LOCK, CACHE_MISS, SYSCALL, CONTEXT_SWITCH];

/**
 * Per-packet cost of the stock Linux receive path just to drop a packet in the
 * iptables raw table on one core: 1 / 4.8 Mpps (XDP paper, CoNEXT 2018).
 */
export const LINUX_RAW_DROP_PPS = 4_800_000;
/** Same, with connection tracking loaded: 1 / 1.8 Mpps (XDP paper). */
export const LINUX_CONNTRACK_DROP_PPS = 1_800_000;
/** DPDK dropping on one core: 43.5 Mpps (XDP paper). */
export const DPDK_DROP_PPS = 43_500_000;
/** XDP dropping in the driver on one core: 24 Mpps (XDP paper). */
export const XDP_DROP_PPS = 24_000_000;
