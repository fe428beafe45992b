/** The diagnosis as plain text for a terminal: what was read, the packets lost worst first, then the pressure signals, the notes. */
import { FINDING_KIND_LABEL, type Diagnosis } from './types';

const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0 });

/**
 * Word-wrapped to `width` columns, every line after the first indented by
 * `indent`. A command in backticks is never broken, so it can be copied.
 */
function wrap(text: string, indent: string, firstPrefix = indent.length, width = 100): string {
  const words = text.match(/\S*`[^`]*`\S*|\S+/g) ?? [];
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const room = width - (out.length === 0 ? firstPrefix : indent.length);
    if (line && line.length + 1 + w.length > room) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

const range = (l: [number, number]) => (l[0] === l[1] ? `line ${l[0]}` : `lines ${l[0]}–${l[1]}`);

export function formatReport(d: Diagnosis): string {
  const out: string[] = [];
  const snap = (s?: string) => (s ? `${s} snapshot, ` : '');
  out.push('Recognised:');
  if (d.recognised.length === 0) out.push('  nothing');
  for (const b of d.recognised) out.push(`  ${b.format} — ${snap(b.snapshot)}${range(b.lines)}: ${wrap(b.detail, '    ')}`);
  if (d.unrecognised.length > 0) {
    out.push('', 'Not recognised:');
    for (const u of d.unrecognised) out.push(`  ${snap(u.snapshot)}${range(u.lines)} "${u.text}": ${wrap(u.reason, '    ')}`);
  }
  if (d.findings.length === 0) out.push('', 'Findings: none');
  d.findings.forEach((f, i) => {
    // Findings come losses first (findings.ts, rank): a heading where the kind changes, numbers running on.
    if (f.kind !== d.findings[i - 1]?.kind) out.push('', `${FINDING_KIND_LABEL[f.kind]}${f.kind === 'loss' ? ', worst first' : ''}:`);
    const rate = f.rate === null ? '' : `, ${num(f.rate)}/s`;
    out.push(`  ${i + 1}. ${f.where}: ${f.counter} = ${num(f.count)}${rate}`);
    if (f.meaning) out.push(`     What it means: ${wrap(f.meaning, '       ', 20)}`);
    out.push(`     What to try: ${wrap(f.advice, '       ', 19)}`);
    if (f.link) out.push(`     See it happen: ${f.link}`);
    if (f.source) out.push(`     From: ${f.source}`);
  });
  if (d.messages.length > 0) {
    out.push('', 'Notes:');
    for (const m of d.messages) out.push(`  - ${wrap(m, '    ')}`);
  }
  return `${out.join('\n')}\n`;
}
