/**
 * Constants that prose may quote with <Const id=…>, and the glossary
 * (content/glossary.ts) through formatQuotable. Each one points at the model
 * constant it comes from, so the text and the simulations cannot drift.
 */
import {
  APP_RECVMMSG_ONE_CPU_PPS,
  BUDGET_COSTS,
  DPDK_DROP_PPS,
  DPDK_FWD_LATENCY_NS,
  NAPI_HOWTO_INPUT_PPS,
  NAPI_HOWTO_RX_INTERRUPTS,
  XDP_FWD_LATENCY_1MPPS_NS,
  XDP_FWD_LATENCY_100PPS_NS,
  LINUX_CONNTRACK_DROP_PPS,
  LINUX_RAW_DROP_PPS,
  NETMAP_ONE_CORE_PPS,
  XDP_DROP_PPS,
} from './core/costs';
import {
  DST_MAC_BYTES,
  ETHERTYPE_BYTES,
  FCS_BYTES,
  IFG_BYTES,
  JUMBO_FRAME_BYTES,
  MAX_FRAME_BYTES,
  MAX_PAYLOAD_BYTES,
  MIN_FRAME_BYTES,
  MIN_PAYLOAD_BYTES,
  PREAMBLE_BYTES,
  SFD_BYTES,
  HEADER_BYTES,
  VLAN_TAG_BYTES,
  WIRE_OVERHEAD_BYTES,
} from './core/ethernet';
import { formatDuration, formatNumber, formatRate, withUnit } from './core/format';
import { nsPerPacket, packetsPerSecond, wireBytes } from './models/line-rate/line-rate';
import {
  DEV_WEIGHT,
  MAX_SOFTIRQ_RESTART,
  MAX_SOFTIRQ_TIME_NS,
  NETDEV_BUDGET,
  NETDEV_BUDGET_USECS,
  NETDEV_MAX_BACKLOG,
  RMEM_DEFAULT,
  RX_FRAMES_DEFAULT,
  RX_RING_DEFAULT,
  RX_RING_MAX,
  RX_USECS_DEFAULT,
  SKB_MIN_DATA_BYTES,
  SKB_OVERHEAD_BYTES,
} from './models/receive-path/linux-defaults';
import {
  DMA_NS,
  DRIVER_RX_NS,
  GRO_NS,
  HARDIRQ_NS,
  IP_RX_NS,
  RECV_PER_MSG_NS,
  RECV_SYSCALL_NS,
  RPS_REMOTE_MISS_NS,
  UDP_RX_NS,
  WAKE_CPU_NS,
  WAKE_LATENCY_NS,
} from './models/receive-path/stage-costs';
import { TUNED_VALUES } from './models/receive-path/tuned';
import { evaluateStack } from './models/stacks/evaluate';
import {
  AF_XDP_ZC_NS,
  AF_XDP_ZC_PPS,
  DPDK_BURST,
  DPDK_DROP_NS,
  EF_VI_HALF_RTT_NS,
  EF_VI_RX_DESC_BATCH,
  ONLOAD_RXQ_SIZE,
  NETMAP_LINE_RATE_CLOCK_GHZ,
  NETMAP_NS,
  ONLOAD_TCP_HALF_RTT_NS,
  ONLOAD_UDP_HALF_RTT_NS,
  PFRING_ZC_CLOCK_GHZ,
  PFRING_ZC_PPS,
  TYPICAL_KERNEL_HALF_RTT_NS,
  VMA_TCP_HALF_RTT_NS,
  VMA_UDP_HALF_RTT_NS,
  XDP_PASS_OVERHEAD_NS,
  XDP_PCIE_LIMIT_PPS,
  XDP_REDIRECT_PPS,
  XDP_TEST_CLOCK_GHZ,
} from './models/stacks/published';
import { SFC_RX_DMA_NS, SOCKET_CALL_NS, USER_UDP_NS } from './models/stacks/estimates';
import { STACKS } from './models/stacks/stacks';
import { MEASURED_DELIVERED_PPS, TUNING_STEPS } from './models/receive-path/tuning-steps';

export type QuotableUnit = 'ns' | 'B' | 'pps' | 'count' | 'bit-times' | 'times' | 'Hz';

export type Quotable = { value: number; unit: QuotableUnit; label: string; source?: string };

