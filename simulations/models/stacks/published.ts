/**
 * Published figures the stacks model is built on. Each constant names its
 * source; ids in [brackets] are entries of content/references.ts. Costs are
 * per 64-byte packet on the source's own machine: the model does not rescale
 * between CPUs except where a comment says so (netmap), because the spread
 * between stacks (20 ns … 1.5 µs) dwarfs the spread between clocks (2.5–3.6 GHz).
 */
import { DPDK_DROP_PPS, XDP_DROP_PPS } from '../../core/costs';

// ── XDP paper (Høiland-Jørgensen et al., CoNEXT 2018) [xdp2018]: Xeon E5-1650 v4, 3.6 GHz, ConnectX-5 ──

/** The test machine's clock: a six-core Xeon E5-1650 v4 at 3.6 GHz. */
export const XDP_TEST_CLOCK_GHZ = 3.6;
/**
 * Dropping on several cores, every framework scaled until the NIC's PCIe link
 * capped it at about 115 Mpps (with CQE compression on), whatever the cores.
 */
export const XDP_PCIE_LIMIT_PPS = 115_000_000;

/** DPDK (testpmd) dropping 64-byte packets on one core: 43.5 Mpps = 22.99 ns per packet. */
export const DPDK_DROP_NS = 1e9 / DPDK_DROP_PPS;
/** XDP_DROP in the mlx5 driver on one core: 24 Mpps = 41.67 ns per packet. */
export const XDP_DROP_NS = 1e9 / XDP_DROP_PPS;
/** “We measure an overhead of 1.3 nanoseconds for a single function call on our test system.” */
export const FUNCTION_CALL_NS = 1.3;
/** The mlx5 receive path makes about ten function calls per packet (shared/research/facts.md, from the paper). */
export const MLX5_CALLS_PER_PACKET = 10;
/** Without four DMA-sync calls per packet XDP dropped 29 Mpps (facts.md, from the paper): 41.67 − 34.48 = 7.2 ns. */
export const XDP_NO_DMA_SYNC_PPS = 29_000_000;
export const DMA_SYNC_NS = XDP_DROP_NS - 1e9 / XDP_NO_DMA_SYNC_PPS;
/**
 * XDP_PASS: running the hook and handing the packet on to the stack costs
 * 13.3 ns per packet (Linux raw-table drop falls from 4.8 to 4.5 Mpps with an
 * XDP program returning XDP_PASS; facts.md quotes the paper's 13.3 ns).
 */
export const XDP_PASS_OVERHEAD_NS = 13.3;
/**
 * XDP_REDIRECT out of another interface, one RX queue and one core:
 * 8,649,872 pps with the default 1024-entry ring (benchmarks/bench05_xdp_redirect.org
 * in the paper's repository, github.com/tohojo/xdp-paper) = 115.6 ns per packet.
 */
export const XDP_REDIRECT_PPS = 8_649_872;
export const XDP_REDIRECT_NS = 1e9 / XDP_REDIRECT_PPS;
/**
 * AF_XDP in zero-copy mode: the paper's section on zero-copy to user space
 * reports preliminary results of 20 Mpps per core from kernel to user space
 * (read in the Chinese translation of the paper; the English sentence was not
 * checked). 50 ns per packet.
 */
export const AF_XDP_ZC_PPS = 20_000_000;
export const AF_XDP_ZC_NS = 1e9 / AF_XDP_ZC_PPS;

// ── netmap (Rizzo, USENIX ATC 2012) [rizzo2012-atc] ──

/** “A single core running at 900 MHz can send or receive 14.88 Mpps” on an Intel 82599. */
export const NETMAP_LINE_RATE_CLOCK_GHZ = 0.9;
/** The paper's machine: i7-870 at 2.93 GHz. */
export const NETMAP_TEST_CLOCK_GHZ = 2.93;
/** 10 GbE line rate at 64 B: 67.2 ns per packet (84 bytes of wire time at 10 Gbit/s). */
const LINE_RATE_64B_10G_NS = 67.2;
/**
 * netmap's per-packet cost at the test machine's full clock: at most 67.2 ns ×
 * 0.9 / 2.93 = 20.6 ns (≈ 60 cycles). Model estimate: it assumes the cost is
 * CPU-bound and scales with the clock, as the paper's Figure 5 shows for
 * transmit (rate rising linearly with clock until line rate); netmap was not
 * measured faster than line rate, so this is an upper bound on its cost.
 */
export const NETMAP_NS = (LINE_RATE_64B_10G_NS * NETMAP_LINE_RATE_CLOCK_GHZ) / NETMAP_TEST_CLOCK_GHZ;

// ── PF_RING (ntop) ──

/**
 * “More than 20M pkt/sec per core on a low-end 2,5GHz Xeon” (ntop/PF_RING
 * README, GitHub) [ntop-pfring-readme]; the ZC page promises 1/10 Gbit line
 * rate at any packet size [ntop-pfring-zc]. Taken as PF_RING ZC's per-core
 * rate: at most 50 ns per packet.
 */
export const PFRING_ZC_PPS = 20_000_000;
export const PFRING_ZC_CLOCK_GHZ = 2.5;
export const PFRING_ZC_NS = 1e9 / PFRING_ZC_PPS;

// ── Latency, half round trip of a small message (sender's application to receiver's application) ──

/** AMD Onload User Guide UG1586, “Latency Test Results”, 4-byte messages, median, X2 adapter at 10G [amd-ug1586]. */
export const EF_VI_HALF_RTT_NS = 590;
export const ONLOAD_UDP_HALF_RTT_NS = 717;
export const ONLOAD_TCP_HALF_RTT_NS = 794;
/** Mellanox VMA 6.0 product brief, ConnectX-3: UDP 1.3 µs, TCP 1.6 µs half round trip [mellanox-vma-brief]. */
export const VMA_UDP_HALF_RTT_NS = 1_300;
export const VMA_TCP_HALF_RTT_NS = 1_600;
/** “Typical network interface cards often take seven or more microseconds … for a half round trip” (Solarflare; facts.md). */
export const TYPICAL_KERNEL_HALF_RTT_NS = 7_000;

// ── Batching: how many packets one ring synchronisation or call covers ──

/** DPDK's examples receive in bursts of 32: `#define MAX_PKT_BURST 32` (examples/l2fwd/main.c) [dpdk-pmd]. */
export const DPDK_BURST = 32;
/**
 * Onload refills the RX ring in batches: EF_RXQ_LIMIT's minimum is
 * CI_CFG_RX_DESC_BATCH, 16 by default (UG1586, EF_RXQ_LIMIT) [amd-ug1586].
 */
export const EF_VI_RX_DESC_BATCH = 16;
/** xdpsock, the kernel's AF_XDP sample, takes up to 64 descriptors per ring operation (samples/bpf/xdpsock_user.c: `opt_batch_size = 64`). */
export const AF_XDP_BATCH = 64;
/** netmap syncs a whole ring per poll()/NIOCRXSYNC; model estimate: half of a 512-slot ixgbe ring per call under load. */
export const NETMAP_SYNC_BATCH = 256;
/** Onload's default RX descriptor ring (UG1586, “How Onload Uses Packet Buffers”: 512 packet buffers). */
export const ONLOAD_RXQ_SIZE = 512;
