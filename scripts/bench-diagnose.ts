/**
 * Diagnosis timings for `npm run bench` (printed, never asserted: the
 * machine's load decides them). Each paste is diagnosed once after a warm-up
 * on a small one; wall time and this process's CPU time are shown, with the
 * input's size, so that growth with size can be read off (linear: double the
 * input, double the time). Also runs alone: `npx tsx scripts/bench-diagnose.ts
 * [case-name …]`.
 */
import { diagnose } from '../lib/diagnose';
import {
  bigInterrupts,
  mixedPaste,
  mixedPasteOfSize,
  mlx5Ethtool,
  nonNicCounterLines,
  wideInterruptsRow,
  wideSoftnetRow,
} from '../lib/diagnose/fixtures/large';

const MB = 1_000_000;

type Case = { name: string; make: () => string };

export const DIAGNOSE_CASES: Case[] = [
  { name: 'fixtures mixed, 50k lines', make: () => mixedPaste(50_000) },
  { name: 'fixtures mixed, 100k lines', make: () => mixedPaste(100_000) },
  { name: 'fixtures mixed, 5 MB', make: () => mixedPasteOfSize(5 * MB) },
  { name: 'fixtures mixed, 10 MB', make: () => mixedPasteOfSize(10 * MB) },
  { name: 'ethtool -S, 8 mlx5 ports × 64 queues × 4 TCs', make: () => Array.from({ length: 8 }, (_, k) => mlx5Ethtool(`enp${k}s0`, 64, 4)).join('') },
  { name: '/proc/interrupts, 512 CPUs × 2000 lines', make: () => bigInterrupts(512, 2000) },
  { name: 'non-NIC "name: value" lines, 100k', make: () => nonNicCounterLines(100_000) },
  { name: 'softnet_stat row of 1e6 columns', make: () => wideSoftnetRow(1_000_000) },
  { name: '/proc/interrupts row of 1e6 CPUs', make: () => wideInterruptsRow(1_000_000) },
];

export type DiagnoseFigure = { case: string; lines: number; mb: number; wall_ms: number; cpu_ms: number; findings: number; ms_per_mb: number; failed: boolean };

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function diagnoseFigures(names?: readonly string[]): DiagnoseFigure[] {
  diagnose(mixedPaste(2_000)); // JIT warm-up
  const out: DiagnoseFigure[] = [];
  for (const c of DIAGNOSE_CASES) {
    if (names && names.length > 0 && !names.some((n) => c.name.includes(n))) continue;
    const text = c.make();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const d = diagnose(text);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const mb = text.length / MB;
    out.push({
      case: c.name,
      lines: lineCount(text),
      mb: Math.round(mb * 100) / 100,
      wall_ms: Math.round(wall),
      cpu_ms: Math.round((used.user + used.system) / 1000),
      findings: d.findings.length,
      ms_per_mb: Math.round(wall / mb),
      // diagnose() never throws; a crash inside shows as this message instead.
      failed: d.messages.some((m) => m.startsWith('The diagnosis failed')),
    });
  }
  return out;
}

type Table = (header: string[], rows: string[][]) => void;

export function printDiagnoseFigures(table: Table, figures = diagnoseFigures()): void {
  console.log('\nDiagnosis of large pastes, in Node (timings vary with load; printed only)');
  table(
    ['paste', 'lines', 'MB', 'wall', 'CPU', 'ms/MB', 'findings'],
    figures.map((f) => [
      f.case,
      f.lines.toLocaleString('en'),
      f.mb.toFixed(2),
      `${f.wall_ms} ms`,
      `${f.cpu_ms} ms`,
      String(f.ms_per_mb),
      f.failed ? 'FAILED' : String(f.findings),
    ]),
  );
}

function simpleTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printDiagnoseFigures(simpleTable, diagnoseFigures(process.argv.slice(2)));
}
