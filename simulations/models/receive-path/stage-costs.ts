/**
 * What each step of the kernel receive path costs one ~3 GHz core, in
 * nanoseconds, for a small UDP packet. The published totals are the anchors
 * (../shared/research/cost-model.md); these per-stage values are estimates
 * chosen to add up to them:
 *  - driver + GRO + IP ≈ 180 ns, plus the raw table ≈ 208 ns = 1 / 4.8 Mpps,
 *    Linux's fastest drop on one core (XDP paper, CoNEXT 2018);
 *  - all softirq work for a UDP packet ≈ 310 ns, kernel-only work near
 *    1 / (2–4 Mpps) per core;
 *  - with the recvmsg() system call and a small application on the same
 *    core, well under 1 Mpps per core, as Cloudflare measured (2015, 2018).
 */

/** DMA of descriptor and data across PCIe until the ring shows the packet (no CPU). */
export const DMA_NS = 800;
/** Hard interrupt: entry, driver handler, napi_schedule, exit. cost-model.md: ~1–2 µs; we take the low end. */
export const HARDIRQ_NS = 1_000;
/** An inter-processor interrupt that kicks RPS processing on another CPU. */
export const IPI_NS = 500;
/** Driver RX: read the descriptor, build the sk_buff, refill the ring (cost-model.md: 50–100 ns). */
export const DRIVER_RX_NS = 80;
/** napi_gro_receive looking for a flow to merge a UDP datagram into (nothing to merge without UDP_GRO). */
export const GRO_NS = 25;
/** netif_receive_skb, ip_rcv and the route lookup. */
export const IP_RX_NS = 75;
/** UDP socket lookup, enqueue and memory accounting (cost-model.md: 100–150 ns). */
export const UDP_RX_NS = 130;
/** get_rps_cpu hashing and enqueue_to_backlog on the IRQ CPU when RPS is on. */
export const RPS_ENQUEUE_NS = 60;
/** The sk_buff's cache lines are cold on the CPU RPS moved it to: two misses of ~32 ns (Brouer, LCA 2015). */
export const RPS_REMOTE_MISS_NS = 64;
/** Per recvmsg()/recvmmsg() call: entry and exit with today's mitigations, fd lookup, socket lock, msghdr. */
export const RECV_SYSCALL_NS = 350;
/** Per datagram inside recv: dequeue, uncharge the memory, free the sk_buff, copy the address. */
export const RECV_PER_MSG_NS = 250;
/** copy_to_user of the payload from a cache-warm buffer: ~16 GB/s. */
export const COPY_NS_PER_BYTE = 0.06;
/** Switching the sleeping application back in on its CPU (cost-model.md: ~0.5–1 µs). */
export const WAKE_CPU_NS = 700;
/** From sk_data_ready to the application running on another, idle CPU: IPI, idle exit, schedule (cost-model.md: 2–5 µs). */
export const WAKE_LATENCY_NS = 4_000;
/** One turn of a busy-poll loop: how late a spinning reader notices a new packet. */
export const BUSY_POLL_LOOP_NS = 100;
/** Work items never run longer than this without checking for a pending interrupt (the model's preemption granularity). */
export const MAX_ITEM_NS = 2_000;
/** Adaptive moderation (a simplification of net_dim): full rx-usecs at this per-queue packet rate, less below it. */
export const ADAPTIVE_FULL_PPS = 250_000;
