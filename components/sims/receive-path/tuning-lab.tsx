'use client';
/**
 * Chapter 4's tuning lab, under the live receive-path drawing: a terminal
 * that takes the real commands (simulations/console), the record of every
 * change with its before/after figures, export as a shell script, and reset.
 *
 * One source of truth: the simulation's values (the page's store, so the URL
 * and the drawing follow). Commands change them through the console; when
 * they change from outside (a shared link, a preset, Reset, a slider) the
 * console is rebuilt by replaying the equivalent commands, so the terminal,
 * the script and the simulation always describe the same machine.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDuration, formatNumber } from '@/simulations/core/format';
import { runInWorker } from '@/lib/workers/simulation-client';
import { commandsForValues, createConsole, KNOBS, type KnobValues, type LabConsole } from '@/simulations/console';
import { type ReceivePathSim, TUNING_RUN, type RunSummary } from '@/simulations/models/receive-path';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { download } from '../../charts/export-buttons';
import { LabTerminal, type TranscriptLine } from './lab-terminal';

/** Knobs the lab's machine owns. The receive mode and recvmmsg belong to the kernel build and the application, not to a command. */
const CONSOLE_KNOBS = KNOBS.filter((k) => k !== 'mode' && k !== 'recv_batch');
/** Each before/after figure is a run as long as chapter 4's table uses, so the two agree. */
const STEP_RUN_MS = TUNING_RUN.durationMs;

type Step = { id: number; label: string; values: ParamValues<ParamSpecs>; result?: StepResult; error?: string };
type StepResult = { delivered: number; dropped: number; p99: number; p50: number };

type Props = {
  sim: ReceivePathSim | null;
  values: ParamValues<ParamSpecs>;
  set: (v: Partial<ParamValues<ParamSpecs>>) => void;
  seed: number;
  /** The console's CPU numbering for the drawing (model core → machine CPU). */
  onTopology: (coreCpu: number[]) => void;
};

function knobsOf(values: ParamValues<ParamSpecs>): Partial<KnobValues> {
  return Object.fromEntries(CONSOLE_KNOBS.map((k) => [k, values[k]])) as Partial<KnobValues>;
}

function sameKnobs(a: Partial<KnobValues>, b: Partial<KnobValues>): boolean {
  return CONSOLE_KNOBS.every((k) => a[k] === b[k]);
}

function outputLines(text: string, kind: TranscriptLine['kind']): TranscriptLine[] {
  return text === ''
    ? []
    : text
        .replace(/\n$/, '')
        .split('\n')
        .map((t) => ({ kind, text: t }));
}

const WELCOME: TranscriptLine[] = [
  {
    kind: 'info',
    text: 'A simulated machine: eth0 (mlx5), 8 CPUs, udp-sink (pid 4242) receiving UDP. Type help for the commands; Tab completes, ↑ and ↓ recall.',
  },
];

