/**
 * Rules for NIC and driver counters (ethtool -S, ip -s link). Driver
 * counter names come from each driver's *_ethtool.c; the generic patterns
 * cover drivers without rules of their own, as the packagecloud guide
 * advises: look for "drop", "miss", "buffer", "fifo" in the names.
 */
import { RING_MAX } from '../ethtool-names';
import { mapOf } from '../lookup';
import type { AdviceContext, Rule } from './rule';

export function ringAdvice(c: AdviceContext): string {
  const max = c.driver ? RING_MAX.get(c.driver) : undefined;
  const grow = max ? `\`ethtool -G ${c.iface} rx ${max}\` (the ${c.driver} maximum)` : `\`ethtool -G ${c.iface} rx <max>\``;
  return `Grow the RX ring: check the limit with \`ethtool -g ${c.iface}\`, then ${grow}. A bigger ring absorbs bursts; if the drops go on, the CPU behind the queue is too slow: spread the load over more queues (\`ethtool -L ${c.iface} combined <n>\`, one per core) and keep the application off the interrupt's CPU (taskset).`;
}

// ——— NIC and driver (ethtool -S, ip -s link) ———

const RING: Rule = {
  where: 'NIC RX ring',
  kind: 'loss',
  weight: 1,
  meaning:
    'The NIC had no free receive descriptor, so it dropped the packet before the kernel saw it: softirq did not empty the ring fast enough (rx_missed_errors in include/uapi/linux/if_link.h: "the host interface is slower than the network interface").',
  advice: ringAdvice,
  link: 'ring',
};

const RULES_ETHTOOL_EXACT = mapOf<Rule>({
  rx_missed_errors: RING,
  rx_missed: RING,
  // ixgbe: QPRDC, per-queue drops when a queue has no descriptor (drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c).
  rx_no_dma_resources: {
    ...RING,
    meaning: 'ixgbe dropped packets because a receive queue had no free descriptor (the QPRDC register): the ring of that queue was full.',
  },
  // mlx5: "Number of times receive queue had no software buffers allocated for the adapter's incoming traffic" (NVIDIA, Understanding mlx5 ethtool counters).
  rx_out_of_buffer: {
    ...RING,
    meaning: 'mlx5 found a receive queue with no posted buffer (WQE) for an incoming packet and dropped it: the driver did not refill the ring fast enough.',
  },
  // igb/e1000e: RNBC, no descriptor at that moment; the packet may still sit in the NIC FIFO (rx_missed_errors counts the real drops).
  rx_no_buffer_count: {
    ...RING,
    // The packet is still in the FIFO; only rx_missed_errors says it was lost.
    kind: 'pressure',
    weight: 0.5,
    meaning:
      'igb/e1000e found no free receive descriptor (RNBC). The packet waits in the NIC FIFO and is only lost if the FIFO fills too, which rx_missed_errors counts; a warning that the ring runs empty.',
  },
  // i40e: GLPRT_RDPC, renamed port.rx_discards in later kernels (drivers/net/ethernet/intel/i40e/i40e_ethtool.c).
  'port.rx_dropped': {
    ...RING,
    meaning:
      'i40e: packets the port discarded (GLPRT_RDPC), usually because the receive queues had no free descriptors. Later kernels call it port.rx_discards.',
  },
  'port.rx_discards': { ...RING, meaning: 'i40e: packets the port discarded (GLPRT_RDPC), usually because the receive queues had no free descriptors.' },
  rx_discards_phy: {
    where: 'NIC port buffer',
    kind: 'loss',
    weight: 0.9,
    meaning:
      'mlx5: packets dropped in the port buffer for lack of space, before steering to a queue: the NIC could not move data to host memory fast enough (PCIe, or all rings full), or pause frames were off.',
    advice: (c) =>
      `If rx_out_of_buffer also climbs, the rings are full: \`ethtool -G ${c.iface} rx 8192\` and more queues (\`ethtool -L ${c.iface} combined <n>\`). If only this climbs, check PCIe width/speed (\`lspci -vv\`) and consider flow control (\`ethtool -A ${c.iface} rx on\`).`,
    // The model has no port buffer; its nearest loss is the ring overflowing.
    link: 'ring',
  },
  // virtio_net: stats.drops, counted by the guest driver (drivers/net/virtio_net.c); drops in the host's queues are invisible here.
  'rx_queue_*_drops': {
    where: 'driver (virtio_net)',
    kind: 'loss',
    weight: 0.7,
    meaning:
      'virtio_net dropped received packets in the guest (bad length, buffer allocation failure, XDP). Packets the hypervisor drops because the guest did not take them in time never show up in the guest.',
    advice: (c) =>
      `Look at the host too: drops on the tap/vhost side (\`ip -s link\` of the tap device, OVS counters). In the guest, give the VM more queues (\`ethtool -L ${c.iface} combined <vCPUs>\`) and, on kernels that allow it, a bigger ring (\`ethtool -G ${c.iface} rx <max>\`).`,
    link: null,
  },
});

const WIRE: Rule = {
  where: 'wire (damaged frames)',
  kind: 'loss',
  weight: 0.2,
  meaning:
    'Frames that arrived damaged or malformed (bad CRC, bad length, bad checksum) and were thrown away: a cabling, optics or peer problem, not a capacity one.',
  advice: () =>
    'Check cable and optics (`ethtool -m`), the link partner and the negotiated speed/duplex (`ethtool <if>`); errors that grow with traffic point at a marginal link.',
  link: null,
};

