/**
 * /proc/net/softnet_stat: one row per online CPU, hexadecimal columns of
 * eight digits (seq_printf "%08x" in softnet_seq_show, net/core/net-procfs.c).
 */
import { softnetLayout, SOFTNET_COUNTERS } from '../softnet-columns';
import { words } from '../text';
import type { BlockParser, BlockReading } from './block';

const HEX_WORD = /^[0-9a-f]{8}$/i;
// Cheap first look, so that only lines that start like a row are split into words.
const HEX_START = /^\s*[0-9a-f]{8}\s/i;

/** The columns of a softnet_stat row (nine or more 8-digit hex words), or null. */
function hexRow(line: string): string[] | null {
  if (!HEX_START.test(line)) return null;
  const cols = words(line);
  return cols.length >= 9 && cols.every((c) => HEX_WORD.test(c)) ? cols : null;
}

export const parseSoftnet: BlockParser = (lines, start, ctx) => {
  const first = hexRow(lines[start]!);
  if (!first) return null;
  const width = first.length;
  const rows: string[][] = [first];
  let end = start + 1;
  // A row with another column count is not part of this block: a cut-off
  // paste, or two machines' files run together. It is reported unrecognised.
  for (; end < lines.length; end++) {
    ctx.reached?.(end);
    const row = hexRow(lines[end]!);
    if (!row || row.length !== width) break;
    rows.push(row);
  }

  const layout = softnetLayout(width);
  const cpuColumn = layout.names.indexOf('cpu');
  // Only the counter columns are read: a broken row may have a million columns.
  const counters: Array<{ name: string; column: number }> = [];
  layout.names.forEach((name, column) => {
    if (name && SOFTNET_COUNTERS.has(name)) counters.push({ name, column });
  });
  const readings: BlockReading[] = [];
  const messages: string[] = [];
  rows.forEach((values, k) => {
    // Offline CPUs have no row, so the row number is the CPU only when the file says nothing else.
    const cpu = cpuColumn >= 0 ? Number.parseInt(values[cpuColumn]!, 16) : k;
    for (const { name, column } of counters) {
      readings.push({
        key: `softnet:cpu${cpu}:${name}`,
        name: `softnet_stat ${name} (CPU ${cpu})`,
        value: Number.parseInt(values[column]!, 16),
        group: `softnet_stat ${name}`,
        member: `CPU ${cpu}`,
      });
    }
  });
  if (cpuColumn < 0 && end - start > 1) {
    messages.push(
      `softnet_stat lines ${start + 1}–${end}: ${layout.columns} columns carry no CPU number, so row n is taken as CPU n (wrong if some CPUs are offline).`,
    );
  }
  if (!layout.known) messages.push(`softnet_stat lines ${start + 1}–${end}: ${layout.columns} columns is ${layout.era}.`);
  return {
    format: '/proc/net/softnet_stat',
    end,
    detail: `${end - start} CPU${end - start === 1 ? '' : 's'}, ${width} columns: ${layout.era}`,
    label: 'softnet_stat',
    readings,
    messages,
  };
};
