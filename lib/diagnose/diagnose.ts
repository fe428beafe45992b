/**
 * `diagnose(text, later?, { intervalS })`: what a reader's pasted counters
 * say about where their machine loses packets. Never throws: whatever the
 * input, the answer lists what was read, what was not, and why.
 */
import { byKey, counterFindings, explainInErrors, pair, rank } from './findings';
import { interruptFindings } from './interrupts-analysis';
import { MAX_PASTE_CHARS, tooLargeMessage, tooLargeSummary } from './limits';
import { segment } from './segment';
import { lineRange } from './text';
import type { DiagnoseOptions, Diagnosis, Finding, Snapshot } from './types';

const HOW_TO =
  'Paste the output of any of: ethtool -S <if>, cat /proc/net/softnet_stat, nstat -az, netstat -su, cat /proc/net/snmp, ip -s link, cat /proc/interrupts.';

/** The first `shown` items, then how many more: the summary stays one readable sentence for any paste. */
function listSome<T>(items: readonly T[], show: (item: T) => string, shown = 20): string {
  const listed = items.slice(0, shown).map(show).join(', ');
  return items.length <= shown ? listed : `${listed} and ${(items.length - shown).toLocaleString('en-US')} more`;
}

function summary(s: Snapshot, label: string): string {
  const lines = s.recognised.reduce((n, b) => n + b.lines[1] - b.lines[0] + 1, 0);
  const formats = listSome(s.recognised, (b) => `${b.format} (${lineRange(b.lines)})`);
  const skipped = s.unrecognised.reduce((n, u) => n + u.lines[1] - u.lines[0] + 1, 0);
  const read =
    s.recognised.length > 0
      ? `Read ${s.recognised.length} block${s.recognised.length === 1 ? '' : 's'}, ${lines} line${lines === 1 ? '' : 's'}: ${formats}`
      : 'Recognised nothing';
  const notRead = skipped > 0 ? `; ${skipped} line${skipped === 1 ? '' : 's'} not recognised (${listSome(s.unrecognised, (u) => lineRange(u.lines))})` : '';
  return `${label}${label ? read.charAt(0).toLowerCase() + read.slice(1) : read}${notRead}.`;
}

function validInterval(intervalS: number | undefined, messages: string[]): number {
  if (intervalS === undefined) return 1;
  if (Number.isFinite(intervalS) && intervalS > 0) return intervalS;
  messages.push(`The interval ${String(intervalS)} s is not a positive number of seconds; using 1 s.`);
  return 1;
}

/** The answer when a paste is over the limit: nothing read, and why. */
function refusal(text: string, later: string | undefined): Diagnosis | null {
  const over: Array<[number, string]> = [];
  const two = later !== undefined;
  if (text.length > MAX_PASTE_CHARS) over.push([text.length, two ? 'The first snapshot' : 'The paste']);
  if (two && later.length > MAX_PASTE_CHARS) over.push([later.length, 'The later snapshot']);
  if (over.length === 0) return null;
  return {
    recognised: [],
    findings: [],
    unrecognised: [],
    messages: over.map(([size, which]) => tooLargeMessage(size, which)),
    refused: over.map(([size, which]) => tooLargeSummary(size, which)).join(' '),
  };
}

function analyse(text: string, later: string | undefined, opts: DiagnoseOptions): Diagnosis {
  const refused = refusal(text, later);
  if (refused) return refused;
  const messages: string[] = [];
  const total = text.length + (later?.length ?? 0);
  const report = opts.onProgress;
  const first = segment(text, report && ((read) => report({ read, total }))).snapshot;
  const second = later === undefined ? null : segment(later, report && ((read) => report({ read: text.length + read, total }))).snapshot;
  const two = second !== null;
  const intervalS = validInterval(opts.intervalS, messages);
  const label = (which: 'first' | 'later') => (two ? (which === 'first' ? 'First snapshot: ' : 'Later snapshot: ') : '');

  messages.push(summary(first, label('first')));
  for (const m of first.messages) messages.push(`${label('first')}${m}`);
  if (second) {
    messages.push(summary(second, label('later')));
    for (const m of second.messages) messages.push(`${label('later')}${m}`);
  }

  const before = byKey(first.readings, messages, label('first'));
  const now = second ? byKey(second.readings, messages, label('later')) : before;
  explainInErrors(before);
  if (second) explainInErrors(now);

  const { paired, backwards, onlyEarlier, onlyLater } = pair(now, second ? before : null, intervalS);
  if (two) {
    messages.push(
      `Rates are per second over an interval of ${intervalS} s${opts.intervalS === undefined ? ' (the default: give the real interval, --interval-s in the CLI)' : ''}; counts are the later snapshot's values.`,
    );
    if (backwards.length > 0) {
      messages.push(
        `${backwards.length} counter${backwards.length === 1 ? '' : 's'} went backwards between the snapshots (a reboot, a driver reload, counters reset, or two different machines), so no rate is given for ${backwards.length === 1 ? 'it' : 'them'}: ${backwards.slice(0, 8).join(', ')}${backwards.length > 8 ? ', …' : ''}.`,
      );
    }
    if (onlyLater + onlyEarlier > 0) {
      messages.push(
        `${onlyLater} counter${onlyLater === 1 ? ' is' : 's are'} only in the later snapshot and ${onlyEarlier} only in the first; those have no rate.`,
      );
    }
  }
  if (paired.some((p) => p.reading.deltaOverS === null)) {
    messages.push(
      'nstat without -a prints the change since it last ran, so its numbers are not totals; use nstat -az for totals, or nstat -n; sleep 1; nstat for a one-second change.',
    );
  }

  // concat, not spread: a spread passes every element as an argument, and the stack has room for about 100,000.
  const findings: Finding[] = counterFindings(paired, two).concat(
    interruptFindings((second ?? first).interrupts, second ? first.interrupts : null, two ? intervalS : null, messages),
  );
  const ranked = rank(findings, two);
  report?.({ read: total, total });

  if (first.recognised.length + (second?.recognised.length ?? 0) === 0) messages.push(`Nothing recognised. ${HOW_TO}`);
  else if (ranked.length === 0) messages.push('No drop counter is above zero in what was read: no loss found there.');

  const tag = <T extends object>(items: readonly T[], snapshot: 'first' | 'later'): T[] => items.map((x) => ({ ...x, snapshot }));
  return {
    recognised: second ? tag(first.recognised, 'first').concat(tag(second.recognised, 'later')) : first.recognised,
    findings: ranked,
    unrecognised: second ? tag(first.unrecognised, 'first').concat(tag(second.unrecognised, 'later')) : first.unrecognised,
    messages,
  };
}

export function diagnose(text: string, later?: string, opts: DiagnoseOptions = {}): Diagnosis {
  try {
    return analyse(typeof text === 'string' ? text : String(text), later === undefined || later === null ? undefined : String(later), opts ?? {});
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
