'use client';
/**
 * The split screen (chapter 5): the same seeded traffic into the Linux
 * receive path (left) and a bypass stack (right), inside the shared frame
 * (transport, seed, presets, link, full screen, keys). Each lane draws its
 * path with packets moving along it; under each, what it delivered, what it
 * dropped and in which counter, its CPU and its latency; above both, a verdict.
 */
import { useCallback, useRef, type ReactNode } from 'react';
import { ParamControl } from '@/components/controls/param-control';
import { useNearScreen } from '@/components/hooks/use-near-screen';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { transportOf, useEventSim } from '@/components/sims/frame/use-event-sim';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { EventViewProps } from '@/components/sims/frame/view-props';
import { formatDuration, formatNumber, formatRate } from '@/simulations/core/format';
import type { EventEntry } from '@/simulations/core/entry-types';
import { kernelVsBypassParams, type KernelVsBypassParams, type KernelVsBypassSim, type KernelVsBypassSummary } from '@/simulations/models/kernel-vs-bypass';
import { STACKS } from '@/simulations/models/stacks';
import type { ParamSpecs } from '@/simulations/core/params';
import { APP_PHASE_SHORT } from '@/components/sims/receive-path/pipeline';
import { Lane, type LaneHandle } from './lane';
import { bypassRows, KERNEL_ROWS, type Row } from './lane-rows';
import { cpuText, readSides, verdict, type SideReadout } from './readouts';
import { bypassSource, kernelSource } from './sources';

const CONTROLS = ['bypass', 'kernel', 'frame_bytes', 'load_pct'] as const;

export function KernelVsBypassView({
  entry,
  values,
  set,
  seed,
  setSeed,
  playback,
  frame,
}: EventViewProps<KernelVsBypassParams, KernelVsBypassSummary, KernelVsBypassSim>) {
  const frameRef = useRef<HTMLDivElement>(null);
  const kernelLane = useRef<LaneHandle>(null);
  const bypassLane = useRef<LaneHandle>(null);
  const visible = useOnScreen(frameRef);
  const near = useNearScreen(frameRef);
  const reducedMotion = useReducedMotion();
  const spec = STACKS[values.bypass] ?? STACKS.find((s) => s.id === 'dpdk')!;
  const userStack = spec.family === 'socket' || spec.family === 'l4';
  const onFrame = useCallback(
    (sim: KernelVsBypassSim) => {
      kernelLane.current?.draw(kernelSource(sim));
      bypassLane.current?.draw(bypassSource(sim, userStack));
    },
    [userStack],
  );
  const live = useEventSim<KernelVsBypassSim>(entry as EventEntry<ParamSpecs, unknown, unknown>, values, {
    seed,
    near,
    visible,
    reducedMotion,
    onFrame,
    playback,
  });
  const sim = live.sim && live.version >= 0 ? live.sim : null;
  const sides = sim ? readSides(sim) : null;
  const sentence = live.error
    ? `The simulation could not start: ${live.error}`
    : sim
      ? verdict(sim)
      : near
        ? 'Loading the simulation…'
        : 'The simulation starts when you scroll to it.';

  const kernelNotes: Partial<Record<Row, string>> = sim
    ? {
        nic: `${formatNumber(sim.offered)} frames`,
        ring: `${formatNumber(sim.kernel.lanes[0]!.ring.length)} / ${formatNumber(sim.kernel.lanes[0]!.ring.capacity)}`,
        irq: `${formatNumber(sim.kernel.lanes[0]!.interrupts)} so far`,
        socket: `${formatNumber(sim.kernel.apps[0]!.socket.length)} queued`,
        app: APP_PHASE_SHORT(sim.kernel.snapshot(0).sockets[0]!.phase),
      }
    : {};
  const bypassNotes: Partial<Record<Row, string>> = sim
    ? {
        nic: `${formatNumber(sim.offered)} frames`,
        ring: `${formatNumber(sim.bypass.ring.length)} / ${formatNumber(sim.bypass.ring.capacity)}`,
        irq: `${formatNumber(sim.bypass.interrupts)} so far`,
        poll: `${formatNumber(sim.bypass.calls)} calls`,
        app: sim.bypass.stateName === 'spinning' ? 'polling' : sim.bypass.stateName === 'burst' ? 'receiving' : 'asleep',
      }
    : {};

  const clock = transportOf(live);

  return (
    <div ref={frameRef} data-event-sim={entry.id}>
      <SimulationFrame {...frame} clock={clock} seed={{ value: seed, set: setSeed }}>
        <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          {CONTROLS.map((k) => (
            <div key={k} className={k === 'bypass' ? 'sm:col-span-2 lg:col-span-3' : undefined}>
              <ParamControl spec={kernelVsBypassParams[k]} value={values[k]!} onChange={(x) => set({ [k]: x })} />
            </div>
          ))}
        </div>
        <p className="font-sans text-sm font-semibold text-ink" data-run-sentence data-now={sim?.now ?? 0} data-verdict>
          {sentence}
        </p>
        <div className="grid gap-6 md:grid-cols-2" data-lanes>
          <LaneColumn side="kernel" title={sides?.kernel.label ?? 'Linux kernel'} readout={sides?.kernel}>
            <Lane
              ref={kernelLane}
              side="kernel"
              rows={KERNEL_ROWS}
              notes={kernelNotes}
              label={`The kernel’s receive path: ${sides ? laneWords(sides.kernel) : 'not started'}`}
            />
          </LaneColumn>
          <LaneColumn side="bypass" title={spec.label} readout={sides?.bypass}>
            <Lane
              ref={bypassLane}
              side="bypass"
              rows={bypassRows(spec)}
              notes={bypassNotes}
              label={`${spec.label}’s receive path: ${sides ? laneWords(sides.bypass) : 'not started'}`}
            />
          </LaneColumn>
        </div>
        <LiveSummary text={sentence} />
      </SimulationFrame>
    </div>
  );
}

