/**
 * /proc/net/softnet_stat: one row per online CPU, hexadecimal columns of
 * eight digits (seq_printf "%08x" in softnet_seq_show, net/core/net-procfs.c).
 */
import { softnetLayout, SOFTNET_COUNTERS } from '../softnet-columns';
import type { BlockParser, BlockReading } from './block';

const HEX_ROW = /^\s*(?:[0-9a-f]{8}\s+){8,}[0-9a-f]{8}\s*$/i;

function columnsOf(line: string): string[] {
  return line.trim().split(/\s+/);
}

export const parseSoftnet: BlockParser = (lines, start) => {
  if (!HEX_ROW.test(lines[start]!)) return null;
  const width = columnsOf(lines[start]!).length;
  let end = start;
  // A row with another column count is not part of this block: a cut-off
  // paste, or two machines' files run together. It is reported unrecognised.
  while (end < lines.length && HEX_ROW.test(lines[end]!) && columnsOf(lines[end]!).length === width) end++;

  const layout = softnetLayout(width);
  const cpuColumn = layout.names.indexOf('cpu');
  const readings: BlockReading[] = [];
  const messages: string[] = [];
  const cpus: number[] = [];
  for (let row = start; row < end; row++) {
    const values = columnsOf(lines[row]!).map((h) => Number.parseInt(h, 16));
    // Offline CPUs have no row, so the row number is the CPU only when the file says nothing else.
    const cpu = cpuColumn >= 0 ? values[cpuColumn]! : row - start;
    cpus.push(cpu);
    layout.names.forEach((name, i) => {
      if (!name || !SOFTNET_COUNTERS.has(name)) return;
      readings.push({
        key: `softnet:cpu${cpu}:${name}`,
        name: `softnet_stat ${name} (CPU ${cpu})`,
        value: values[i]!,
        group: `softnet_stat ${name}`,
        member: `CPU ${cpu}`,
      });
    });
  }
  if (cpuColumn < 0 && end - start > 1) {
    messages.push(`softnet_stat lines ${start + 1}–${end}: ${layout.columns} columns carry no CPU number, so row n is taken as CPU n (wrong if some CPUs are offline).`);
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
