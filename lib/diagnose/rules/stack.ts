/**
 * Rules for the kernel's own counters: /proc/net/softnet_stat, the SNMP
 * counters (nstat, netstat -s, /proc/net/snmp) and the interrupt spread.
 */
import { mapOf } from '../lookup';
import type { Rule } from './rule';

// ——— softnet_stat ———

export const SOFTNET_RULES = mapOf<Rule>({
  'softnet_stat dropped': {
    where: 'per-CPU backlog',
    kind: 'loss',
    weight: 1,
    perMember: true,
    meaning:
      "enqueue_to_backlog() dropped the packet because this CPU's input queue held netdev_max_backlog packets already (net/core/dev.c). Only packets that go through the backlog are counted: RPS/RFS steering, netif_rx() from non-NAPI drivers, veth and tunnels.",
    advice: () =>
      'Raise the limit: `sysctl -w net.core.netdev_max_backlog=2000` (default 1000), and check that the CPU owning the backlog is not busy with other work; with RPS, steer to more CPUs (`/sys/class/net/<if>/queues/rx-N/rps_cpus`).',
    link: 'backlog',
  },
  'softnet_stat time_squeeze': {
    where: 'softirq budget',
    // The softirq stopped early and runs again later: nothing dropped here, though the ring may overflow meanwhile.
    kind: 'pressure',
    weight: 0.3,
    perMember: true,
    meaning:
      'net_rx_action() stopped with packets still waiting because it used up net.core.netdev_budget packets or netdev_budget_usecs (net/core/dev.c). Not a drop itself, but the ring keeps filling while softirq waits for its next turn.',
    advice: () =>
      'Give softirq a bigger budget: `sysctl -w net.core.netdev_budget=600` and `sysctl -w net.core.netdev_budget_usecs=4000`. If it keeps squeezing, this CPU has too much receive work: add RSS queues (`ethtool -L <if> combined <n>`) or RPS, and keep applications off it.',
    link: 'softirq',
  },
  'softnet_stat flow_limit_count': {
    where: 'RPS flow limit',
    kind: 'loss',
    weight: 0.8,
    perMember: true,
    meaning:
      'The flow limit dropped packets of one heavy flow to keep the backlog free for others (net.core.flow_limit_cpu_bitmap, net/core/dev.c skb_flow_limit).',
    advice: () =>
      "One flow floods this CPU's backlog: spread it (more queues, RPS over more CPUs) or raise `net.core.flow_limit_table_len`; if the flow matters, turn the limit off for that CPU in `net.core.flow_limit_cpu_bitmap`.",
    link: null,
  },
});

// ——— SNMP counters (nstat, netstat -s, /proc/net/snmp) ———

const RCVBUF: Rule = {
  where: 'socket receive buffer',
  kind: 'loss',
  weight: 1,
  meaning:
    "UDP dropped a datagram because the socket's receive buffer was full (sk_rmem_alloc above sk_rcvbuf; __udp_queue_rcv_skb in net/ipv4/udp.c counts it here and in InErrors): the application reads more slowly than packets arrive.",
  advice: () =>
    "Make the reader faster first: recvmmsg() batches, more reader threads with SO_REUSEPORT, pinned to CPUs other than the interrupt's (taskset). A bigger buffer only absorbs bursts: `sysctl -w net.core.rmem_max=16777216` and SO_RCVBUF in the application, or `sysctl -w net.core.rmem_default=4194304` for all sockets. Find the socket with `ss -u -a -m` (the d counter in skmem).",
  link: 'socket',
};

