/**
 * Model estimates: per-stage costs no source measures on its own. Each says
 * why it has the value it has, and the published totals they add up to are in
 * published.ts. Changing one of these moves a stage inside a stack's budget;
 * where a stack's total is published, the driver stage is the remainder, so
 * the total stays on the published figure.
 */

/**
 * One receive-burst call plus the doorbell write that hands refilled
 * descriptors back to the NIC (an uncached MMIO write), paid once per batch.
 * ~100 cycles at 3 GHz; at DPDK's burst of 32 it is 1 ns per packet, which is
 * why batching makes ring synchronisation nearly free.
 */
export const RING_SYNC_NS = 32;

/**
 * Taking a fresh buffer from a per-core pool cache and returning the used one,
 * in bulk (DPDK mempool cache, PF_RING ZC buffer swap, ef_vi packet buffers):
 * a few L1-resident loads and stores, no locks.
 */
export const BUFFER_RECYCLE_NS = 6;

/** A JIT-compiled XDP program that returns a verdict: a handful of instructions and one indirect call (retpoline off, as in the XDP paper). */
export const XDP_PROGRAM_NS = 4;

/** The driver reusing a received page for the next descriptor (mlx5 counts it as rx_cache_reuse), instead of allocating one. */
export const PAGE_RECYCLE_NS = 5;

/**
 * AF_XDP in copy mode: redirecting into the socket's map and flushing,
 * per packet. Less than the 74 ns an XDP_REDIRECT to another interface adds
 * over XDP_DROP (115.6 − 41.7 ns, XDP paper bench05), which includes transmitting.
 */
export const XSK_REDIRECT_NS = 30;

/** AF_XDP in copy mode: taking a UMEM frame address from the fill ring and posting the RX descriptor. */
export const XSK_RING_NS = 5;

/**
 * IP and UDP receive in a user-space stack (Onload, VMA, TLDK): header checks
 * with checksums offloaded, a hash lookup of the socket, an enqueue. A fifth of
 * the kernel's IP + UDP (75 + 130 ns), which also pays for netfilter hooks, the
 * route lookup, locking and memory accounting. Together with SOCKET_CALL_NS it
 * is 70 ns, in line with UG1586: Onload's UDP half round trip is 127 ns more
 * than ef_vi's (717 − 590), for a send and a receive together.
 */
export const USER_UDP_NS = 40;

/** recv() answered by the user-space library (LD_PRELOAD): a function call, the user-level socket lock, a dequeue; no system call. */
export const SOCKET_CALL_NS = 30;

/**
 * Solarflare X2 receive, from the frame's last bit to the packet in host memory.
 * UG1586's ef_vi half round trip (590 ns) holds one transmit and one receive;
 * giving each about half and taking off the wire time, the poll delay and
 * ef_vi's own work leaves about 200 ns for the NIC and its DMA.
 */
export const SFC_RX_DMA_NS = 200;

/** Vanilla PF_RING's hook in the kernel: parse the headers for filters and hashing, reserve a slot in the ring. */
export const PFRING_HOOK_NS = 30;

/** Freeing the sk_buff once PF_RING has copied it into its ring (part of what RECV_PER_MSG_NS, 250 ns, covers in the kernel model). */
export const SKB_FREE_NS = 40;

/** pfring_recv(): read one slot of PF_RING's ring and advance its read index (no system call while packets are waiting). */
export const PFRING_READ_NS = 5;
