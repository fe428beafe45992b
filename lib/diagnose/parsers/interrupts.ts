/**
 * /proc/interrupts (kernel/irq/proc.c show_interrupts): a header of online
 * CPUs (`CPU0 CPU1 …`), then one line per interrupt: `NN:` (or `NMI:`), one
 * count per CPU, the controller (`PCI-MSI-edge`, `IR-PCI-MSI 524288-edge`,
 * `PCI-MSIX-0000:00:05.0 0-edge`) and the action names. Also read without
 * the header, as `grep eth0 /proc/interrupts` prints it.
 */
import type { InterruptRow } from '../types';
import type { BlockParser } from './block';

const HEADER = /^\s*(?:CPU\d+\s*)+$/;
const ROW = /^\s*([A-Za-z0-9]+):\s*(.*)$/;
// Words that only an interrupt controller column has: they tell a headerless grep apart from other `N: …` lines.
const CONTROLLER = /\b(?:PCI-MSI|PCI-MSIX|IO-APIC|IR-IO-APIC|IR-PCI-MSI|xen-pirq|GIC|edge|fasteoi|Edge|Level|MSI)\b/;

function parseRow(line: string, cpus: number | null): InterruptRow | null {
  const m = ROW.exec(line);
  if (!m) return null;
  const tokens = m[2]!.trim().split(/\s+/).filter(Boolean);
  const counts: number[] = [];
  while (counts.length < (cpus ?? Infinity) && tokens.length > 0 && /^\d+$/.test(tokens[0]!)) counts.push(Number(tokens.shift()));
  if (counts.length === 0) return null;
  // The action name(s) are the last field; the controller sits between.
  const rest = tokens.join(' ');
  const name = tokens.length > 0 ? tokens[tokens.length - 1]! : '';
  return { irq: m[1]!, perCpu: counts, name: rest.includes(',') ? rest.slice(rest.search(/\S+,/)) : name };
}

export const parseInterrupts: BlockParser = (lines, start, ctx) => {
  const header = HEADER.test(lines[start]!);
  let cpus: number[] | null = null;
  let i = start;
  if (header) {
    cpus = lines[start]!.trim().split(/\s+/).map((c) => Number(c.slice(3)));
    i++;
  } else {
    const row = parseRow(lines[start]!, null);
    const grep = ctx.command?.tool === 'interrupts';
    if (!row || !/^\d+$/.test(row.irq) || !(grep || CONTROLLER.test(lines[start]!))) return null;
  }
  const rows: InterruptRow[] = [];
  let width = cpus?.length ?? null;
  while (i < lines.length) {
    const row = parseRow(lines[i]!, width);
    if (!row) break;
    // Without a header, the first row sets how many CPUs there are.
    width ??= row.perCpu.length;
    rows.push(row);
    i++;
  }
  if (rows.length === 0) return null;
  const cpuList = cpus ?? Array.from({ length: width ?? 0 }, (_, k) => k);
  const messages = header ? [] : [`/proc/interrupts lines ${start + 1}–${i}: no CPU header, so the count columns are taken as CPU0, CPU1, … (wrong if some CPUs are offline).`];
  return {
    format: '/proc/interrupts',
    end: i,
    detail: `${cpuList.length} CPU${cpuList.length === 1 ? '' : 's'}, ${rows.length} interrupt lines${header ? '' : ', no CPU header'}`,
    label: '/proc/interrupts',
    readings: [],
    interrupts: { key: `interrupts:${ctx.ordinal}`, cpus: cpuList, rows },
    messages,
  };
};
