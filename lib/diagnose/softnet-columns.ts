/**
 * What each column of /proc/net/softnet_stat means, by how many columns a
 * row has. The file has no header and grew over the years; the format string
 * is in softnet_seq_show(), net/core/dev.c until v3.8, net/core/net-procfs.c
 * since. History (read from the kernel sources and the patches that changed it):
 *
 * -  9 columns, up to v2.6.34: total, dropped, time_squeeze, 0 (was throttled),
 *    0 ×4 (was fastroute), cpu_collision.
 * - 10 columns, v2.6.35 (RPS): + received_rps. RHEL 6 (2.6.32) and RHEL 7
 *   (3.10) print this layout too.
 * - 11 columns, v3.11: + flow_limit_count (commit 99bbc70741, "rps: selective
 *   flow shedding during softnet overflow").
 * - 13 columns, v5.10: + softnet_backlog_len and the CPU index (commit
 *   7d58e6555870, "net-sysfs: add backlog len and CPU id to softnet data");
 *   backported to RHEL 8.5 (4.18.0-348). cpu_collision is printed as a
 *   constant 0 ("was cpu_collision") in these kernels.
 * - 15 columns, v6.4: + input_qlen and process_qlen (commit 59da2d7b0e99);
 *   column 12 stays their sum.
 *
 * Columns 1–3 never moved, so an unknown count still yields those three.
 */
export type SoftnetColumn =
  | 'processed'
  | 'dropped'
  | 'time_squeeze'
  | 'zero'
  | 'cpu_collision'
  | 'received_rps'
  | 'flow_limit_count'
  | 'backlog_len'
  | 'cpu'
  | 'input_qlen'
  | 'process_qlen';

export type SoftnetLayout = {
  columns: number;
  /** Column names in order; null for columns we do not name. */
  names: Array<SoftnetColumn | null>;
  /** Which kernels print this many columns, in words. */
  era: string;
  known: boolean;
};

const BASE: SoftnetColumn[] = ['processed', 'dropped', 'time_squeeze', 'zero', 'zero', 'zero', 'zero', 'zero', 'cpu_collision'];

// Keyed by the column count, a number read from the paste: a Map has no inherited keys.
const LAYOUTS = new Map<number, { extra: SoftnetColumn[]; era: string }>([
  [9, { extra: [], era: 'Linux up to 2.6.34 (before RPS)' }],
  [10, { extra: ['received_rps'], era: 'Linux 2.6.35–3.10 (RPS added received_rps; also RHEL 6 and 7)' }],
  [11, { extra: ['received_rps', 'flow_limit_count'], era: 'Linux 3.11–5.9 (flow_limit_count added)' }],
  [13, { extra: ['received_rps', 'flow_limit_count', 'backlog_len', 'cpu'], era: 'Linux 5.10–6.3, or RHEL 8.5+ (backlog length and CPU index added)' }],
  [
    15,
    {
      extra: ['received_rps', 'flow_limit_count', 'backlog_len', 'cpu', 'input_qlen', 'process_qlen'],
      era: 'Linux 6.4 or later (input_qlen and process_qlen added)',
    },
  ],
]);

export function softnetLayout(columns: number): SoftnetLayout {
  const layout = LAYOUTS.get(columns);
  if (layout) return { columns, names: [...BASE, ...layout.extra], era: layout.era, known: true };
  const names: Array<SoftnetColumn | null> = Array.from({ length: columns }, (_, i) => (i < 3 ? BASE[i]! : null));
  return {
    columns,
    names,
    era: `an unknown layout with ${columns} columns (only processed, dropped and time_squeeze, the first three, are read)`,
    known: false,
  };
}

/** Columns that are counters (they only grow); the queue lengths are momentary values. */
export const SOFTNET_COUNTERS: ReadonlySet<SoftnetColumn> = new Set([
  'processed',
  'dropped',
  'time_squeeze',
  'cpu_collision',
  'received_rps',
  'flow_limit_count',
]);