/** One stack at 10 GbE, 64 B, one core: at line rate (throughput) and at 0.1 % load (latency). */
const stackAt = (i: number, load_pct: number) => evaluateStack({ stack: i, link_gbps: 10, frame_bytes: 64, load_pct, cores: 1 });
const tenth = (x: number) => Math.round(x * 10) / 10;

const pps = (value: number, label: string, source: string): Quotable => ({ value, unit: 'pps', label, source });
const bytes = (value: number, label: string): Quotable => ({ value, unit: 'B', label, source: 'ieee8023' });
/** Time per packet at a published packet rate, to 0.1 ns (the sources round their rates more coarsely). */
const nsPer = (ppsValue: number, label: string, source: string): Quotable => ({
  value: Math.round(1e10 / ppsValue) / 10,
  unit: 'ns',
  label,
  source,
});

export const quotable: Readonly<Record<string, Quotable>> = {
  ...Object.fromEntries(BUDGET_COSTS.map((c) => [c.id, { value: c.ns, unit: 'ns', label: c.label, source: c.source }])),
  'linux-raw-drop': pps(LINUX_RAW_DROP_PPS, 'Linux, drop in iptables raw table, one core', 'xdp2018'),
  'linux-raw-drop-ns': nsPer(LINUX_RAW_DROP_PPS, 'Linux raw-table drop, per packet', 'xdp2018'),
  'linux-conntrack-drop': pps(LINUX_CONNTRACK_DROP_PPS, 'Linux with conntrack, one core', 'xdp2018'),
  'linux-conntrack-drop-ns': nsPer(LINUX_CONNTRACK_DROP_PPS, 'Linux with conntrack, per packet', 'xdp2018'),
  'xdp-drop': pps(XDP_DROP_PPS, 'XDP drop, one core', 'xdp2018'),
  'xdp-drop-ns': nsPer(XDP_DROP_PPS, 'XDP drop, per packet', 'xdp2018'),
  'dpdk-drop': pps(DPDK_DROP_PPS, 'DPDK drop, one core', 'xdp2018'),
  'dpdk-drop-ns': nsPer(DPDK_DROP_PPS, 'DPDK drop, per packet', 'xdp2018'),
  'netmap-one-core': pps(NETMAP_ONE_CORE_PPS, 'netmap, minimum-size frames, one core', 'rizzo2012-atc'),
  'app-recvmmsg-one-cpu': pps(APP_RECVMMSG_ONE_CPU_PPS, 'UDP into an application with recvmmsg(), one CPU, conntrack on', 'cloudflare2018-drop'),
  'min-frame': bytes(MIN_FRAME_BYTES, 'Minimum Ethernet frame'),
  'max-frame': bytes(MAX_FRAME_BYTES, 'Largest standard frame'),
  'max-frame-vlan': bytes(MAX_FRAME_BYTES + VLAN_TAG_BYTES, 'Largest standard frame with an 802.1Q VLAN tag'),
  'jumbo-frame': bytes(JUMBO_FRAME_BYTES, 'Jumbo frame'),
  'mac-address': bytes(DST_MAC_BYTES, 'MAC address'),
  ethertype: bytes(ETHERTYPE_BYTES, 'EtherType field'),
  fcs: bytes(FCS_BYTES, 'Frame check sequence'),
  'frame-header': bytes(HEADER_BYTES, 'Ethernet header (two MACs + EtherType)'),
  'min-payload': bytes(MIN_PAYLOAD_BYTES, 'Minimum payload (shorter payloads are padded)'),
  'max-payload': bytes(MAX_PAYLOAD_BYTES, 'Largest standard payload (the 1500-byte MTU)'),
  preamble: bytes(PREAMBLE_BYTES, 'Preamble'),
  sfd: bytes(SFD_BYTES, 'Start-of-frame delimiter'),
  ifg: bytes(IFG_BYTES, 'Inter-frame gap'),
  'wire-overhead': bytes(WIRE_OVERHEAD_BYTES, 'Preamble + SFD + inter-frame gap'),
  'ifg-bit-times': { value: IFG_BYTES * 8, unit: 'bit-times', label: 'Inter-frame gap in bit times', source: 'ieee8023' },
  // Line rate at 10 GbE with minimum-size frames (simulations/models/line-rate/line-rate.ts).
  'min-frame-wire': bytes(wireBytes(MIN_FRAME_BYTES), 'Wire time of a minimum frame, preamble, SFD and gap included'),
  'line-rate-10g-min-frame': pps(Math.round(packetsPerSecond(10, MIN_FRAME_BYTES)), '10 GbE line rate, minimum-size frames', 'ieee8023'),
  'line-rate-10g-min-frame-ns': {
    value: tenth(nsPerPacket(10, MIN_FRAME_BYTES)),
    unit: 'ns',
    label: 'Time between minimum-size frames at 10 GbE line rate',
    source: 'ieee8023',
  },
  'napi-howto-pps': { value: NAPI_HOWTO_INPUT_PPS, unit: 'count', label: 'NAPI_HOWTO test input, packets per second', source: 'napi-howto' },
  'napi-howto-irqs': { value: NAPI_HOWTO_RX_INTERRUPTS, unit: 'count', label: 'Receive interrupts raised in that test', source: 'napi-howto' },
  'dpdk-fwd-latency-low': { value: DPDK_FWD_LATENCY_NS.low, unit: 'ns', label: 'DPDK forwarding latency, average, low end', source: 'xdp2018' },
  'dpdk-fwd-latency-high': { value: DPDK_FWD_LATENCY_NS.high, unit: 'ns', label: 'DPDK forwarding latency, average, high end', source: 'xdp2018' },
  'xdp-fwd-latency': { value: XDP_FWD_LATENCY_1MPPS_NS, unit: 'ns', label: 'XDP forwarding latency, average, at 1 Mpps', source: 'xdp2018' },
  'xdp-fwd-latency-100pps': {
    value: XDP_FWD_LATENCY_100PPS_NS,
    unit: 'ns',
    label: 'XDP forwarding latency, average, at 100 packets per second',
    source: 'xdp2018',
  },
  // Linux defaults the receive-path model starts from (simulations/models/receive-path/linux-defaults.ts).
  'dev-weight': { value: DEV_WEIGHT, unit: 'count', label: 'net.core.dev_weight (packets per NAPI poll)', source: 'kernel-sysctl-net' },
  'netdev-budget': { value: NETDEV_BUDGET, unit: 'count', label: 'net.core.netdev_budget (packets per softirq run)', source: 'kernel-sysctl-net' },
  'netdev-budget-usecs': {
    value: NETDEV_BUDGET_USECS * 1000,
    unit: 'ns',
    label: 'net.core.netdev_budget_usecs (time per softirq run)',
    source: 'kernel-sysctl-net',
  },
  'netdev-max-backlog': {
    value: NETDEV_MAX_BACKLOG,
    unit: 'count',
    label: 'net.core.netdev_max_backlog (packets per CPU backlog)',
    source: 'kernel-sysctl-net',
  },
  // The value is SK_RMEM_MAX in include/net/sock.h; the sysctl documentation names the knob but not the number.
  'rmem-default': { value: RMEM_DEFAULT, unit: 'B', label: 'net.core.rmem_default (socket receive buffer)' },
  // How include/net/sock.h sizes that default: SKB_TRUESIZE(256) bytes per packet, 256 packets.
  'skb-truesize-small': {
    value: SKB_OVERHEAD_BYTES + SKB_MIN_DATA_BYTES,
    unit: 'B',
    label: 'Memory charged to a socket for one small packet (SKB_TRUESIZE(256))',
    source: 'linux-sock-h',
  },
  'skb-small-head': { value: SKB_MIN_DATA_BYTES, unit: 'B', label: 'Data area assumed for a small packet when sizing rmem_default', source: 'linux-sock-h' },
  'skb-overhead': { value: SKB_OVERHEAD_BYTES, unit: 'B', label: 'sk_buff and skb_shared_info, cache-line aligned (x86_64)' },
  'rmem-default-packets': {
    value: RMEM_DEFAULT / (SKB_OVERHEAD_BYTES + SKB_MIN_DATA_BYTES),
    unit: 'count',
    label: 'Small packets that fit in rmem_default',
    source: 'linux-sock-h',
  },
  // Softirq limits (kernel/softirq.c).
  'max-softirq-restart': {
    value: MAX_SOFTIRQ_RESTART,
    unit: 'count',
    label: 'MAX_SOFTIRQ_RESTART (softirq rounds before ksoftirqd takes over)',
    source: 'linux-softirq-c',
  },
  'max-softirq-time': {
    value: MAX_SOFTIRQ_TIME_NS,
    unit: 'ns',
    label: 'MAX_SOFTIRQ_TIME (softirq time before ksoftirqd takes over)',
    source: 'linux-softirq-c',
  },
  // NIC defaults the model starts from: the mlx5 driver's (drivers/net/ethernet/mellanox/mlx5/core/en.h).
  'rx-ring-default': { value: RX_RING_DEFAULT, unit: 'count', label: 'Default RX ring size, mlx5 (descriptors)', source: 'linux-mlx5-en-h' },
  'rx-ring-max': { value: RX_RING_MAX, unit: 'count', label: 'Largest RX ring, mlx5 (descriptors)', source: 'linux-mlx5-en-h' },
  'rx-usecs-default': { value: RX_USECS_DEFAULT * 1000, unit: 'ns', label: 'Default rx-usecs, mlx5 (interrupt moderation time)', source: 'linux-mlx5-en-h' },
  'rx-frames-default': { value: RX_FRAMES_DEFAULT, unit: 'count', label: 'Default rx-frames, mlx5 (interrupt moderation packets)', source: 'linux-mlx5-en-h' },
  'busy-read-suggested': {
    value: TUNED_VALUES.busy_poll_us! * 1000,
    unit: 'ns',
    label: 'net.core.busy_read value the kernel documentation suggests',
    source: 'kernel-sysctl-net',
  },
  // Per-packet stage costs of the receive-path model (stage-costs.ts): estimates chosen to add up to published totals.
  'dma-ns': { value: DMA_NS, unit: 'ns', label: 'Model: DMA of descriptor and data until the ring shows the packet (no CPU)' },
  'hardirq-ns': { value: HARDIRQ_NS, unit: 'ns', label: 'Model: one hard interrupt, entry to exit' },
  'driver-rx-ns': { value: DRIVER_RX_NS, unit: 'ns', label: 'Model: driver RX per packet (descriptor, sk_buff, refill)' },
  'gro-ns': { value: GRO_NS, unit: 'ns', label: 'Model: GRO looking for a flow to merge into' },
  'ip-rx-ns': { value: IP_RX_NS, unit: 'ns', label: 'Model: netif_receive_skb, IP receive and route lookup' },
  'udp-rx-ns': { value: UDP_RX_NS, unit: 'ns', label: 'Model: UDP socket lookup, enqueue and memory accounting' },
  'softirq-udp-ns': { value: DRIVER_RX_NS + GRO_NS + IP_RX_NS + UDP_RX_NS, unit: 'ns', label: 'Model: all softirq work for one small UDP packet' },
  'recv-syscall-ns': { value: RECV_SYSCALL_NS, unit: 'ns', label: 'Model: one recvmsg()/recvmmsg() call, entry to exit' },
  'recv-per-msg-ns': { value: RECV_PER_MSG_NS, unit: 'ns', label: 'Model: per datagram inside recv (dequeue, uncharge, free, copy address)' },
  'wake-cpu-ns': { value: WAKE_CPU_NS, unit: 'ns', label: 'Model: CPU time to switch a sleeping reader back in' },
  'wake-latency-ns': { value: WAKE_LATENCY_NS, unit: 'ns', label: 'Model: latency from data-ready to a reader running on an idle CPU' },
  'rps-remote-miss-ns': { value: RPS_REMOTE_MISS_NS, unit: 'ns', label: 'Model: cold sk_buff cache lines on the CPU RPS moved the packet to' },
  // What the model delivers at 10 GbE / 64 B line rate for each of chapter 4's steps (tuning-steps.test.ts keeps them true).
  ...Object.fromEntries(
    TUNING_STEPS.map((s) => [
      `delivered-${s.id}`,
      { value: MEASURED_DELIVERED_PPS[s.id], unit: 'pps', label: `Model, 10 GbE 64 B line rate: delivered with ${s.label.toLowerCase()}` },
    ]),
  ),
  // Kernel bypass (simulations/models/stacks/published.ts): published figures…
  'dpdk-burst': { value: DPDK_BURST, unit: 'count', label: 'Packets per rte_eth_rx_burst() in DPDK’s examples (MAX_PKT_BURST)', source: 'dpdk-l2fwd' },
  'xdp-pass-overhead-ns': {
    value: XDP_PASS_OVERHEAD_NS,
    unit: 'ns',
    label: 'XDP_PASS: running the hook before the normal stack, per packet',
    source: 'xdp2018',
  },
  'xdp-redirect': pps(XDP_REDIRECT_PPS, 'XDP_REDIRECT to another interface, one core', 'xdp2018-data'),
  'xdp-redirect-ns': nsPer(XDP_REDIRECT_PPS, 'XDP_REDIRECT to another interface, per packet', 'xdp2018-data'),
  'af-xdp-zc': pps(AF_XDP_ZC_PPS, 'AF_XDP zero copy, kernel to user space, one core (preliminary)', 'xdp2018'),
  'pfring-zc': pps(PFRING_ZC_PPS, 'PF_RING, per core on a low-end 2.5 GHz Xeon (vendor claim)', 'ntop-pfring-readme'),
  'ef-vi-half-rtt': { value: EF_VI_HALF_RTT_NS, unit: 'ns', label: 'ef_vi UDP half round trip, 4-byte messages, median', source: 'amd-ug1586' },
  'onload-udp-half-rtt': { value: ONLOAD_UDP_HALF_RTT_NS, unit: 'ns', label: 'Onload UDP half round trip, 4-byte messages, median', source: 'amd-ug1586' },
  'onload-tcp-half-rtt': { value: ONLOAD_TCP_HALF_RTT_NS, unit: 'ns', label: 'Onload TCP half round trip, 4-byte messages, median', source: 'amd-ug1586' },
  'vma-udp-half-rtt': { value: VMA_UDP_HALF_RTT_NS, unit: 'ns', label: 'VMA UDP half round trip (ConnectX-3)', source: 'mellanox-vma-brief' },
  'vma-tcp-half-rtt': { value: VMA_TCP_HALF_RTT_NS, unit: 'ns', label: 'VMA TCP half round trip (ConnectX-3)', source: 'mellanox-vma-brief' },
  'xdp-test-clock': { value: XDP_TEST_CLOCK_GHZ * 1e9, unit: 'Hz', label: 'Clock of the XDP paper’s test CPU (Xeon E5-1650 v4)', source: 'xdp2018' },
  'xdp-pcie-limit': pps(XDP_PCIE_LIMIT_PPS, 'Where the XDP paper’s 100 GbE NIC topped out, however many cores (PCIe)', 'xdp2018'),
  'pfring-zc-clock': {
    value: PFRING_ZC_CLOCK_GHZ * 1e9,
    unit: 'Hz',
    label: 'Clock of the Xeon behind PF_RING ZC’s per-core claim',
    source: 'ntop-pfring-readme',
  },
  'netmap-line-rate-clock': {
    value: NETMAP_LINE_RATE_CLOCK_GHZ * 1e9,
    unit: 'Hz',
    label: 'Clock at which netmap still reached 10 GbE line rate on one core',
    source: 'rizzo2012-atc',
  },
  'netmap-ns': {
    value: tenth(NETMAP_NS),
    unit: 'ns',
    label: 'Model: netmap per packet, line rate at 900 MHz scaled to the paper’s 2.93 GHz',
    source: 'rizzo2012-atc',
  },
  // …and what the stacks model gives for each stack at 10 GbE, 64 B, one core (stacks/calibration.test.ts keeps them honest).
  ...Object.fromEntries(
    STACKS.flatMap((st, i) => {
      const full = stackAt(i, 100);
      const light = stackAt(i, 0.1);
      return [
        [`stack-${st.id}-ns`, { value: tenth(full.ns_per_packet), unit: 'ns', label: `Model: CPU time per packet, ${st.label}, 64 B` }],
        [
          `stack-${st.id}-capacity`,
          { value: Math.round(full.per_core_capacity_pps), unit: 'pps', label: `Model: what one core takes without loss, ${st.label}, 64 B` },
        ],
        [
          `stack-${st.id}-delivered`,
          { value: Math.round(full.delivered_pps), unit: 'pps', label: `Model: delivered at 10 GbE line rate, 64 B, one core, ${st.label}` },
        ],
        [
          `stack-${st.id}-p50`,
          { value: tenth(light.latency_ns.p50), unit: 'ns', label: `Model: median latency at light load, wire to application, ${st.label}` },
        ],
      ];
    }),
  ),
  'tuned-gain': {
    value: Math.round((MEASURED_DELIVERED_PPS.tuned / MEASURED_DELIVERED_PPS.stock) * 10) / 10,
    unit: 'times',
    label: 'Model: tuned delivers this many times the stock kernel (10 GbE, 64 B, one queue)',
  },
  // Whole user-space stacks (chapter 6) and the price of staying safe (chapter 7), from published.ts and estimates.ts.
  'kernel-typical-half-rtt': {
    value: TYPICAL_KERNEL_HALF_RTT_NS,
    unit: 'ns',
    label: 'Half round trip through a typical NIC and the kernel (vendor figure)',
    source: 'solarflare-ull',
  },
  'kernel-over-onload-half-rtt': {
    value: Math.round((TYPICAL_KERNEL_HALF_RTT_NS / ONLOAD_UDP_HALF_RTT_NS) * 10) / 10,
    unit: 'times',
    label: 'A typical kernel half round trip divided by Onload’s UDP half round trip',
  },
  'onload-udp-over-ef-vi-ns': {
    value: ONLOAD_UDP_HALF_RTT_NS - EF_VI_HALF_RTT_NS,
    unit: 'ns',
    label: 'Onload UDP half round trip minus ef_vi’s: what the socket layer adds to a send and a receive',
    source: 'amd-ug1586',
  },
  'onload-tcp-over-udp-ns': {
    value: ONLOAD_TCP_HALF_RTT_NS - ONLOAD_UDP_HALF_RTT_NS,
    unit: 'ns',
    label: 'Onload TCP half round trip minus Onload UDP’s',
    source: 'amd-ug1586',
  },
  'ef-vi-rx-desc-batch': {
    value: EF_VI_RX_DESC_BATCH,
    unit: 'count',
    label: 'RX descriptors Onload/ef_vi posts at a time (CI_CFG_RX_DESC_BATCH)',
    source: 'amd-ug1586',
  },
  'onload-rxq-size': { value: ONLOAD_RXQ_SIZE, unit: 'count', label: 'Onload’s default RX descriptor ring (packet buffers)', source: 'amd-ug1586' },
  'user-udp-ns': { value: USER_UDP_NS, unit: 'ns', label: 'Model estimate: IP and UDP receive in a user-space stack' },
  'socket-call-ns': { value: SOCKET_CALL_NS, unit: 'ns', label: 'Model estimate: recv() answered by a preloaded library, no system call' },
  'sfc-rx-dma-ns': { value: SFC_RX_DMA_NS, unit: 'ns', label: 'Model estimate: Solarflare X2 receive, last bit to host memory' },
  'af-xdp-zc-over-dpdk-ns': {
    value: tenth(AF_XDP_ZC_NS - DPDK_DROP_NS),
    unit: 'ns',
    label: 'AF_XDP zero copy minus DPDK, CPU time per 64-byte packet on one core',
    source: 'xdp2018',
  },
};

