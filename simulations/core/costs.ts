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
  ns: 21.2,
  source: 'molka2015-haswell',
  note:
    'Load that hits the shared L3 cache on a 2.5 GHz Haswell-EP Xeon (Molka et al., ICPP 2015, as quoted in snabbco/snabb#735). ' +
    'The 7.9 ns lat_mem_rd figure attributed to Brouer’s LCA 2015 slides could not be checked against the slides.',
};

export const CACHE_MISS: Cost = {
  id: 'cache-miss',
  label: 'Cache miss',
  plural: 'cache misses',
  ns: 32,
  source: 'brouer-lca2015',
  note: '“A cache miss on Jesper’s 3GHz processor takes about 32ns to resolve” (LWN on Brouer’s LCA 2015 talk). Misses to remote NUMA memory cost more.',
};

export const SPIN_LOCK: Cost = {
  id: 'spin-lock',
  label: 'Spin lock + unlock',
  plural: 'lock/unlock pairs',
  ns: 16.4,
  source: 'brouer-timebench',
  note:
    'Uncontended spin_lock()+spin_unlock() in the kernel on a Xeon E5-2695: 16.449 ns with PREEMPT_COUNT=y, 13.946 ns without ' +
    '(results recorded in Brouer’s time_bench_sample.c). Contended locks bounce cache lines between cores and cost far more.',
};

export const SYSCALL: Cost = {
  id: 'syscall',
  label: 'System call (round trip)',
  plural: 'system calls',
  ns: 60,
  source: 'lutomirski2014-audit',
  note:
    'A null system call on a 2014 laptop: “>60ns” while audit kept every process on the syscall slow path, ' +
    '“closer to 40ns” once it did not (Lutomirski, LKML, Feb 2014). Meltdown/Spectre mitigations since 2018 add to this on affected CPUs. ' +
    'The 42/75 ns pair attributed to Brouer’s LCA 2015 talk could not be verified.',
};

export const CONTEXT_SWITCH: Cost = {
  id: 'context-switch',
  label: 'Context switch',
  plural: 'context switches',
  ns: 1_700,
  source: 'blandy-ctxswitch',
  note:
    'Thread-to-thread switch through the kernel, measured with 500 threads passing a byte along a chain of pipes on a laptop ' +
    '(“around 1.7µs between kernel threads”, Blandy). More once caches and TLB must refill.',
};

/** The operations the line-rate budget compares against, cheapest first. */
export const BUDGET_COSTS: readonly Cost[] = [SPIN_LOCK, L3_HIT, CACHE_MISS, SYSCALL, CONTEXT_SWITCH];

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
/**
 * netmap moving minimum-size frames on one core: 14.88 Mpps, 10 GbE line rate,
 * “a single core running at 900 MHz can send or receive 14.88 Mpps” (Rizzo,
 * USENIX ATC 2012; Intel 82599 NIC).
 */
export const NETMAP_ONE_CORE_PPS = 14_880_000;
/**
 * An application reading tiny UDP packets with recvmmsg() and throwing them
 * away, all traffic steered to one CPU, conntrack in play: about 171 kpps
 * (Cloudflare, “How to drop 10 million packets per second”, 2018).
 */
export const APP_RECVMMSG_ONE_CPU_PPS = 171_000;

/** A packet path measured as packets per second on one core, for the budget comparison. */
export type OneCorePath = { id: string; label: string; pps: number; source: string };

export const ONE_CORE_PATHS: readonly OneCorePath[] = [
  { id: 'linux-conntrack', label: 'Linux stack, drop with conntrack', pps: LINUX_CONNTRACK_DROP_PPS, source: 'xdp2018' },
  { id: 'linux-raw', label: 'Linux stack, drop in iptables raw table', pps: LINUX_RAW_DROP_PPS, source: 'xdp2018' },
  { id: 'xdp', label: 'XDP, drop in the driver', pps: XDP_DROP_PPS, source: 'xdp2018' },
  { id: 'dpdk', label: 'DPDK, drop in user space', pps: DPDK_DROP_PPS, source: 'xdp2018' },
];

/**
 * NAPI's "inherent mitigation": at 890,000 packets per second of 60-byte input
 * an e1000 raised only 17 receive interrupts in the whole test (NAPI_HOWTO, 2002).
 */
export const NAPI_HOWTO_INPUT_PPS = 890_000;
export const NAPI_HOWTO_RX_INTERRUPTS = 17;

/**
 * Forwarding latency, average, from the XDP paper's table: DPDK 2–3 µs (polling),
 * XDP 7 µs at 1 Mpps but 82 µs at 100 pps, when every packet waits for an interrupt.
 */
export const DPDK_FWD_LATENCY_NS = { low: 2_000, high: 3_000 } as const;
export const XDP_FWD_LATENCY_1MPPS_NS = 7_000;
export const XDP_FWD_LATENCY_100PPS_NS = 82_000;
