/**
 * Text of the /proc files the lab shows, in the formats Linux 6.8 prints:
 * each function cites the kernel function whose seq_printf it imitates.
 */
import { queueTotals, type MachineCounters } from './counters';
import { IRQ_BASE, NCPUS, PCI_ADDR, irqName, type MachineState } from './machine';

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
const pad = (s: string | number, w: number) => String(s).padStart(w, ' ');
const padEnd = (s: string | number, w: number) => String(s).padEnd(w, ' ');

/**
 * /proc/net/softnet_stat: one line per online CPU, fifteen %08x columns
 * (net/core/net-procfs.c softnet_seq_show, 6.x): processed, dropped,
 * time_squeeze, 0, four zeros (was fastroute), 0 (was cpu_collision),
 * received_rps, flow_limit_count, backlog length, CPU index, input queue
 * length, process queue length. Counters are u32 and wrap.
 */
export function softnetStat(c: MachineCounters): string {
  let out = '';
  for (let cpu = 0; cpu < NCPUS; cpu++) {
    const s = c.cpus[cpu]!;
    const backlog = c.backlog[cpu] ?? 0;
    const cols = [s.processed, s.dropped, s.timeSqueeze, 0, 0, 0, 0, 0, 0, s.receivedRps, 0, backlog, cpu, backlog, 0];
    out += `${cols.map(hex8).join(' ')}\n`;
  }
  return out;
}

/**
 * Width of the IRQ number column: kernel/irq/proc.c show_interrupts grows it
 * from 3 by one digit per power of ten in nr_irqs (about 1,100 on an 8-CPU
 * x86 box, so 4).
 */
const PREC = 4;

/**
 * /proc/interrupts, eth0's lines (kernel/irq/proc.c show_interrupts, 6.8):
 * a header of "CPU%-8d" after prec+8 spaces; per IRQ "%*d: ", "%10u " per
 * CPU, the chip name " %8s", the hwirq " %*lu", "-%-8s" of the flow handler
 * ("edge"), and "  %s" the action name. For PCI MSI-X on an IOMMU the chip
 * is "IR-PCI-MSIX-<bus address>" and hwirq is the vector index (mlx5 uses
 * vector 0 for its async events, so completion vector q is q + 1). The CAL
 * line is x86's arch_show_interrupts: RPS wakes other CPUs with
 * smp_call_function_single_async, counted as function call interrupts.
 */
export function procInterrupts(state: MachineState, c: MachineCounters): string {
  let out = `${' '.repeat(PREC + 8)}${Array.from({ length: NCPUS }, (_, j) => padEnd(`CPU${j}`, 11)).join('')}\n`;
  for (let q = 0; q < state.channels; q++) {
    const counts = Array.from({ length: NCPUS }, (_, j) => `${pad(c.irqs[q]?.[j] ?? 0, 10)} `).join('');
    out += `${pad(IRQ_BASE + q, PREC)}: ${counts} IR-PCI-MSIX-${PCI_ADDR} ${pad(q + 1, PREC)}-${padEnd('edge', 8)}  ${irqName(q)}\n`;
  }
  const cal = Array.from({ length: NCPUS }, (_, j) => `${pad(c.cpus[j]!.receivedRps, 10)} `).join('');
  out += `${pad('CAL', PREC)}: ${cal}  Function call interrupts\n`;
  return out;
}

/** One "Name: f1 f2…" / "Name: v1 v2…" pair of /proc/net/snmp. */
type SnmpTable = { name: string; fields: Array<[string, number]> };

/**
 * The IPv4 MIB tables of /proc/net/snmp (net/ipv4/proc.c snmp_seq_show, 6.8),
 * with what the simulation counts filled in: every packet that reaches IP is
 * a UDP datagram for udp-sink; UDP InDatagrams counts datagrams handed to
 * recvmsg(), RcvbufErrors (and InErrors, charged twice on ENOMEM) those the
 * full socket refused (net/ipv4/udp.c __udp_queue_rcv_skb).
 */
