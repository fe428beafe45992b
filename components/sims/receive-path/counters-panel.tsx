'use client';
/**
 * The counters a reader would look at on a real machine, grouped by the
 * command that prints them and named exactly as that command names them.
 * A counter that moved since the last readout shows its increase; the drop
 * counters are buttons that explain the latest drop of their kind.
 */
import { useRef } from 'react';
import type { DropCounter, ReceivePathSim } from '@/simulations/models/receive-path';
import { formatNumber } from '@/simulations/core/format';

type Row = { name: string; value: number; drop?: DropCounter; hint: string };
type Group = { command: string; rows: Row[] };

export function counterGroups(sim: ReceivePathSim): Group[] {
  const c = sim.counters();
  return [
    {
      command: 'ethtool -S eth0',
      rows: [
        { name: 'rx_packets', value: c.rx_packets, hint: 'packets the driver took from the rings' },
        { name: 'rx_missed_errors', value: c.rx_missed_errors, drop: 'rx_missed_errors', hint: 'dropped by the NIC: no free descriptor in the ring' },
      ],
    },
    {
      // iproute2 prints them as separate RX columns; /proc/net/dev folds missed into "drop".
      command: 'ip -s link show eth0',
      rows: [
        { name: 'RX dropped', value: c.rx_dropped, hint: 'rx_dropped: packets the kernel dropped after the NIC delivered them (here: backlog overflow)' },
        { name: 'RX missed', value: c.rx_missed_errors, hint: 'rx_missed_errors: packets the NIC dropped for lack of a descriptor' },
      ],
    },
    {
      command: 'cat /proc/net/softnet_stat',
      rows: sim.cores.flatMap((core, cpu) => [
        { name: `CPU ${cpu} processed`, value: core.processed, hint: 'column 1: packets this CPU’s softirq handled' },
        { name: `CPU ${cpu} dropped`, value: core.dropped, drop: 'softnet_stat.dropped' as const, hint: 'column 2: backlog over netdev_max_backlog' },
        { name: `CPU ${cpu} time_squeeze`, value: core.timeSqueeze, hint: 'column 3: softirq ran out of budget or time' },
      ]),
    },
    {
      command: 'nstat -az',
      rows: [
        { name: 'UdpInDatagrams', value: c.UdpInDatagrams, hint: 'datagrams handed to the application by recv()' },
        { name: 'UdpRcvbufErrors', value: c.UdpRcvbufErrors, drop: 'UdpRcvbufErrors', hint: 'dropped: socket receive buffer full' },
        { name: 'UdpInErrors', value: c.UdpInErrors, hint: 'includes every RcvbufErrors drop (charged twice)' },
      ],
    },
    {
      command: 'grep eth0 /proc/interrupts',
      rows: sim.lanes.map((l, q) => ({ name: `eth0-rx-${q}`, value: l.interrupts, hint: `interrupts of RX queue ${q}` })),
    },
  ];
}

type Props = { sim: ReceivePathSim | null; version: number; onExplain: (counter: DropCounter) => void; selected: DropCounter | null };

export function CountersPanel({ sim, onExplain, selected }: Props) {
  const previous = useRef(new Map<string, number>());
  if (!sim) return <div className="h-40 animate-pulse rounded-lg bg-paper-2" aria-hidden="true" />;
  const groups = counterGroups(sim);
  const seen = new Map<string, number>();
  const out = (
    <div className="grid gap-3 font-sans sm:grid-cols-2" data-counters>
      {groups.map((g) => (
        <section key={g.command} className="min-w-0 rounded-lg border border-rule bg-paper p-2.5">
          <h4 className="mb-1.5 truncate font-mono text-[0.72rem] text-ink-2">
            <span aria-hidden="true">$ </span>
            {g.command}
          </h4>
          <dl className="space-y-0.5">
            {g.rows.map((r) => {
              const before = previous.current.get(`${g.command}/${r.name}`);
              seen.set(`${g.command}/${r.name}`, r.value);
              const delta = before === undefined ? 0 : r.value - before;
              const name = (
                <span className="truncate font-mono text-[0.74rem]" title={r.hint}>
                  {r.name}
                </span>
              );
              return (
                <div key={r.name} className="flex items-baseline justify-between gap-2" data-counter={r.name}>
                  <dt className="min-w-0 truncate">
                    {r.drop && r.value > 0 ? (
                      <button
                        type="button"
                        onClick={() => onExplain(r.drop!)}
                        aria-pressed={selected === r.drop}
                        className="rounded px-0.5 text-left text-warn underline decoration-dotted underline-offset-2 hover:bg-warn-soft aria-pressed:bg-warn-soft"
                        aria-label={`${r.name}: why were these packets dropped?`}
                      >
                        {name}
                      </button>
                    ) : (
                      name
                    )}
                  </dt>
                  <dd className="flex items-baseline gap-1.5 font-mono text-[0.76rem] tabular">
                    <span className={r.drop && r.value > 0 ? 'font-semibold text-warn' : 'text-ink'} data-value={r.value}>
                      {formatNumber(r.value)}
                    </span>
                    <span
                      className={`min-w-[3.2rem] rounded px-1 text-right text-[0.66rem] ${delta > 0 ? (r.drop ? 'bg-warn-soft text-warn' : 'bg-accent-soft text-accent') : 'text-transparent'}`}
                      aria-hidden={delta <= 0}
                      title="increase since the last readout"
                    >
                      {delta > 0 ? `+${formatNumber(delta)}` : '·'}
                    </span>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
  previous.current = seen;
  return out;
}