const ALLOWANCE: Rule = {
  where: 'EC2 network allowance (outside the instance)',
  kind: 'loss',
  weight: 0.9,
  meaning:
    'ena: packets the EC2 network shaped (queued or dropped) because the instance went over its allowance: bandwidth (bw_in), packets per second (pps), tracked connections (conntrack) or link-local services such as DNS (linklocal). It happens outside the VM.',
  advice: (c) =>
    `No sysctl changes this. Watch which allowance climbs (\`ethtool -S ${c.iface} | grep allowance\` every few seconds); move to an instance type with more bandwidth or PPS, spread the traffic over more instances, and for conntrack avoid tracked security-group rules for heavy flows; for linklocal, cache DNS locally.`,
  link: null,
};

type Pattern = { re: RegExp; rule: Rule };

const RULES_ETHTOOL_PATTERNS: Pattern[] = [
  { re: /^(bw_in|pps|conntrack|linklocal)_allowance_exceeded$/, rule: ALLOWANCE },
  { re: /(^|[_.])(rx_)?missed(_errors)?$/, rule: RING },
  {
    re: /no_buffer|no_dma|out_of_buffer|no_bufs|no_desc|no_erx_descr|no_pbuf|drops_no_skbs|drops_no_frags|empty_rx_ring/,
    rule: {
      ...RING,
      meaning: 'The driver or NIC counted packets it could not place for lack of a receive buffer or descriptor: the ring was empty of free entries.',
    },
  },
  {
    re: /fifo|overrun|over_errors|buffer_full/,
    rule: {
      where: 'NIC FIFO',
      kind: 'loss',
      weight: 0.9,
      meaning:
        "The NIC's on-chip receive FIFO overflowed: packets arrived faster than the NIC could write them to the ring (rx_fifo_errors/rx_over_errors in include/uapi/linux/if_link.h).",
      advice: ringAdvice,
      link: 'ring',
    },
  },
  {
    re: /alloc_fail|alloc_err|buff_alloc|alloc_rx_buff_failed|rx_post_fail|dma_mapping_err/,
    rule: {
      where: 'driver buffer allocation',
      // A failed refill, not a dropped packet: the ring has one free slot fewer until a later refill succeeds.
      kind: 'pressure',
      weight: 0.8,
      meaning:
        'The driver could not allocate or map a fresh buffer to refill the ring; the slot stays empty and the ring runs dry sooner (memory pressure or IOMMU mapping trouble).',
      advice: () => 'Check free memory and fragmentation (`/proc/buddyinfo`), raise `vm.min_free_kbytes`, and look in `dmesg` for allocation or IOMMU errors.',
      link: null,
    },
  },
  { re: /crc|align|symbol|jabber|runt|undersize|oversize|fragments|too_long|range_err|length_err|frame_err|(csum|checksum).*(err|bad)|bad_csum/, rule: WIRE },
  {
    re: /(^|[_.])rx.*(drop|discard)|(drop|discard).*rx|^drop_events$|^in_discards$|^rx_dropped/,
    rule: {
      where: 'NIC or driver (drop)',
      kind: 'loss',
      weight: 0.7,
      meaning:
        "The driver or NIC counted received packets it dropped; what exactly this counter covers is driver-specific (read the driver's *_ethtool.c), but the usual cause is a full ring or no buffer.",
      advice: ringAdvice,
      link: 'ring',
    },
  },
];

export function ethtoolRule(group: string): Rule | null {
  const name = group.toLowerCase();
  // Transmit counters say nothing about losing received packets.
  if (/^tx|[_.-]tx[_.-]|^queue_\*_tx_|_tx_/.test(name) || /^bw_out_/.test(name) || /^rx_xdp|xdp_drop/.test(name)) return null;
  const exact = RULES_ETHTOOL_EXACT.get(group) ?? RULES_ETHTOOL_EXACT.get(name);
  if (exact) return exact;
  return RULES_ETHTOOL_PATTERNS.find((p) => p.re.test(name))?.rule ?? null;
}

// ——— ip -s link ———

export const IP_RULES = mapOf<Rule>({
  rx_missed_errors: RING,
  rx_over_errors: {
    ...RING,
    where: 'NIC RX ring / FIFO',
    meaning:
      'Receive overruns: the NIC had nowhere to put packets (ring or FIFO full); the name and exact meaning vary by driver (rx_over_errors in include/uapi/linux/if_link.h).',
  },
  rx_fifo_errors: {
    ...RING,
    where: 'NIC FIFO',
    weight: 0.9,
    meaning: 'The NIC\'s receive FIFO overflowed (rx_fifo_errors); drivers use it loosely for "no room".',
  },
  rx_dropped: {
    where: 'kernel or driver (rx_dropped)',
    kind: 'loss',
    weight: 0.7,
    meaning:
      'Packets received but not processed: the per-CPU backlog was full (enqueue_to_backlog also bumps this), no protocol wanted them (nohandler), filtering, or driver-specific drops; ring overflows belong in rx_missed_errors (include/uapi/linux/if_link.h).',
    advice: () =>
      'Tell the causes apart: softnet_stat dropped (backlog), `ip -s -s link` nohandler, `ethtool -S <if>` drop counters, and `perf record -e skb:kfree_skb -a` for drop reasons.',
    link: 'backlog',
  },
  rx_nohandler: {
    where: 'no protocol handler',
    kind: 'loss',
    weight: 0.1,
    meaning: 'Packets no protocol handler wanted (e.g. frames for a protocol the host does not run, or on a bond slave).',
    advice: () => 'Usually harmless; a packet capture shows which protocol they are.',
    link: null,
  },
  rx_crc_errors: WIRE,
  rx_frame_errors: WIRE,
  rx_length_errors: WIRE,
});