function laneWords(s: SideReadout): string {
  return `${formatNumber(s.delivered)} delivered, ${formatNumber(s.dropped)} dropped`;
}

function LaneColumn({ side, title, readout, children }: { side: 'kernel' | 'bypass'; title: string; readout: SideReadout | undefined; children: ReactNode }) {
  const rows: Array<[string, string, string]> = readout
    ? [
        ['delivered', formatRate(readout.deliveredPps), `${formatNumber(readout.delivered)} packets`],
        ['CPU busy', cpuText(readout.cpus), readout.cpus.length > 1 ? `${readout.cpus.length} CPUs` : 'one core'],
        ['latency', readout.samples > 0 ? `${formatDuration(readout.p50)} · ${formatDuration(readout.p99)}` : '–', 'p50 · p99, wire to app'],
        ['drops', formatNumber(readout.dropped), readout.dropCounters.join(', ')],
      ]
    : [];
  return (
    <section className="min-w-0 space-y-3" data-lane={side} aria-label={title}>
      <h4 className="font-sans text-sm font-bold text-ink">
        <span
          className="mr-2 inline-block h-2.5 w-2.5 rounded-full"
          style={{ background: `var(--stage-${side === 'kernel' ? 'softirq' : 'bypass'})` }}
          aria-hidden="true"
        />
        {title}
      </h4>
      {children}
      <dl className="grid grid-cols-3 gap-2 font-sans">
        {rows.map(([label, value, note]) => (
          <div key={label} className={`min-w-0 rounded-lg border border-rule px-2.5 py-1.5 ${label === 'drops' ? 'col-span-3' : ''}`}>
            <dt className="text-[0.66rem] font-bold uppercase tracking-wider text-ink-2">{label}</dt>
            <dd
              className={`break-words text-sm font-semibold tabular ${label === 'drops' && readout && readout.dropped > 0 ? 'text-warn' : 'text-ink'}`}
              data-readout={label.replace(' ', '-')}
              data-value={label === 'drops' ? readout?.dropped : label === 'delivered' ? readout?.delivered : undefined}
            >
              {value}
            </dd>
            <dd className="break-words font-mono text-[0.68rem] text-ink-2">{note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
