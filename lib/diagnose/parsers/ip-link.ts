/**
 * `ip -s link` and `ip -s -s link` (iproute2, ip/ipaddress.c). Each interface
 * is a header line, a link/ether line and pairs of lines: a line of column
 * names (`RX: bytes packets errors dropped overrun mcast`) and a line of
 * numbers. The names changed over the years (old: `overrun` on the RX line
 * and `missed` under `RX errors`; iproute2 ≥ 5.x: `missed` on the RX line and
 * `overrun` under `RX errors`) and the spacing with them, so columns are
 * matched by name, not by position.
 */
import type { BlockParser, BlockReading } from './block';

const RECORD = /^\s*(?:\d+:\s+)?([\w.@-]+?)(?:@[\w.-]+)?:\s+<[A-Z0-9_,-]*>/;
const STATS_HEADER = /^\s*(RX|TX)(\s+errors)?:((?:\s+[a-z]+)+)\s*$/;
const NUMBERS = /^\s*(?:-?\d+\s+)*-?\d+\s*$/;

// iproute2 column names → struct rtnl_link_stats64 field names (include/uapi/linux/if_link.h).
const RX_NAMES: Record<string, string> = {
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
};

type Iface = { name: string; counters: Map<string, number> };

export const parseIpLink: BlockParser = (lines, start) => {
  if (!RECORD.test(lines[start]!)) return null;
  const ifaces: Iface[] = [];
  let i = start;
  while (i < lines.length) {
    const rec = RECORD.exec(lines[i]!);
    if (!rec) break;
    const iface: Iface = { name: rec[1]!, counters: new Map() };
    i++;
    // Before the statistics: link/ether, altname, or a header wrapped by the copy.
    let skipped = 0;
    while (i < lines.length && skipped < 4 && !STATS_HEADER.test(lines[i]!) && !RECORD.test(lines[i]!) && lines[i]!.trim() !== '') {
      i++;
      skipped++;
    }
    while (i + 1 < lines.length) {
      const head = STATS_HEADER.exec(lines[i]!);
      if (!head || !NUMBERS.test(lines[i + 1]!)) break;
      const names = head[3]!.trim().split(/\s+/);
      const values = lines[i + 1]!.trim().split(/\s+/).map(Number);
      if (head[1] === 'RX') {
        names.forEach((n, j) => {
          const field = RX_NAMES[n];
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
  if (readings.length === 0) return null;
  const names = ifaces.map((f) => f.name);
  return {
    format: 'ip -s link',
    end: i,
    detail: `${names.length} interface${names.length === 1 ? '' : 's'} (${names.join(', ')}), ${readings.length} RX counters`,
    label: `ip -s link ${names.join(', ')}`,
    readings,
  };
};
