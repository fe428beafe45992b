/**
 * `ip -s link` and `ip -s -s link` (iproute2, ip/ipaddress.c). Each interface
 * is a header line, a link/ether line and pairs of lines: a line of column
 * names (`RX: bytes packets errors dropped overrun mcast`) and a line of
 * numbers. The names changed over the years (old: `overrun` on the RX line
 * and `missed` under `RX errors`; iproute2 ≥ 5.x: `missed` on the RX line and
 * `overrun` under `RX errors`) and the spacing with them, so columns are
 * matched by name, not by position.
 */
import { mapOf } from '../lookup';
import { counterValue, words } from '../text';
import { declined, type BlockParser, type BlockReading } from './block';

const RECORD = /^\s*(?:\d+:\s+)?([\w.@-]+?)(?:@[\w.-]+)?:\s+<[A-Z0-9_,-]*>/;
const STATS_START = /^\s*(RX|TX)(\s+errors)?:(\s.*)$/;
const COLUMN_NAME = /^[a-z]+$/;
const INTEGER = /^-?\d+$/;

/** `RX: bytes packets errors …` (or `RX errors: length crc …`): the direction and the column names; null for anything else. */
function statsHeader(line: string): { dir: string; names: string[] } | null {
  const m = STATS_START.exec(line);
  if (!m) return null;
  const names = words(m[3]!);
  return names.length > 0 && names.every((n) => COLUMN_NAME.test(n)) ? { dir: m[1]!, names } : null;
}

/** The numbers of a line made only of integers; null for anything else. */
function numbers(line: string): number[] | null {
  const w = words(line);
  if (w.length === 0 || !w.every((x) => INTEGER.test(x))) return null;
  const values = w.map(counterValue);
  return values.includes(null) ? null : (values as number[]);
}

/** Interface names for a label: a few, then how many more (a host with thousands of veths must not make every finding's source a list of them). */
function nameList(names: readonly string[], shown = 6): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${(names.length - shown).toLocaleString('en-US')} more`;
}

// iproute2 column names → struct rtnl_link_stats64 field names (include/uapi/linux/if_link.h).
const RX_NAMES = mapOf({
  bytes: 'rx_bytes',
  packets: 'rx_packets',
  errors: 'rx_errors',
  dropped: 'rx_dropped',
  overrun: 'rx_over_errors',
  missed: 'rx_missed_errors',
  mcast: 'multicast',
  length: 'rx_length_errors',
  crc: 'rx_crc_errors',
  frame: 'rx_frame_errors',
  fifo: 'rx_fifo_errors',
  nohandler: 'rx_nohandler',
});

type Iface = { name: string; counters: Map<string, number> };

export const parseIpLink: BlockParser = (lines, start, ctx) => {
  if (!RECORD.test(lines[start]!)) return null;
  const ifaces: Iface[] = [];
  let i = start;
  while (i < lines.length) {
    ctx.reached?.(i);
    const rec = RECORD.exec(lines[i]!);
    if (!rec) break;
    const iface: Iface = { name: rec[1]!, counters: new Map() };
    i++;
    // Before the statistics: link/ether, altname, or a header wrapped by the copy.
    let skipped = 0;
    while (i < lines.length && skipped < 4 && !statsHeader(lines[i]!) && !RECORD.test(lines[i]!) && lines[i]!.trim() !== '') {
      i++;
      skipped++;
    }
    while (i + 1 < lines.length) {
      const head = statsHeader(lines[i]!);
      const values = head ? numbers(lines[i + 1]!) : null;
      if (!head || !values) break;
      if (head.dir === 'RX') {
        head.names.forEach((n, j) => {
          const field = RX_NAMES.get(n);
          if (field && values[j] !== undefined) iface.counters.set(field, values[j]!);
        });
      }
      i += 2;
    }
    ifaces.push(iface);
  }
  const readings: BlockReading[] = ifaces.flatMap((f) =>
    [...f.counters].map(([name, value]) => ({ key: `ip:${f.name}:${name}`, name, value, group: name, member: '', iface: f.name })),
  );
  // `ip link` without -s: records with no numbers. A later record in this run has none either.
  if (readings.length === 0) return declined(i);
  const names = ifaces.map((f) => f.name);
  return {
    format: 'ip -s link',
    end: i,
    detail: `${names.length} interface${names.length === 1 ? '' : 's'} (${nameList(names, 20)}), ${readings.length} RX counters`,
    label: `ip -s link ${nameList(names)}`,
    readings,
  };
};