export const SNMP_RULES = mapOf<Rule>({
  UdpRcvbufErrors: RCVBUF,
  Udp6RcvbufErrors: RCVBUF,
  UdpLiteRcvbufErrors: RCVBUF,
  UdpMemErrors: {
    where: 'UDP memory (net.ipv4.udp_mem)',
    kind: 'loss',
    weight: 1,
    meaning:
      "UDP dropped a datagram because all UDP sockets together used more pages than net.ipv4.udp_mem allows (__udp_enqueue_schedule_skb, net/ipv4/udp.c), although this socket's own buffer had room.",
    advice: () =>
      'Compare `cat /proc/net/sockstat` (UDP mem, in pages) with `sysctl net.ipv4.udp_mem`; raise the third value, e.g. `sysctl -w net.ipv4.udp_mem="262144 327680 393216"`, and make sure buffers get drained: huge SO_RCVBUF on many sockets runs into this limit.',
    link: null,
  },
  UdpInCsumErrors: {
    where: 'UDP checksum',
    kind: 'loss',
    weight: 0.3,
    meaning: 'Datagrams with a bad UDP checksum, dropped (and counted in InErrors too).',
    advice: () =>
      'Damaged packets: check the path (ethtool -S crc errors, the sender) and whether checksum offload is misbehaving (`ethtool -K <if> rx off` to test).',
    link: null,
  },
  UdpNoPorts: {
    where: 'no listening socket',
    kind: 'loss',
    weight: 0.05,
    meaning: 'Datagrams for a port no socket listens on (the kernel answers with ICMP port unreachable). Often harmless: scans, late replies.',
    advice: () => 'If you expected a receiver on that port, check it is listening on the right address: `ss -ulpn`.',
    link: null,
  },
  UdpInErrors: {
    where: 'UDP receive (other errors)',
    kind: 'loss',
    weight: 0.5,
    meaning:
      'UDP InErrors not explained by RcvbufErrors, MemErrors or InCsumErrors (those are counted in InErrors as well): e.g. packets a socket filter or encapsulation handler rejected, or short headers.',
    advice: () => 'Trace where they die: `perf record -e skb:kfree_skb -a` (drop reasons on 5.17+) or `dropwatch -l kas`.',
    link: null,
  },
  TcpExtListenOverflows: {
    where: 'TCP accept queue',
    kind: 'loss',
    weight: 0.6,
    meaning:
      "A connection completed the handshake but the listening socket's accept queue was full: the application calls accept() too slowly or its backlog is small.",
    advice: () =>
      'Raise the backlog the application passes to listen() and `sysctl -w net.core.somaxconn=4096`; accept faster (more acceptor threads, SO_REUSEPORT).',
    link: null,
  },
  TcpExtListenDrops: {
    where: 'TCP listen queue',
    kind: 'loss',
    weight: 0.6,
    meaning: 'SYNs or completed connections dropped at a listening socket (includes every ListenOverflows).',
    advice: () => 'See ListenOverflows; also check `net.ipv4.tcp_max_syn_backlog` and SYN flood protection (`TcpExtTCPReqQFullDrop`).',
    link: null,
  },
  TcpExtTCPBacklogDrop: {
    where: 'TCP socket backlog',
    kind: 'loss',
    weight: 0.6,
    meaning:
      'Softirq could not queue a segment to the socket backlog while the application held the socket lock, because the backlog would exceed the receive buffer (tcp_add_backlog, net/ipv4/tcp_ipv4.c).',
    advice: () =>
      'Let the reader keep up: larger TCP receive buffers (`sysctl -w net.ipv4.tcp_rmem="4096 131072 16777216"`), and the application off the interrupt\'s CPU.',
    link: null,
  },
  TcpExtTCPRcvQDrop: {
    where: 'TCP socket receive buffer',
    kind: 'loss',
    weight: 0.8,
    meaning: "TCP dropped an in-order segment because the socket's receive memory was exhausted even after pruning (tcp_data_queue, net/ipv4/tcp_input.c).",
    advice: () => 'Raise `net.ipv4.tcp_rmem` (max) and check `net.ipv4.tcp_mem`; read faster.',
    link: null,
  },
  TcpExtTCPZeroWindowDrop: {
    where: 'TCP socket receive buffer',
    kind: 'loss',
    weight: 0.4,
    meaning:
      'Segments dropped because the receiver had advertised a zero window: its buffer was full (tcp_data_queue, net/ipv4/tcp_input.c). The sender retransmits later.',
    advice: () => 'The application does not read fast enough for the data it is sent; raise `net.ipv4.tcp_rmem` only if the reads keep up on average.',
    link: null,
  },
  TcpExtRcvPruned: {
    where: 'TCP socket receive buffer',
    kind: 'loss',
    weight: 0.5,
    meaning: "Packets dropped from a socket's receive queue after collapsing it failed to free enough memory.",
    advice: () => 'Raise `net.ipv4.tcp_rmem` and make the reader faster.',
    link: null,
  },
  TcpExtOfoPruned: {
    where: 'TCP out-of-order queue',
    kind: 'loss',
    weight: 0.5,
    meaning: 'Out-of-order segments thrown away to free socket memory; they will be retransmitted.',
    advice: () => 'Usually follows loss upstream plus a small buffer: raise `net.ipv4.tcp_rmem`.',
    link: null,
  },
  IpInDiscards: {
    where: 'IP input',
    kind: 'loss',
    weight: 0.5,
    meaning:
      'IP datagrams dropped with nothing wrong in them, for lack of resources (RFC 4293 ipSystemStatsInDiscards), e.g. failed allocation during reassembly or forwarding.',
    advice: () => 'Trace with `perf record -e skb:kfree_skb -a` or `dropwatch -l kas`.',
    link: null,
  },
});

export const INTERRUPT_RULE: Rule = {
  where: 'interrupt distribution',
  // Where the work lands, not a count of dropped packets.
  kind: 'pressure',
  weight: 0.05,
  meaning:
    "One CPU takes the hard interrupts, and so runs the softirq polling, for all of this NIC's receive traffic while the other CPUs stay out of it. Under load that CPU is where packets are lost first: in its ring, its backlog, or the socket of a reader that shares it.",
  advice: (c) =>
    `Spread the queue interrupts over CPUs: set /proc/irq/<N>/smp_affinity_list per queue (or let irqbalance do it, and check it runs), make sure there are several queues (\`ethtool -l ${c.iface}\`, \`ethtool -L ${c.iface} combined <n>\`), or use RPS if the NIC has one queue. Pin the application to other CPUs (taskset).`,
  link: 'one-cpu',
};
