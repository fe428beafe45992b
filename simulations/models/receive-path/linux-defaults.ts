/**
 * Linux defaults the receive-path model starts from. Every value names where
 * it comes from (see ../shared/research/facts.md for the quotes).
 */

/** net.core.dev_weight: packets one NAPI poll may take. net/core/hotdata.c `.dev_rx_weight = 64`; sysctl/net.rst. */
export const DEV_WEIGHT = 64;
/** net.core.netdev_budget: packets one net_rx_action may take over all NAPIs. net/core/hotdata.c `.netdev_budget = 300`. */
export const NETDEV_BUDGET = 300;
/**
 * net.core.netdev_budget_usecs: time limit of one net_rx_action, 2 jiffies =
 * 2000 µs at HZ=1000 (8000 at HZ=250). net/core/hotdata.c, commit a4837980fd9f.
 */
export const NETDEV_BUDGET_USECS = 2_000;
/** net.core.netdev_max_backlog: per-CPU input queue (RPS, netif_rx). net/core/hotdata.c `.max_backlog = 1000`. */
export const NETDEV_MAX_BACKLOG = 1_000;
/**
 * net.core.rmem_default on x86_64: SK_RMEM_MAX = SKB_TRUESIZE(256) × 256 =
 * 832 × 256 = 212992 bytes (include/net/sock.h).
 */
export const RMEM_DEFAULT = 212_992;
/**
 * Bytes charged to the socket per buffer beyond its data: the sk_buff and
 * skb_shared_info, cache-line aligned. SKB_TRUESIZE(256) = 832 (include/net/sock.h).
 */
export const SKB_OVERHEAD_BYTES = 576;
/**
 * Small frames are copied into a 256-byte head (driver copybreak), which is
 * also what the kernel assumes when it sizes rmem_default (include/net/sock.h).
 */
export const SKB_MIN_DATA_BYTES = 256;
/** kernel/softirq.c: `#define MAX_SOFTIRQ_TIME msecs_to_jiffies(2)`. */
export const MAX_SOFTIRQ_TIME_NS = 2_000_000;
/** kernel/softirq.c: `#define MAX_SOFTIRQ_RESTART 10`. */
export const MAX_SOFTIRQ_RESTART = 10;
/** net/core/dev.c: napi_busy_loop polls with BUSY_POLL_BUDGET 8 packets at a time. */
export const BUSY_POLL_BUDGET = 8;
/**
 * RX descriptor ring: mlx5 default 1024 (MLX5E_PARAMS_DEFAULT_LOG_RQ_SIZE 0xa),
 * maximum 8192; ixgbe and i40e default to 512 with a maximum of 4096.
 */
export const RX_RING_DEFAULT = 1_024;
export const RX_RING_MAX = 8_192;
/**
 * Interrupt moderation: mlx5 defaults to 16 µs / 32 packets, timed from the
 * first completion (drivers/net/ethernet/mellanox/mlx5/core/en.h).
 */
export const RX_USECS_DEFAULT = 16;
export const RX_FRAMES_DEFAULT = 32;
/**
 * The scheduler's time slice for two busy threads on one CPU (ksoftirqd and
 * the application): EEVDF's base slice 0.75 ms × (1 + log2 CPUs), 3 ms from
 * 8 CPUs up (kernel/sched/fair.c sysctl_sched_base_slice, sched_update_scaling).
 */
export const SCHED_SLICE_NS = 3_000_000;
/** RSS indirection table size most drivers use; ethtool -x shows entries spread round-robin. */
export const RSS_TABLE_SIZE = 128;