export function snmpTables(c: MachineCounters): SnmpTable[] {
  const zero = (names: string) => names.split(' ').map((n): [string, number] => [n, 0]);
  const set = (rows: Array<[string, number]>, values: Record<string, number>) => rows.map(([n, v]): [string, number] => [n, values[n] ?? v]);
  return [
    {
      name: 'Ip',
      fields: set(
        zero(
          'Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits',
        ),
        { Forwarding: 2, DefaultTTL: 64, InReceives: c.ipInReceives, InDelivers: c.ipInReceives },
      ),
    },
    {
      name: 'Icmp',
      fields: zero(
        'InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps',
      ),
    },
    {
      name: 'Tcp',
      fields: set(
        zero(
          'RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors',
        ),
        {
          RtoAlgorithm: 1,
          RtoMin: 200,
          RtoMax: 120000,
          MaxConn: -1,
        },
      ),
    },
    {
      name: 'Udp',
      fields: set(zero('InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors'), {
        InDatagrams: c.udpInDatagrams,
        InErrors: c.udpInErrors,
        RcvbufErrors: c.udpRcvbufErrors,
      }),
    },
    { name: 'UdpLite', fields: zero('InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors') },
  ];
}

/** /proc/net/snmp: a header line and a value line per table (IcmpMsg is omitted while no ICMP type has been seen). */
export function procNetSnmp(c: MachineCounters): string {
  return snmpTables(c)
    .map((t) => `${t.name}: ${t.fields.map(([n]) => n).join(' ')}\n${t.name}: ${t.fields.map(([, v]) => v).join(' ')}\n`)
    .join('');
}

/** The interface statistics both /proc/net/dev and `ip -s link` print (struct rtnl_link_stats64). */
export type LinkStats = {
  rx_bytes: number;
  rx_packets: number;
  rx_errors: number;
  rx_dropped: number;
  rx_missed_errors: number;
  rx_fifo_errors: number;
  multicast: number;
  tx_bytes: number;
  tx_packets: number;
  tx_errors: number;
  tx_dropped: number;
};

/** eth0 per mlx5e_get_stats: software ring counters, rx_missed_errors = rx_out_of_buffer, rx_dropped from the core (backlog drops). */
export function eth0Stats(c: MachineCounters): LinkStats {
  const { bytes, packets, missed } = queueTotals(c);
  return {
    rx_bytes: bytes,
    rx_packets: packets,
    rx_errors: 0,
    rx_dropped: c.rxDropped,
    rx_missed_errors: missed,
    rx_fifo_errors: 0,
    multicast: 0,
    tx_bytes: 0,
    tx_packets: 0,
    tx_errors: 0,
    tx_dropped: 0,
  };
}

export const ZERO_STATS: LinkStats = {
  rx_bytes: 0,
  rx_packets: 0,
  rx_errors: 0,
  rx_dropped: 0,
  rx_missed_errors: 0,
  rx_fifo_errors: 0,
  multicast: 0,
  tx_bytes: 0,
  tx_packets: 0,
  tx_errors: 0,
  tx_dropped: 0,
};

/**
 * /proc/net/dev (net/core/net-procfs.c dev_seq_show / dev_seq_printf_stats):
 * "drop" folds rx_dropped and rx_missed_errors together.
 */
export function procNetDev(eth0: LinkStats): string {
  const line = (name: string, s: LinkStats) => {
    const v = [
      pad(s.rx_bytes, 7),
      pad(s.rx_packets, 7),
      pad(s.rx_errors, 4),
      pad(s.rx_dropped + s.rx_missed_errors, 4),
      pad(s.rx_fifo_errors, 4),
      pad(0, 5),
      pad(0, 10),
      pad(s.multicast, 9),
      pad(s.tx_bytes, 8),
      pad(s.tx_packets, 7),
      pad(s.tx_errors, 4),
      pad(s.tx_dropped, 4),
      pad(0, 4),
      pad(0, 5),
      pad(0, 7),
      pad(0, 10),
    ];
    return `${pad(name, 6)}: ${v.join(' ')}\n`;
  };
  return (
    'Inter-|   Receive                                                |  Transmit\n' +
    ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n' +
    line('lo', ZERO_STATS) +
    line('eth0', eth0)
  );
}
