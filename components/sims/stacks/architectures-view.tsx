'use client';
/**
 * The view of the `architectures` entry (chapter 5): where the chosen stack
 * runs, as one packet's path through the NIC, the kernel and user space, step
 * by step, with the stock kernel's path behind it to compare; the current
 * step in words, every step as a list, and the two paths' counts side by side.
 */
import { ParamControl } from '@/components/controls/param-control';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatDuration } from '@/simulations/core/format';
import {
  architecturesParams,
  ARCH_FRAME_BYTES,
  ARCH_LINK_GBPS,
  type ArchitectureResult,
  type ArchitectureStep,
  type ArchitectureSummary,
  stepNote,
  LAYER_LABELS,
  type Layer,
} from '@/simulations/models/stacks';
import { PathDiagram } from './path-diagram';
import { MARKER_LABELS, MARKERS, MarkerIcon, markersOf, stageColour } from './path-symbols';
import { useStepClock, type StepPosition } from './step-clock';

/** A layer in running text: "the NIC", "kernel", "user space". */
const layerWord = (l: Layer) => (l === 'nic' ? 'NIC' : LAYER_LABELS[l].toLowerCase());

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function countsText(s: ArchitectureSummary): string {
  const c = s.counts;
  return `${plural(c.steps, 'step')} from the wire to the application (${c.nic} on the NIC, ${c.kernel} in the kernel, ${c.user} in user space), ${plural(c.interrupts, 'interrupt')}, ${plural(c.syscalls, 'system call')}, ${plural(c.copies, 'copy', 'copies')}`;
}

/** For screen readers: the two paths in numbers and, while paused (stepping), the step the packet is at. */
function summaryText(stack: ArchitectureSummary, ghost: ArchitectureSummary | undefined, step: number | undefined): string {
  let text = `${stack.label}: ${countsText(stack)}.`;
  if (ghost) text += ` The stock kernel: ${countsText(ghost)}.`;
  if (step !== undefined) {
    const i = Math.min(step, stack.steps.length - 1);
    const s = stack.steps[i]!;
    text += ` Step ${i + 1}: ${s.label}, ${layerWord(s.layer)}.`;
  }
  return text;
}

function CurrentStep({ stack, ghost, p }: { stack: ArchitectureSummary; ghost?: ArchitectureSummary; p: StepPosition }) {
  const i = Math.min(p.step, stack.steps.length - 1);
  const s = stack.steps[i]!;
  const waiting = p.step > stack.steps.length - 1;
  const g = ghost && p.step < ghost.steps.length ? ghost.steps[p.step] : undefined;
  return (
    <div className="rounded-lg border border-rule bg-paper-2/50 px-3 py-2 font-sans text-sm" data-current-step={i} data-current-kind={s.kind}>
      <p className="text-[0.68rem] font-bold uppercase tracking-wider text-ink-2">
        Step {i + 1} of {stack.steps.length} · {LAYER_LABELS[s.layer]}
      </p>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-1.5 font-semibold text-ink">
        <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: stageColour(s.kind) }} aria-hidden="true" />
        {s.label}
        {markersOf(s).map((m) => (
          <span key={m} className="inline-flex items-center gap-1 text-xs font-medium text-ink-2">
            <MarkerIcon marker={m} />
            {MARKER_LABELS[m]}
          </span>
        ))}
      </p>
      <p className="mt-1 text-ink">{waiting ? `${stack.label}’s packet is already in the application.` : stepNote(stack.id, i)}</p>
      {!waiting && s.stage_ns !== undefined && s.stage_what && (
        <p className="mt-1 text-xs text-ink-2">
          Light load, {ARCH_LINK_GBPS} GbE, {ARCH_FRAME_BYTES}-byte frame: this stage ({s.stage_what}) takes {formatDuration(s.stage_ns)}.
        </p>
      )}
      {g && (
        <p className="mt-1 text-xs text-ink-2" data-ghost-step={p.step}>
          Meanwhile the stock kernel’s packet: step {p.step + 1} of {ghost!.steps.length}, {g.label} ({layerWord(g.layer)}).
        </p>
      )}
    </div>
  );
}

