/**
 * /proc/interrupts (kernel/irq/proc.c show_interrupts): a header of online
 * CPUs (`CPU0 CPU1 …`), then one line per interrupt: `NN:` (or `NMI:`), one
 * count per CPU, the controller (`PCI-MSI-edge`, `IR-PCI-MSI 524288-edge`,
 * `PCI-MSIX-0000:00:05.0 0-edge`) and the action names. Also read without
 * the header, as `grep eth0 /proc/interrupts` prints it.
 */
import { counterValue, words } from '../text';
import type { InterruptRow } from '../types';
import type { BlockParser } from './block';

const CPU_NAME = /^CPU\d+$/;
const COUNT = /^\d+$/;
const ROW = /^\s*([A-Za-z0-9]+):\s*(.*)$/;
// Words that only an interrupt controller column has: they tell a headerless grep apart from other `N: …` lines.
const CONTROLLER = /\b(?:PCI-MSI|PCI-MSIX|IO-APIC|IR-IO-APIC|IR-PCI-MSI|xen-pirq|GIC|edge|fasteoi|Edge|Level|MSI)\b/;

/** `CPU0 CPU1 …`: the CPU numbers of the header, or null for any other line. */
function cpuHeader(line: string): number[] | null {
  if (!/^\s*CPU\d/.test(line)) return null;
  const names = words(line);
  return names.every((c) => CPU_NAME.test(c)) ? names.map((c) => Number(c.slice(3))) : null;
}

/**
 * The action names: the last word, or for a shared line (`uhci_hcd:usb1,
 * eth0`) everything from the first word with a comma after its first
 * character. Found word by word: a regex search for `\S+,` retries from each
 * character of a long word, which is quadratic.
 */
function actionName(tokens: readonly string[], from: number): string {
  if (from >= tokens.length) return '';
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.indexOf(',', 1) !== -1) return tokens.slice(k).join(' ');
  }
  return tokens[tokens.length - 1]!;
}

function parseRow(line: string, cpus: number | null): InterruptRow | null {
  const m = ROW.exec(line);
  if (!m) return null;
  const tokens = words(m[2]!);
  const counts: number[] = [];
  // An index, not shift(): shift() moves the whole array each time, quadratic for a wide row.
  let k = 0;
  while (counts.length < (cpus ?? Infinity) && k < tokens.length && COUNT.test(tokens[k]!)) {
    const n = counterValue(tokens[k]!);
    if (n === null) return null;
    counts.push(n);
    k++;
  }
  if (counts.length === 0) return null;
  // The action name(s) are the last field; the controller sits between.
  return { irq: m[1]!, perCpu: counts, name: actionName(tokens, k) };
}

export const parseInterrupts: BlockParser = (lines, start, ctx) => {
  const cpus = cpuHeader(lines[start]!);
  const header = cpus !== null;
  let i = start;
  if (header) {
    i++;
  } else {
    const row = parseRow(lines[start]!, null);
    const grep = ctx.command?.tool === 'interrupts';
    if (!row || !/^\d+$/.test(row.irq) || !(grep || CONTROLLER.test(lines[start]!))) return null;
  }
  const rows: InterruptRow[] = [];
  let width = cpus?.length ?? null;
  while (i < lines.length) {
    ctx.reached?.(i);
    const row = parseRow(lines[i]!, width);
    if (!row) break;
    // Without a header, the first row sets how many CPUs there are.
    width ??= row.perCpu.length;
    rows.push(row);
    i++;
  }
  if (rows.length === 0) return null;
  const cpuList = cpus ?? Array.from({ length: width ?? 0 }, (_, k) => k);
  const messages = header
    ? []
    : [`/proc/interrupts lines ${start + 1}–${i}: no CPU header, so the count columns are taken as CPU0, CPU1, … (wrong if some CPUs are offline).`];
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
