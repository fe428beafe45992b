'use client';
/**
 * Chapter 3's exercise: a machine loses packets in one place; the reader is
 * told how it is set up and what the application sees, picks the counter
 * they think moved, and gets the answer with the causal chain the simulation
 * recorded. The run happens in the Web Worker, so the page never stalls.
 */
import { useEffect, useId, useState } from 'react';
import { explainDrop, type DropCounter, type DropRecord, DROP_SCENARIOS } from '@/simulations/models/receive-path';
import { formatNumber } from '@/simulations/core/format';
import { runInWorker } from '@/lib/workers/simulation-client';

const CHOICES: Array<{ counter: DropCounter | 'time_squeeze'; label: string; where: string }> = [
  { counter: 'rx_missed_errors', label: 'rx_missed_errors', where: 'ethtool -S eth0' },
  { counter: 'time_squeeze', label: 'time_squeeze', where: '/proc/net/softnet_stat, column 3' },
  { counter: 'softnet_stat.dropped', label: 'dropped', where: '/proc/net/softnet_stat, column 2' },
  { counter: 'UdpRcvbufErrors', label: 'UdpRcvbufErrors', where: 'nstat -az' },
];

type Result = { offered: number; delivered: number; drops: Record<DropCounter, number>; first: DropRecord | undefined };

const RUN_MS = 20;

export function DropQuiz() {
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scenario = DROP_SCENARIOS[index % DROP_SCENARIOS.length]!;
  const groupId = useId();

  useEffect(() => {
    let cancelled = false;
    setResult(null);
    setPicked(null);
    setError(null);
    runInWorker({ id: 'receive-path', params: scenario.params, seed: 1, durationMs: RUN_MS })
      .then((json) => {
        if (cancelled) return;
        const r = JSON.parse(json) as {
          offered_pps: number;
          delivered_pps: number;
          drops: Record<DropCounter, number>;
          first_drops: Partial<Record<DropCounter, DropRecord>>;
        };
        setResult({ offered: r.offered_pps, delivered: r.delivered_pps, drops: r.drops, first: r.first_drops[scenario.answer] });
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [scenario]);

  const correct = picked === scenario.answer;
  return (
    <section
      aria-labelledby={`${groupId}-title`}
      className="not-prose my-6 rounded-xl border border-rule bg-card p-4 font-sans sm:p-5"
      data-drop-quiz={scenario.id}
    >
      <p className="text-[0.68rem] font-bold uppercase tracking-[0.12em] text-accent">
        Exercise {(index % DROP_SCENARIOS.length) + 1} of {DROP_SCENARIOS.length}
      </p>
      <h3 id={`${groupId}-title`} className="mb-2 text-base font-semibold text-ink">
        Which counter moved?
      </h3>
      <p className="mb-2 text-sm text-ink">{scenario.setup}</p>
      <p className="mb-3 text-sm text-ink-2" aria-live="polite">
        {error
          ? `The simulation could not run: ${error}`
          : result
            ? `In ${RUN_MS} ms the wire offered ${formatNumber(Math.round((result.offered * RUN_MS) / 1000))} packets and the application received ${formatNumber(Math.round((result.delivered * RUN_MS) / 1000))}. The rest were dropped somewhere.`
            : 'Running the machine…'}
      </p>
      <fieldset disabled={!result} className="mb-3">
        <legend className="mb-1.5 text-sm font-semibold text-ink">Your answer</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CHOICES.map((c) => {
            const isAnswer = picked !== null && c.counter === scenario.answer;
            const wrongPick = picked === c.counter && !isAnswer;
            return (
              <label
                key={c.counter}
                className={`flex cursor-pointer items-start gap-2 rounded-lg border p-2.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent ${isAnswer ? 'border-[var(--stage-app)] bg-[color-mix(in_srgb,var(--stage-app)_10%,var(--card))]' : wrongPick ? 'border-warn bg-warn-soft' : 'border-rule hover:bg-paper-2'}`}
              >
                <input
                  type="radio"
                  name={`${groupId}-answer`}
                  value={c.counter}
                  checked={picked === c.counter}
                  onChange={() => setPicked(c.counter)}
                  className="mt-0.5 accent-[var(--accent)]"
                />
                <span>
                  <code className="font-mono text-[0.85em]">{c.label}</code>
                  <span className="block text-xs text-ink-2">{c.where}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {picked && result && (
        <div className="space-y-2 rounded-lg bg-paper-2 p-3 text-sm text-ink" data-quiz-answer role="status">
          <p className="font-semibold">
            {correct ? 'Right.' : 'Not this time.'} The simulation counted {formatNumber(result.drops[scenario.answer])} drops in{' '}
            <code className="font-mono text-[0.9em]">{scenario.answer}</code>
            {picked === 'time_squeeze' ? '; time_squeeze only says softirq ran out of budget, it never drops a packet itself' : ''}.
          </p>
          {result.first && (
            <ol className="list-decimal space-y-1 pl-5">
              {explainDrop(result.first).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          )}
          <p>{scenario.lesson}</p>
        </div>
      )}
      <div className="mt-3 flex justify-end">
        <button
          type="button"
          onClick={() => setIndex((i) => i + 1)}
          className="h-8 rounded-md border border-rule px-3 text-sm font-medium text-ink hover:bg-paper-2"
        >
          Another machine
        </button>
      </div>
    </section>
  );
}