function StepList({ steps, current }: { steps: readonly ArchitectureStep[]; current: number }) {
  return (
    <ol className="grid gap-x-4 gap-y-1 font-sans text-xs sm:grid-cols-2" aria-label="The steps, in order" data-step-list>
      {steps.map((s, i) => (
        <li
          key={i}
          aria-current={i === current ? 'step' : undefined}
          className="flex min-w-0 items-center gap-2 rounded-md px-1.5 py-0.5 aria-[current=step]:bg-accent-soft"
          data-step-kind={s.kind}
        >
          <span
            className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-[0.65rem] font-bold text-card"
            style={{ background: stageColour(s.kind) }}
            aria-hidden="true"
          >
            {i + 1}
          </span>
          <span className="min-w-0 truncate text-ink">
            <span className="sr-only">Step {i + 1}: </span>
            {s.label}
          </span>
          <span className="shrink-0 text-ink-2">{layerWord(s.layer)}</span>
          {markersOf(s).map((m) => (
            <span key={m} className="inline-flex shrink-0 items-center">
              <MarkerIcon marker={m} />
              <span className="sr-only">{MARKER_LABELS[m]}</span>
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}

function Legend({ ghost }: { ghost: boolean }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 font-sans text-xs text-ink-2" aria-label="Legend" data-arch-legend>
      {MARKERS.map((m) => (
        <li key={m} className="inline-flex items-center gap-1">
          <MarkerIcon marker={m} />
          {MARKER_LABELS[m]}
        </li>
      ))}
      <li className="inline-flex items-center gap-1">
        <svg width="18" height="10" aria-hidden="true">
          <rect x="1" y="1" width="16" height="8" rx="2" fill="var(--accent)" />
        </svg>
        the packet
      </li>
      {ghost && (
        <li className="inline-flex items-center gap-1">
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" x2="25" y1="5" y2="5" stroke="var(--ink-3)" strokeWidth="1.5" strokeDasharray="5 4" />
          </svg>
          the stock kernel’s path
        </li>
      )}
    </ul>
  );
}

function Comparison({ stack, baseline }: { stack: ArchitectureSummary; baseline?: ArchitectureSummary }) {
  const rows: Array<[string, string, (s: ArchitectureSummary) => string]> = [
    ['steps', 'steps', (s) => String(s.counts.steps)],
    ['kernel', 'in the kernel', (s) => String(s.counts.kernel)],
    ['user', 'in user space', (s) => String(s.counts.user)],
    ['interrupts', 'interrupts', (s) => String(s.counts.interrupts)],
    ['syscalls', 'system calls', (s) => String(s.counts.syscalls)],
    ['copies', 'copies', (s) => String(s.counts.copies)],
    ['latency', 'wire to app, light load', (s) => formatDuration(s.latency_p50_ns)],
  ];
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="The path in numbers">
      <table className="w-full min-w-[18rem] font-sans text-xs" data-arch-counts>
        <thead>
          <tr className="text-left text-ink-2">
            <th className="pb-1 font-medium">per packet</th>
            <th className="pb-1 text-right font-semibold text-accent">{stack.label}</th>
            {baseline && <th className="pb-1 text-right font-medium">{baseline.label}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, label, get]) => (
            <tr key={id} className="border-t border-rule">
              <th scope="row" className="py-0.5 pr-2 text-left font-normal text-ink-2">
                {label}
              </th>
              <td className="py-0.5 text-right tabular font-semibold text-ink" data-arch-count={id}>
                {get(stack)}
              </td>
              {baseline && <td className="py-0.5 text-right tabular text-ink-2">{get(baseline)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ArchitecturesView({ entry, values, result: r, set, playback, frame }: AnalyticViewProps<typeof architecturesParams, ArchitectureResult>) {
  const v = values;
  const ghost = v.compare && r.stack.id !== 'kernel' ? r.baseline : undefined;
  const count = Math.max(r.stack.steps.length, ghost?.steps.length ?? 0);
  const clock = useStepClock(count, `${r.stack.id}:${ghost ? 'ghost' : ''}`, playback);

  return (
    <SimulationFrame {...frame} clock={clock} parameters="none">
      <div className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,1fr)_auto]">
        <ParamControl spec={architecturesParams.stack} value={values.stack!} onChange={(x) => set({ stack: x })} />
        <ParamControl spec={architecturesParams.compare} value={values.compare!} onChange={(x) => set({ compare: x })} />
      </div>
      <div data-architectures={r.stack.id}>
        <PathDiagram steps={r.stack.steps} label={r.stack.label} ghost={ghost ? { steps: ghost.steps, label: ghost.label } : undefined} clock={clock}>
          {(p) => (
            <>
              <Legend ghost={Boolean(ghost)} />
              <div className="grid gap-3 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <CurrentStep stack={r.stack} ghost={ghost} p={p} />
                <Comparison stack={r.stack} baseline={ghost} />
              </div>
              <StepList steps={r.stack.steps} current={Math.min(p.step, r.stack.steps.length - 1)} />
              <LiveSummary text={summaryText(r.stack, ghost, clock.playing ? undefined : p.step)} />
            </>
          )}
        </PathDiagram>
      </div>
    </SimulationFrame>
  );
}