/** How a quotable is shown: full “7 B”, “32 ns”; value “7”; adjective “7-byte” (for bytes); words “7 bytes”. */
export type ConstForm = 'value' | 'full' | 'adjective' | 'words';

/**
 * A quotable as text: what <Const> prints (components/prose/const.tsx) and
 * what the glossary interpolates, so both print a number the same way.
 */
export function formatQuotable(q: Quotable, show: ConstForm = 'full'): string {
  const bare = formatNumber(q.value, Number.isInteger(q.value) ? 0 : 1);
  if (show === 'value') return bare;
  if (q.unit === 'B' && show === 'adjective') return `${bare}-byte`;
  if (q.unit === 'B' && show === 'words') return `${bare}\u00a0${q.value === 1 ? 'byte' : 'bytes'}`;
  switch (q.unit) {
    case 'ns':
      return formatDuration(q.value);
    case 'pps':
      return formatRate(q.value);
    case 'B':
      return withUnit(formatNumber(q.value), 'B');
    case 'count':
      return formatNumber(q.value);
    case 'bit-times':
      return `${formatNumber(q.value)}\u00a0bit times`;
    case 'times':
      return `${formatNumber(q.value, 1)}\u00a0×`;
    case 'Hz':
      // Clock rates: 900 MHz reads better than 0.9 GHz, 3.6 GHz better than 3,600 MHz.
      return q.value >= 1e9 ? `${formatNumber(q.value / 1e9, Number.isInteger(q.value / 1e9) ? 0 : 1)}\u00a0GHz` : `${formatNumber(q.value / 1e6)}\u00a0MHz`;
  }
}
