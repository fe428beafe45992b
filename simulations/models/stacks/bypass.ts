/**
 * The bypass paths: raw-frame I/O (PF_RING, PF_RING ZC, netmap, DPDK, AF_XDP,
 * XDP, ef_vi) and user-space protocol stacks (Onload, VMA, TLDK). Where a
 * stack's per-packet total is published, its driver stage is the remainder so
 * the total stays on the published figure; the other stages are model
 * estimates (estimates.ts). Raw-frame stacks are measured with applications
 * that only count and release each packet (testpmd rxonly, pkt-gen, xdpsock
 * rxdrop, eflatency), so they have no application stage; the stacks behind a
 * socket-like API carry the same 100 ns reader as the kernel model.
 */
import { RX_USECS_DEFAULT } from '../receive-path/linux-defaults';
import { receivePathParams } from '../receive-path/params';
import { BUSY_POLL_LOOP_NS, COPY_NS_PER_BYTE, DMA_NS, DRIVER_RX_NS, HARDIRQ_NS, RECV_SYSCALL_NS, WAKE_CPU_NS } from '../receive-path/stage-costs';
import * as E from './estimates';
import * as P from './published';
import type { Cost, LatencyItem, StackSpec } from './types';

const SC = 'receive-path/stage-costs.ts';
const EST = 'model estimate (estimates.ts)';
/** The same reader as the kernel model's default application. */
const APP_NS = receivePathParams.app_ns_per_packet.default;

const sum = (costs: readonly Cost[]) => costs.reduce((a, c) => a + c.ns / (c.batch ?? 1), 0);
/** A driver stage that makes the listed costs add up to a published per-packet total. */
function remainder(total: number, others: readonly Cost[], what: string, where: Cost['where'], source: string): Cost {
  return { stage: 'driver', what, ns: total - sum(others), where, source };
}

// Latency pieces shared by several stacks.
const dma: LatencyItem = { stage: 'dma', what: 'descriptor and data across PCIe until the ring shows the packet', p50: DMA_NS, source: SC };
const sfcDma: LatencyItem = { stage: 'dma', what: 'Solarflare X2: frame into host memory', p50: E.SFC_RX_DMA_NS, source: EST };
const pollLoop: LatencyItem = {
  stage: 'notify',
  what: 'the spinning poll loop sees the packet on its next turn (uniform over one turn)',
  p50: BUSY_POLL_LOOP_NS / 2,
  p99: BUSY_POLL_LOOP_NS * 0.99,
  source: `${SC} BUSY_POLL_LOOP_NS`,
};
const INTERRUPT_NS = RX_USECS_DEFAULT * 1000 + HARDIRQ_NS;
const interrupt = (extraPoll: boolean): LatencyItem => ({
  stage: 'notify',
  what: `interrupt moderation (rx-usecs ${RX_USECS_DEFAULT}) then the hard interrupt${extraPoll ? ', then the spinning reader’s next loop turn' : ''}`,
  p50: INTERRUPT_NS + (extraPoll ? BUSY_POLL_LOOP_NS / 2 : 0),
  p99: INTERRUPT_NS + (extraPoll ? BUSY_POLL_LOOP_NS * 0.99 : 0),
  source: SC,
});
const step = (stage: LatencyItem['stage'], what: string, costs: readonly Cost[], source: string): LatencyItem => ({ stage, what, p50: sum(costs), source });

// ── DPDK-style poll-mode receive, shared by DPDK and TLDK ──
const pmdSync: Cost = {
  stage: 'sync',
  what: 'rte_eth_rx_burst() call and RX tail doorbell, once per burst',
  ns: E.RING_SYNC_NS,
  batch: P.DPDK_BURST,
  where: 'user',
  source: EST,
};
const pmdBuffer: Cost = {
  stage: 'buffer',
  what: 'refill with an mbuf from the per-core mempool cache (hugepages), free the old one',
  ns: E.BUFFER_RECYCLE_NS,
  where: 'user',
  source: EST,
};
const pmdDriver = remainder(
  P.DPDK_DROP_NS,
  [pmdSync, pmdBuffer],
  'poll-mode driver: read the completion, fill in the mbuf',
  'user',
  'xdp2018: 43.5 Mpps per core in total',
);
const PMD: readonly Cost[] = [pmdDriver, pmdBuffer, pmdSync];

// ── ef_vi: the same work as a PMD per packet (model estimate), descriptors posted in batches of 16 ──
const efviSync: Cost = {
  stage: 'sync',
  what: 'post refilled RX descriptors, 16 at a time (CI_CFG_RX_DESC_BATCH)',
  ns: E.RING_SYNC_NS,
  batch: P.EF_VI_RX_DESC_BATCH,
  where: 'user',
  source: `${EST}; amd-ug1586 batch`,
};
const EF_VI: readonly Cost[] = [
  { ...pmdDriver, what: 'poll the event queue, read the RX event (as much work as a DPDK PMD)', source: EST },
  { ...pmdBuffer, what: 'hand a packet buffer back to the ring' },
  efviSync,
];

// ── verbs (VMA): the same work as a PMD per packet (model estimate) ──
const VERBS: readonly Cost[] = [
  { ...pmdDriver, what: 'poll the completion queue, read the completion (as much work as a DPDK PMD)', source: EST },
  { ...pmdBuffer, what: 'repost a receive buffer' },
  { ...pmdSync, what: 'ring the receive queue’s doorbell, 32 buffers at a time', source: EST },
];

