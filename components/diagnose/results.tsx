'use client';
import { useState } from 'react';
import { FINDING_KIND_LABEL, type Diagnosis, type Finding, type FindingKind } from '@/lib/diagnose';
import { lineRange } from '@/lib/diagnose/text';
import { FindingCard } from './finding-card';
import { outcome, summarise } from './summary';
import { WithCode } from './with-code';

const h3 = 'text-lg font-semibold tracking-tight text-ink';
const snap = (s?: 'first' | 'later') => (s ? `${s === 'first' ? 'first' : 'later'} snapshot, ` : '');

const boxes = {
  nothing: 'border-warn/40 bg-warn-soft',
  clean: 'border-good/40 bg-good-soft',
  findings: 'border-rule bg-paper-2',
} as const;

/**
 * Lists this long are shown in part until asked: a paste of many machines'
 * outputs can give thousands of findings and notes, and drawing them all
 * would hold the page up for seconds.
 */
export const SHOWN_AT_FIRST = 100;

/** The first SHOWN_AT_FIRST items, or all once the reader asks; and the button that asks. */
function useShowAll<T>(items: readonly T[], what: string) {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, items.length - SHOWN_AT_FIRST);
  const shown = hidden > 0 ? items.slice(0, SHOWN_AT_FIRST) : items;
  const more =
    hidden > 0 ? (
      <button
        type="button"
        onClick={() => setAll(true)}
        className="mt-3 h-8 rounded-md border border-rule bg-card px-2.5 text-[0.8rem] font-medium text-ink-2 hover:border-accent hover:text-ink"
        data-show-all
      >
        Show all {items.length.toLocaleString('en-US')} {what} ({hidden.toLocaleString('en-US')} more)
      </button>
    ) : null;
  return { shown, more };
}

type Group = { kind: FindingKind; start: number; items: Finding[] };

/** The findings cut where their kind changes (they come losses first, lib/diagnose/findings.ts), numbered on across the cut. */
function byKind(findings: readonly Finding[]): Group[] {
  const groups: Group[] = [];
  findings.forEach((f, i) => {
    const last = groups.at(-1);
    if (last?.kind === f.kind) last.items.push(f);
    else groups.push({ kind: f.kind, start: i, items: [f] });
  });
  return groups;
}

/** The diagnosis of the current paste: the summary, the packets lost worst first, then the pressure signals, what was read and what not, and the notes. */
export function Results({ diagnosis: d }: { diagnosis: Diagnosis }) {
  const kind = outcome(d);
  const findings = useShowAll(d.findings, 'findings');
  const recognised = useShowAll(d.recognised, 'outputs');
  const unrecognised = useShowAll(d.unrecognised, 'stretches');
  const messages = useShowAll(d.messages, 'notes');
  const groups = byKind(findings.shown);
  return (
    <div className="space-y-8" data-outcome={kind}>
      <div className={`rounded-xl border px-4 py-3 ${boxes[kind]}`}>
        <p className="font-semibold text-ink" data-summary>
          {summarise(d)}
        </p>
        {kind === 'nothing' && (
          <p className="mt-1 text-sm leading-relaxed text-ink-2">
            The page reads the output of <code className="font-mono">ethtool -S</code>, <code className="font-mono">/proc/net/softnet_stat</code>,{' '}
            <code className="font-mono">nstat</code> or <code className="font-mono">netstat -s</code>, <code className="font-mono">/proc/net/snmp</code>,{' '}
            <code className="font-mono">ip -s link</code> and <code className="font-mono">/proc/interrupts</code>. Why each line was skipped is listed below.
          </p>
        )}
      </div>

      {groups.map((g, k) => (
        <section key={g.kind} aria-labelledby={`findings-${g.kind}-heading`} data-findings-kind={g.kind}>
          <h3 id={`findings-${g.kind}-heading`} className={h3}>
            {FINDING_KIND_LABEL[g.kind]}
            {g.kind === 'loss' ? ', worst first' : ''}
          </h3>
          {g.kind === 'pressure' && (
            <p className="mt-1 text-sm leading-relaxed text-ink-2">
              These counters count no dropped packet: they say where the machine is short of time or buffers, and where loss starts if the load grows.
            </p>
          )}
          <ol className="mt-3 space-y-4" data-findings={g.kind}>
            {g.items.map((f, i) => (
              <FindingCard key={`${f.counter}|${f.source ?? ''}|${g.start + i}`} finding={f} rank={g.start + i + 1} />
            ))}
          </ol>
          {k === groups.length - 1 && findings.more}
        </section>
      ))}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="recognised-heading" data-recognised>
          <h3 id="recognised-heading" className={h3}>
            Recognised
          </h3>
          {d.recognised.length === 0 ? (
            <p className="mt-2 text-sm text-ink-2">Nothing.</p>
          ) : (
            <ul className="mt-2 space-y-2.5">
              {recognised.shown.map((b, i) => (
                <li key={i} className="border-l-2 border-good/60 pl-3 text-sm leading-relaxed">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <code className="font-mono font-semibold text-ink [overflow-wrap:anywhere]">{b.format}</code>
                    <span className="text-xs text-ink-3">
                      {snap(b.snapshot)}
                      {lineRange(b.lines)}
                    </span>
                  </p>
                  <p className="text-ink-2 break-words">{b.detail}</p>
                </li>
              ))}
            </ul>
          )}
          {recognised.more}
        </section>

        <section aria-labelledby="unrecognised-heading" data-unrecognised>
          <h3 id="unrecognised-heading" className={h3}>
            Not recognised
          </h3>
          {d.unrecognised.length === 0 ? (
            <p className="mt-2 text-sm text-ink-2">Every line was read.</p>
          ) : (
            <ul className="mt-2 space-y-2.5">
              {unrecognised.shown.map((u, i) => (
                <li key={i} className="border-l-2 border-warn/50 pl-3 text-sm leading-relaxed">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span className="text-xs font-semibold text-ink-2">
                      {snap(u.snapshot)}
                      {lineRange(u.lines)}
                    </span>
                    <code className="min-w-0 font-mono text-[0.8rem] text-ink [overflow-wrap:anywhere]">{u.text}</code>
                  </p>
                  <p className="text-ink-2 break-words">{u.reason}</p>
                </li>
              ))}
            </ul>
          )}
          {unrecognised.more}
        </section>
      </div>

      {d.messages.length > 0 && (
        <section aria-labelledby="notes-heading" data-messages>
          <h3 id="notes-heading" className={h3}>
            Notes
          </h3>
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm leading-relaxed text-ink-2 marker:text-ink-3">
            {messages.shown.map((m, i) => (
              <li key={i} className="break-words">
                <WithCode text={m} />
              </li>
            ))}
          </ul>
          {messages.more}
        </section>
      )}
    </div>
  );
}
