'use client';
/**
 * The view of every receive-path simulation (rx-ring, irq-vs-napi,
 * receive-path): the simulation frame (transport, speed, seed, parameters,
 * share, fullscreen, keyboard), the pipeline drawing, the Linux counters with
 * "why was this dropped?", the charts, and the panel-specific parts.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { ParamControl } from '@/components/controls/param-control';
import { useNearScreen } from '@/components/hooks/use-near-screen';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { LiveSummary } from '@/components/sims/live-summary';
import { SimCard } from '@/components/sims/sim-card';
import { Transport } from '@/components/sims/transport';
import type { SimulationViewProps } from '@/components/sims/view-props';
import { formatDuration, formatRate } from '@/lib/format';
import type { DropCounter } from '@/simulations/models/receive-path/drop-log';
import type { ReceivePathSim } from '@/simulations/models/receive-path/model';
import type { EventEntry } from '@/simulations/catalog-types';
import type { ParamSpecs } from '@/simulations/params';
import { CountersPanel } from './counters-panel';
import { CpuBars } from './cpu-bars';
import { DropExplainer, latestDrop } from './drop-explainer';
import { LatencyHistogram } from './latency-histogram';
import { Pipeline, type PipelineHandle } from './pipeline';
import { SeriesCharts, seriesData } from './series-chart';
import { SweepCurve } from './sweep-curve';
import { SPEEDS, useEventSim } from './use-event-sim';

/** "t = 1.2 ms: offered 14.9 Mpps, delivered 0.68 Mpps, 93 % dropped (rx_missed_errors)". */
export function runSentence(sim: ReceivePathSim): string {
  const s = sim.now / 1e9;
  if (sim.now === 0) return 'At time 0: nothing has arrived yet.';
  const dropped = sim.drops.total;
  const byCounter = Object.entries(sim.drops.byCounter).filter(([, n]) => n > 0).map(([k]) => k);
  const share = sim.offered > 0 ? Math.round((dropped / sim.offered) * 100) : 0;
  return `After ${formatDuration(sim.now)}: offered ${formatRate(sim.offered / s)}, delivered ${formatRate(sim.delivered / s)}${dropped > 0 ? `, ${share} % dropped (${byCounter.join(', ')})` : ', nothing dropped'}.`;
}

/** Names of the panels, so two figures of one simulation on a page are distinct regions. */
const PANEL_NAMES: Record<string, string> = {
  full: 'everything',
  pipeline: 'the pipeline',
  counters: 'the counters',
  latency: 'latency',
  ring: 'the ring',
  curve: 'delivered against offered load',
  cpu: 'CPU time',
};

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  // Sliders and radio groups use the arrow keys themselves.
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || ['slider', 'radio'].includes(el.getAttribute('role') ?? '');
}