// ── user-space UDP behind a socket-like API ──
const userUdp: Cost = { stage: 'protocol', what: 'IP and UDP in user space, socket lookup, enqueue', ns: E.USER_UDP_NS, where: 'user', source: EST };
const socketCall: Cost = { stage: 'sync', what: 'recv() answered by the library: no system call', ns: E.SOCKET_CALL_NS, where: 'user', source: EST };
const socketCopy: Cost = {
  stage: 'copy',
  what: 'copy of the payload into the caller’s buffer (socket semantics)',
  ns: 0,
  perByte: COPY_NS_PER_BYTE,
  bytes: 'payload',
  where: 'user',
  source: SC,
};
const app: Cost = {
  stage: 'app',
  what: 'the application’s work per datagram (as the kernel model’s reader)',
  ns: APP_NS,
  where: 'user',
  source: 'receive-path/params.ts app_ns_per_packet',
};

// ── XDP in the driver ──
const xdpProgram: Cost = { stage: 'protocol', what: 'the XDP program returns its verdict', ns: E.XDP_PROGRAM_NS, where: 'kernel', source: EST };
const pageRecycle: Cost = { stage: 'buffer', what: 'the page goes back to the ring (rx_cache_reuse)', ns: E.PAGE_RECYCLE_NS, where: 'kernel', source: EST };
const xdpDriver = remainder(
  P.XDP_DROP_NS,
  [xdpProgram, pageRecycle],
  'mlx5 RX in NAPI: descriptor, DMA sync (~7 ns), ~10 function calls (~13 ns)',
  'kernel',
  'xdp2018: 24 Mpps per core in total',
);
const XDP: readonly Cost[] = [xdpDriver, xdpProgram, pageRecycle];

const xskSync: Cost = {
  stage: 'sync',
  what: 'RX and fill ring index updates, 64 descriptors at a time',
  ns: E.RING_SYNC_NS,
  batch: P.AF_XDP_BATCH,
  where: 'user',
  source: `${EST}; xdpsock batch`,
};
const xskFill: Cost = { stage: 'buffer', what: 'the UMEM frame goes back on the fill ring', ns: E.XSK_RING_NS, where: 'user', source: EST };
const xskRedirect: Cost = { stage: 'protocol', what: 'XDP program redirects to the socket (XSKMAP)', ns: E.XDP_PROGRAM_NS, where: 'kernel', source: EST };
const AF_XDP_ZC: readonly Cost[] = [
  remainder(
    P.AF_XDP_ZC_NS,
    [xskRedirect, xskFill, xskSync],
    'driver RX straight into a UMEM frame, descriptor to the socket’s RX ring',
    'kernel',
    'xdp2018: 20 Mpps per core, preliminary',
  ),
  xskRedirect,
  xskFill,
  xskSync,
];
const AF_XDP_COPY: readonly Cost[] = [
  xdpDriver,
  xdpProgram,
  { stage: 'protocol', what: 'redirect into the socket’s map, flush', ns: E.XSK_REDIRECT_NS, where: 'kernel', source: EST },
  pageRecycle,
  { stage: 'buffer', what: 'take a UMEM frame from the fill ring, post the RX descriptor', ns: E.XSK_RING_NS, where: 'kernel', source: EST },
  { stage: 'copy', what: 'memcpy of the frame into the UMEM frame', ns: 0, perByte: COPY_NS_PER_BYTE, bytes: 'frame', where: 'kernel', source: SC },
  xskSync,
];

// ── netmap, PF_RING ──
const netmapSync: Cost = {
  stage: 'sync',
  what: 'poll()/NIOCRXSYNC: one system call per ring sync',
  ns: RECV_SYSCALL_NS,
  batch: P.NETMAP_SYNC_BATCH,
  where: 'kernel',
  source: `${SC} RECV_SYSCALL_NS; batch: ${EST}`,
};
const NETMAP: readonly Cost[] = [
  remainder(
    P.NETMAP_NS,
    [netmapSync],
    'rxsync: descriptors into ring slots over preallocated buffers, refill',
    'kernel',
    'rizzo2012-atc: line rate at 900 MHz, scaled to 2.93 GHz',
  ),
  netmapSync,
];
const PF_RING: readonly Cost[] = [
  { stage: 'driver', what: 'NAPI driver RX: descriptor, sk_buff, refill', ns: DRIVER_RX_NS, where: 'kernel', source: SC },
  { stage: 'protocol', what: 'PF_RING’s hook: parse headers, reserve a ring slot', ns: E.PFRING_HOOK_NS, where: 'kernel', source: EST },
  { stage: 'copy', what: 'copy of the frame into PF_RING’s ring', ns: 0, perByte: COPY_NS_PER_BYTE, bytes: 'frame', where: 'kernel', source: SC },
  { stage: 'buffer', what: 'free the sk_buff', ns: E.SKB_FREE_NS, where: 'kernel', source: EST },
  { stage: 'sync', what: 'pfring_recv(): read a slot, advance the read index', ns: E.PFRING_READ_NS, where: 'user', source: EST },
];
const zcSync: Cost = { ...pmdSync, what: 'burst receive and doorbell, 32 at a time (as DPDK)', source: EST };
const PF_RING_ZC: readonly Cost[] = [
  remainder(P.PFRING_ZC_NS, [pmdBuffer, zcSync], 'ZC driver in user space: read the descriptor', 'user', 'ntop-pfring-readme: 20 Mpps per core'),
  { ...pmdBuffer, what: 'swap the buffer with a free one from the ZC pool' },
  zcSync,
];

export { EF_VI, VERBS, PMD, XDP, AF_XDP_ZC, AF_XDP_COPY, NETMAP, PF_RING, PF_RING_ZC, userUdp, socketCall, socketCopy, app, sum };
export { dma, sfcDma, pollLoop, interrupt, step, INTERRUPT_NS, WAKE_CPU_NS, RECV_SYSCALL_NS };
export type { StackSpec };
