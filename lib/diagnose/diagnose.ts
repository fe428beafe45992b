/**
 * `diagnose(text, later?, { intervalS })`: what a reader's pasted counters
 * say about where their machine loses packets. Never throws: whatever the
 * input, the answer lists what was read, what was not, and why.
 */
import { byKey, counterFindings, explainInErrors, pair, rank } from './findings';
import { interruptFindings } from './interrupts-analysis';
import { segment } from './segment';
import { lineRange } from './text';
import type { DiagnoseOptions, Diagnosis, Finding, Snapshot } from './types';

const HOW_TO = 'Paste the output of any of: ethtool -S <if>, cat /proc/net/softnet_stat, nstat -az, netstat -su, cat /proc/net/snmp, ip -s link, cat /proc/interrupts.';

function summary(s: Snapshot, label: string): string {
  const lines = s.recognised.reduce((n, b) => n + b.lines[1] - b.lines[0] + 1, 0);
  const formats = s.recognised.map((b) => `${b.format} (${lineRange(b.lines)})`).join(', ');
  const skipped = s.unrecognised.reduce((n, u) => n + u.lines[1] - u.lines[0] + 1, 0);
  const read = s.recognised.length > 0 ? `Read ${s.recognised.length} block${s.recognised.length === 1 ? '' : 's'}, ${lines} line${lines === 1 ? '' : 's'}: ${formats}` : 'Recognised nothing';
  const notRead = skipped > 0 ? `; ${skipped} line${skipped === 1 ? '' : 's'} not recognised (${s.unrecognised.map((u) => lineRange(u.lines)).join(', ')})` : '';
  return `${label}${label ? read.charAt(0).toLowerCase() + read.slice(1) : read}${notRead}.`;
}

function validInterval(intervalS: number | undefined, messages: string[]): number {
  if (intervalS === undefined) return 1;
  if (Number.isFinite(intervalS) && intervalS > 0) return intervalS;
  messages.push(`The interval ${String(intervalS)} s is not a positive number of seconds; using 1 s.`);
  return 1;
}

function analyse(text: string, later: string | undefined, opts: DiagnoseOptions): Diagnosis {
  const messages: string[] = [];
  const first = segment(text).snapshot;
  const second = later === undefined ? null : segment(later).snapshot;
  const two = second !== null;
  const intervalS = validInterval(opts.intervalS, messages);
  const label = (which: 'first' | 'later') => (two ? (which === 'first' ? 'First snapshot: ' : 'Later snapshot: ') : '');

  messages.push(summary(first, label('first')));
  messages.push(...first.messages.map((m) => `${label('first')}${m}`));
  if (second) {
    messages.push(summary(second, label('later')));
    messages.push(...second.messages.map((m) => `${label('later')}${m}`));
  }

  const before = byKey(first.readings, messages, label('first'));
  const now = second ? byKey(second.readings, messages, label('later')) : before;
  explainInErrors(before);
  if (second) explainInErrors(now);

  const { paired, backwards, onlyEarlier, onlyLater } = pair(now, second ? before : null, intervalS);
  if (two) {
    messages.push(`Rates are per second over an interval of ${intervalS} s${opts.intervalS === undefined ? ' (the default: give the real interval, --interval-s in the CLI)' : ''}; counts are the later snapshot's values.`);
    if (backwards.length > 0) {
      messages.push(`${backwards.length} counter${backwards.length === 1 ? '' : 's'} went backwards between the snapshots (a reboot, a driver reload, counters reset, or two different machines), so no rate is given for ${backwards.length === 1 ? 'it' : 'them'}: ${backwards.slice(0, 8).join(', ')}${backwards.length > 8 ? ', …' : ''}.`);
    }
    if (onlyLater + onlyEarlier > 0) {
      messages.push(`${onlyLater} counter${onlyLater === 1 ? ' is' : 's are'} only in the later snapshot and ${onlyEarlier} only in the first; those have no rate.`);
    }
  }
  if (paired.some((r) => r.deltaOverS === null)) {
    messages.push('nstat without -a prints the change since it last ran, so its numbers are not totals; use nstat -az for totals, or nstat -n; sleep 1; nstat for a one-second change.');
  }

  const findings: Finding[] = [
    ...counterFindings(paired, two),
    ...interruptFindings((second ?? first).interrupts, second ? first.interrupts : null, two ? intervalS : null, messages),
  ];
  const ranked = rank(findings, two);

  if (first.recognised.length + (second?.recognised.length ?? 0) === 0) messages.push(`Nothing recognised. ${HOW_TO}`);
  else if (ranked.length === 0) messages.push('No drop counter is above zero in what was read: no loss found there.');

  const tag = <T extends object>(items: readonly T[], snapshot: 'first' | 'later'): T[] => items.map((x) => ({ ...x, snapshot }));
  return {
    recognised: second ? [...tag(first.recognised, 'first'), ...tag(second.recognised, 'later')] : first.recognised,
    findings: ranked,
    unrecognised: second ? [...tag(first.unrecognised, 'first'), ...tag(second.unrecognised, 'later')] : first.unrecognised,
    messages,
  };
}

export function diagnose(text: string, later?: string, opts: DiagnoseOptions = {}): Diagnosis {
  try {
    return analyse(typeof text === 'string' ? text : String(text), later === undefined ? undefined : String(later), opts ?? {});
  } catch (err) {
    // A bug here must not cost the reader the page: say so instead.
    return {
      recognised: [],
      findings: [],
      unrecognised: [],
      messages: [`The diagnosis failed on this input (${err instanceof Error ? err.message : String(err)}). Please report it with the pasted text.`],
    };
  }
}
