'use client';
/**
 * The view of every receive-path simulation (rx-ring, irq-vs-napi,
 * receive-path), inside the shared SimulationFrame: the pipeline drawing,
 * the Linux counters with "why was this dropped?", the charts, and the
 * panel-specific parts.
 */
import dynamic from 'next/dynamic';
import { useCallback, useRef, useState } from 'react';
import { useNearScreen } from '@/components/hooks/use-near-screen';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { panelLabel, SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { EventViewProps } from '@/components/sims/frame/view-props';
import { formatDuration, formatRate } from '@/simulations/core/format';
import { modelValues, type DropCounter, type ReceivePathSim, type RunSummary } from '@/simulations/models/receive-path';
import type { ParamSpecs } from '@/simulations/core/params';
import { CountersPanel } from './counters-panel';
import { CpuBars } from './cpu-bars';
import { CpuNames } from './cpu-names';
import { DropExplainer, latestDrop } from './drop-explainer';
import { LatencyHistogram } from './latency-histogram';
import { Pipeline, type PipelineHandle } from './pipeline';
import { SeriesCharts, seriesData } from './series-chart';
import { SweepCurve } from './sweep-curve';
import { transportOf, useEventSim } from '../frame/use-event-sim';

// The lab's console is only needed on chapter 4's page.
const TuningLab = dynamic(() => import('./tuning-lab').then((m) => m.TuningLab), {
  ssr: false,
  loading: () => <p className="font-sans text-sm text-ink-2">Loading the terminal…</p>,
});

/** "t = 1.2 ms: offered 14.9 Mpps, delivered 0.68 Mpps, 93 % dropped (rx_missed_errors)". */
export function runSentence(sim: ReceivePathSim): string {
  const s = sim.now / 1e9;
  if (sim.now === 0) return 'At time 0: nothing has arrived yet.';
  const dropped = sim.drops.total;
  const byCounter = Object.entries(sim.drops.byCounter)
    .filter(([, n]) => n > 0)
    .map(([k]) => k);
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
  lab: 'the tuning lab',
};

/** Shared by the four receive-path entries, each with its own subset of the model's knobs (modelValues fills in the rest). */
export function EventSimView({ entry, panel, values, set, seed, setSeed, playback, frame }: EventViewProps<ParamSpecs, RunSummary, ReceivePathSim>) {
  const frameRef = useRef<HTMLDivElement>(null);
  const pipelineRef = useRef<PipelineHandle>(null);
  const visible = useOnScreen(frameRef);
  const near = useNearScreen(frameRef);
  const reducedMotion = useReducedMotion();
  const [explain, setExplain] = useState<DropCounter | null>(null);
  // The lab names CPUs as its console does (model core → machine CPU).
  const [coreCpu, setCoreCpu] = useState<number[] | null>(null);
  const cpuName = useCallback((c: number) => coreCpu?.[c] ?? c, [coreCpu]);
  const [pickedSerial, setPickedSerial] = useState<number | undefined>(undefined);
  const onFrame = useCallback((sim: ReceivePathSim, stepMs: number) => pipelineRef.current?.draw(sim, stepMs), []);
  const live = useEventSim(entry, values, { seed, near, visible, reducedMotion, onFrame, playback });
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

  const lanes = sim?.lanes.length ?? modelValues(values).queues;
  const showBacklog = Boolean(sim && (sim.v.rps || sim.v.mode === 1));
  // -1 until the model has loaded: the placement depends on parameters the entry may fix.
  const appCpuOf = (lane: number) => sim?.apps[lane]?.cpu ?? -1;
  const sentence = sim ? runSentence(sim) : near ? 'Loading the simulation…' : 'The simulation starts when you scroll to it.';
  const marker =
    sim && explain ? ((pickedSerial !== undefined ? sim.drops.find(pickedSerial)?.t_ns : undefined) ?? latestDrop(sim, explain)?.t_ns ?? null) : null;

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
    <Pipeline
      ref={pipelineRef}
      snapshot={snapshot}
      lanes={lanes}
      showBacklog={showBacklog}
      appCpuOf={appCpuOf}
      label={`The receive path: ${sentence}`}
      onPickDrop={pickDrop}
    />
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
    case 'lab':
      body = (
        <>
          <CpuNames.Provider value={cpuName}>
            {pipeline}
            {sim && <CpuBars sim={sim} version={live.version} />}
          </CpuNames.Provider>
          <TuningLab sim={sim} values={values} set={set} seed={seed} onTopology={setCoreCpu} />
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

  const clock = transportOf(live);

  return (
    <div ref={frameRef} data-event-sim={entry.id}>
      <SimulationFrame {...frame} label={panelLabel(entry.title, panel, PANEL_NAMES)} clock={clock} seed={{ value: seed, set: setSeed }}>
        <p className="font-sans text-sm text-ink" data-run-sentence data-now={sim?.now ?? 0}>
          {live.error ? `The simulation could not start: ${live.error}` : sentence}
        </p>
        {body}
        <LiveSummary text={sentence} />
      </SimulationFrame>
    </div>
  );
}