export function EventSimView({ entry, panel, values, set, reset, seed, setSeed }: SimulationViewProps) {
  const eventEntry = entry as EventEntry<ParamSpecs, unknown, unknown>;
  const frameRef = useRef<HTMLDivElement>(null);
  const pipelineRef = useRef<PipelineHandle>(null);
  const visible = useOnScreen(frameRef);
  const near = useNearScreen(frameRef);
  const reducedMotion = useReducedMotion();
  const [explain, setExplain] = useState<DropCounter | null>(null);
  const [pickedSerial, setPickedSerial] = useState<number | undefined>(undefined);
  const onFrame = useCallback((sim: ReceivePathSim, stepMs: number) => pipelineRef.current?.draw(sim, stepMs), []);
  const live = useEventSim(eventEntry, values, { seed, near, visible, reducedMotion, onFrame });
  const sim = live.sim;
  /** A drop mark clicked on the drawing: pause there and explain that packet. */
  const pickDrop = (serial: number) => {
    const record = sim?.drops.find(serial);
    if (!record) return;
    live.setPlaying(false);
    setPickedSerial(serial);
    setExplain(record.counter);
  };
  const snapshot = sim && live.version >= 0 ? sim.snapshot(0) : null;

  const lanes = sim?.lanes.length ?? Number(values.queues ?? 1);
  const showBacklog = Boolean(sim && (sim.v.rps || sim.v.mode === 1));
  // -1 until the model has loaded: the placement depends on parameters the entry may fix.
  const appCpuOf = (lane: number) => sim?.apps[lane]?.cpu ?? -1;
  const sentence = sim ? runSentence(sim) : near ? 'Loading the simulation…' : 'The simulation starts when you scroll to it.';
  const marker = sim && explain ? ((pickedSerial !== undefined ? sim.drops.find(pickedSerial)?.t_ns : undefined) ?? latestDrop(sim, explain)?.t_ns ?? null) : null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (e.key === ' ' && !onButton) {
      e.preventDefault();
      live.setPlaying(!live.playing);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      if (e.shiftKey) live.stepEvent();
      else live.stepFrame();
    } else if (e.key === 'r' || e.key === 'R') {
      live.restart();
    } else if (e.key === 'f' || e.key === 'F') {
      toggleFullscreen(frameRef.current);
    }
  };

  const transport = (
    <div className="space-y-2">
      <Transport
        playing={live.playing}
        onPlayingChange={live.setPlaying}
        onStep={live.stepFrame}
        onStepEvent={live.stepEvent}
        onRestart={live.restart}
        speed={live.speed}
        speeds={SPEEDS}
        onSpeedChange={live.setSpeed}
      />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 font-sans text-xs text-ink-2">
        <label className="flex items-center gap-1.5">
          Seed
          <input
            type="number"
            min={0}
            max={4294967295}
            step={1}
            value={seed}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n <= 4294967295) setSeed(n);
            }}
            className="h-7 w-20 rounded-md border border-rule bg-card px-1.5 tabular text-ink"
          />
        </label>
        <span>
          Keys: <kbd>Space</kbd> play/pause, <kbd>→</kbd> step, <kbd>⇧→</kbd> one event, <kbd>R</kbd> restart, <kbd>F</kbd> full screen
        </span>
        <button type="button" onClick={() => toggleFullscreen(frameRef.current)} className="ml-auto h-7 rounded-md border border-rule px-2 font-medium hover:bg-paper-2 hover:text-ink">
          Full screen
        </button>
      </div>
    </div>
  );

  const counters = (
    <div className="space-y-3">
      <CountersPanel
        sim={sim}
        version={live.version}
        selected={explain}
        onExplain={(c) => {
          setPickedSerial(undefined);
          setExplain((old) => (old === c ? null : c));
        }}
      />
      {sim && explain && <DropExplainer sim={sim} counter={explain} serial={pickedSerial} onClose={() => setExplain(null)} />}
    </div>
  );

  const pipeline = (
    <Pipeline ref={pipelineRef} snapshot={snapshot} lanes={lanes} showBacklog={showBacklog} appCpuOf={appCpuOf} label={`The receive path: ${sentence}`} onPickDrop={pickDrop} />
  );

  const parameters = (
    <details className="group rounded-lg border border-rule font-sans">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-ink hover:bg-paper-2">All parameters ({Object.keys(entry.params).length})</summary>
      <div className="grid gap-x-6 gap-y-4 p-3 sm:grid-cols-2 lg:grid-cols-3">
        {Object.entries(entry.params).map(([key, spec]) => (
          <ParamControl key={key} spec={spec} value={values[key]!} onChange={(v) => set({ [key]: v })} />
        ))}
      </div>
    </details>
  );

  let body;
  switch (panel) {
    // The pipeline-centred panels differ in the prose around them, not in their parts.
    case 'pipeline':
    case 'ring':
    case 'counters':
      body = (
        <>
          {pipeline}
          {counters}
        </>
      );
      break;
    case 'cpu':
      body = (
        <>
          {pipeline}
          {sim && <CpuBars sim={sim} version={live.version} />}
          {counters}
        </>
      );
      break;
    case 'curve':
      body = (
        <>
          <SweepCurve entryId={entry.id} values={values} seed={seed} active={near} />
          {pipeline}
        </>
      );
      break;
    case 'latency':
      body = (
        <>
          {pipeline}
          {sim && <LatencyHistogram sim={sim} version={live.version} />}
        </>
      );
      break;
    default:
      body = (
        <>
          {pipeline}
          {counters}
          {sim && <SeriesCharts data={seriesData(sim, marker)} name={entry.id} />}
          {sim && <CpuBars sim={sim} version={live.version} />}
        </>
      );
  }

  return (
    <div ref={frameRef} onKeyDown={onKeyDown} className="rounded-xl bg-card fullscreen:overflow-auto fullscreen:p-6" data-event-sim={entry.id}>
      <SimCard entry={entry} values={values} set={set} reset={reset} label={`Simulation: ${entry.title} (${PANEL_NAMES[panel] ?? panel})`}>
        <div className="space-y-4">
          {transport}
          <p className="font-sans text-sm text-ink" data-run-sentence data-now={sim?.now ?? 0}>
            {live.error ? `The simulation could not start: ${live.error}` : sentence}
          </p>
          {body}
          {parameters}
          <LiveSummary text={sentence} />
        </div>
      </SimCard>
    </div>
  );
}

function toggleFullscreen(el: HTMLElement | null) {
  if (!el) return;
  if (document.fullscreenElement) void document.exitFullscreen();
  else void el.requestFullscreen?.().catch(() => undefined);
}