export function TuningLab({ sim, values, set, seed, onTopology }: Props) {
  const simRef = useRef(sim);
  simRef.current = sim;
  const con = useMemo<LabConsole>(() => createConsole({ read: () => simRef.current ?? undefined }), []);
  const [lines, setLines] = useState<TranscriptLine[]>(WELCOME);
  const [steps, setSteps] = useState<Step[]>([]);
  const nextStep = useRef(1);
  const [script, setScript] = useState<string | null>(null);

  const addStep = (label: string, stepValues: ParamValues<ParamSpecs>) => {
    const id = nextStep.current++;
    setSteps((s) => [...s, { id, label, values: stepValues }]);
  };

  const knobsKey = JSON.stringify(knobsOf(values));
  // State from outside the console: replay it as commands on a fresh machine.
  useEffect(() => {
    const knobs = knobsOf(values);
    if (steps.length > 0 && sameKnobs(knobs, con.values)) return;
    con.reset();
    const commands = commandsForValues(knobs);
    const replayed: TranscriptLine[] = [];
    for (const c of commands) {
      const r = con.run(c);
      replayed.push({ kind: 'command', text: c }, ...outputLines(r.output, r.exitCode === 0 ? 'output' : 'error'));
    }
    setLines((old) => [
      ...(steps.length === 0
        ? old
        : [...old, { kind: 'info' as const, text: '— the machine was set from outside the terminal (a link, a preset, Reset or a slider) —' }]),
      ...(commands.length > 0 ? [{ kind: 'info' as const, text: 'Commands that give this machine its settings:' }, ...replayed] : []),
    ]);
    onTopology(con.topology.coreCpu);
    // The console may round (mlx5 rounds ring sizes up to a power of two): the simulation follows it.
    const fixed = { ...values, ...knobsOf(con.values as unknown as ParamValues<ParamSpecs>) };
    if (!sameKnobs(knobsOf(fixed), knobs)) set(knobsOf(fixed) as Partial<ParamValues<ParamSpecs>>);
    nextStep.current = 1;
    setSteps([{ id: 0, label: commands.length > 0 ? 'Start (from the link)' : 'Stock kernel', values: fixed }]);
    setScript(null);
    // Keyed on the knobs' values only: the console's own changes already match, traffic changes keep the machine.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- knobsKey is those values, by content
  }, [knobsKey]);

  // Before/after figures, computed off the main thread in order.
  useEffect(() => {
    const pending = steps.find((s) => !s.result && !s.error);
    if (!pending) return;
    let cancelled = false;
    runInWorker({ id: 'receive-path', params: pending.values, seed, durationMs: STEP_RUN_MS })
      .then((json) => {
        const r = JSON.parse(json) as RunSummary;
        const result = { delivered: r.delivered_pps, dropped: r.drop_rate_pps, p50: r.latency_ns.p50, p99: r.latency_ns.p99 };
        if (!cancelled) setSteps((s) => s.map((x) => (x.id === pending.id && x.values === pending.values ? { ...x, result } : x)));
      })
      .catch((e: Error) => {
        if (!cancelled) setSteps((s) => s.map((x) => (x.id === pending.id ? { ...x, error: e.message } : x)));
      });
    return () => {
      cancelled = true;
    };
  }, [steps, seed]);

  const run = (line: string) => {
    const r = con.run(line);
    if (r.clear) {
      setLines([]);
      return;
    }
    setLines((old) => [
      ...old,
      { kind: 'command', text: line },
      ...outputLines(r.stdout, 'output'),
      ...outputLines(r.stderr, 'error'),
      ...r.notes.map((n) => ({ kind: 'note' as const, text: `# lab: ${n}` })),
    ]);
    if (r.valuesChanged) {
      const knobs = knobsOf(r.values as unknown as ParamValues<ParamSpecs>);
      onTopology(con.topology.coreCpu);
      set(knobs as Partial<ParamValues<ParamSpecs>>);
      addStep(line.trim(), { ...values, ...knobs });
      setScript(null);
    }
  };

  const reset = () => {
    con.reset();
    setLines([...WELCOME, { kind: 'info', text: '— reset: a freshly booted machine —' }]);
    onTopology(con.topology.coreCpu);
    set(knobsOf({ ...values, ...(con.values as unknown as ParamValues<ParamSpecs>) }) as Partial<ParamValues<ParamSpecs>>);
    nextStep.current = 1;
    setSteps([{ id: 0, label: 'Stock kernel', values: { ...values, ...(con.values as unknown as ParamValues<ParamSpecs>) } }]);
    setScript(null);
  };

  const downloadScript = () => {
    const text = con.exportScript();
    setScript(text);
    download('rx-tuning.sh', new Blob([text], { type: 'text/x-shellscript' }));
  };

  const small = 'h-7 rounded-md border border-rule px-2 text-xs font-medium text-ink-2 hover:bg-paper-2 hover:text-ink';
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" data-tuning-lab>
      <LabTerminal console={con} lines={lines} onRun={run} onClear={() => setLines([])} />
      <div className="min-w-0 space-y-3 font-sans">
        <BeforeAfter steps={steps} />
        <div className="flex flex-wrap gap-2">
          <button type="button" className={small} onClick={downloadScript}>
            Export as shell script
          </button>
          <button type="button" className={small} onClick={reset}>
            Reset the machine
          </button>
        </div>
        {script !== null && (
          <details open className="rounded-lg border border-rule">
            <summary className="cursor-pointer px-3 py-1.5 text-xs font-semibold text-ink">rx-tuning.sh</summary>
            <div
              className="max-h-64 overflow-auto whitespace-pre-wrap break-words px-3 pb-2 font-mono text-[0.72rem] text-ink"
              data-lab-script
              tabIndex={0}
              role="region"
              aria-label="The exported script"
            >
              {script}
            </div>
          </details>
        )}
      </div>
    </div>
  );
}

/** Every change, with what it did: delivered, dropped and p99 latency as bars scaled per column. */
function BeforeAfter({ steps }: { steps: Step[] }) {
  const done = steps.filter((s) => s.result);
  const max = (f: (r: StepResult) => number) => Math.max(1, ...done.map((s) => f(s.result!)));
  const scale = { delivered: max((r) => r.delivered), dropped: max((r) => r.dropped), p99: max((r) => r.p99) };
  const bar = (value: number, of: number, colour: string) => (
    <span className="mt-0.5 block h-1.5 rounded-full bg-paper-2">
      <span className="block h-1.5 rounded-full" style={{ width: `${Math.max(2, (value / of) * 100)}%`, background: colour }} />
    </span>
  );
  return (
    <figure data-before-after>
      <figcaption className="mb-1 text-xs font-semibold text-ink-2">
        Each change, measured (the same traffic for {formatDuration(STEP_RUN_MS * 1e6)})
      </figcaption>
      <table className="w-full table-fixed text-xs">
        <thead>
          <tr className="text-left text-ink-2">
            <th className="w-[40%] pb-1 font-medium">change</th>
            <th className="pb-1 font-medium">delivered</th>
            <th className="pb-1 font-medium">dropped</th>
            <th className="pb-1 font-medium">p99 latency</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={`${s.id}-${s.label}`} className="border-t border-rule align-top" data-step={s.id}>
              <td className="break-words py-1 pr-2 font-mono text-[0.7rem] text-ink">{s.label}</td>
              {s.result ? (
                <>
                  <td className="py-1 pr-2 tabular" data-delivered={Math.round(s.result.delivered)}>
                    {formatNumber(s.result.delivered / 1e3, 0)} kpps{bar(s.result.delivered, scale.delivered, 'var(--stage-app)')}
                  </td>
                  <td className="py-1 pr-2 tabular">
                    {formatNumber(s.result.dropped / 1e3, 0)} kpps{bar(s.result.dropped, scale.dropped, 'var(--warn)')}
                  </td>
                  <td className="py-1 tabular">
                    {s.result.p99 > 0 ? formatDuration(s.result.p99) : '–'}
                    {bar(s.result.p99, scale.p99, 'var(--stage-softirq)')}
                  </td>
                </>
              ) : (
                <td colSpan={3} className="py-1 text-ink-3">
                  {s.error ? `could not measure: ${s.error}` : 'measuring…'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
