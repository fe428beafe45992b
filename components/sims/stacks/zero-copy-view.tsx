'use client';
/**
 * The view of the `zero-copy` entry (chapter 5): what the chosen stack's
 * copies cost at this link speed and frame size (bytes per packet, CPU time,
 * memory traffic, share of a core, from copyLoad() of the stacks model), its
 * buffers animated in copy or zero-copy mode, and the same costs for every
 * stack (copy-cost.tsx, as the `stack` entry shows them).
 */
import { ParamControl } from '@/components/controls/param-control';
import { Readouts, type Readout } from '@/components/sims/frame/readouts';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatNumber, formatRate } from '@/simulations/core/format';
import { bufferJourney, BUFFER_PHASES, zeroCopyParams, type ZeroCopyResult } from '@/simulations/models/stacks';
import { BufferDiagram, BUFFER_LOOP_STEPS } from './buffer-diagram';
import { CopyCost } from './copy-cost';
import { useStepClock } from './step-clock';

const PHASE_NAMES = { copy: ['DMA', 'copy', 'free', 'read'], zero: ['DMA', 'hand over', 'read in place', 'give back'] } as const;

export function ZeroCopyView({ entry, panel, values, result: r, set, playback, frame }: AnalyticViewProps<typeof zeroCopyParams, ZeroCopyResult>) {
  const v = values;
  const c = r.copy;
  const journey = bufferJourney(r.stack.id);
  const clock = useStepClock(BUFFER_LOOP_STEPS, `${r.stack.id}`, playback);
  const table = <CopyCost linkGbps={v.link_gbps} frameBytes={v.frame_bytes} cores={1} stackIndex={v.stack} />;
  const framed = { ...frame, label: `Simulation: ${entry.title}${panel === 'table' ? ' (every stack)' : ''}`, parameters: 'none' as const };
  const summary = r.stack.zero_copy
    ? `${r.stack.label} passes buffers: no bytes copied at ${v.link_gbps} GbE with ${formatNumber(v.frame_bytes)}-byte frames; it delivers ${formatRate(r.delivered_pps)} on one core.`
    : `${r.stack.label} copies ${formatNumber(c.bytes_per_packet)} bytes per packet at ${v.link_gbps} GbE with ${formatNumber(v.frame_bytes)}-byte frames: ${formatNumber(c.copy_ns_per_packet, 1)} ns of CPU per packet, ${formatNumber(c.memory_bytes_per_s / 1e9, 2)} GB/s of memory traffic at the ${formatRate(r.delivered_pps)} it delivers, ${formatNumber(c.cores_copying * 100, 1)} % of a core.`;

  const controls = (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ParamControl spec={zeroCopyParams.stack} value={values.stack!} onChange={(x) => set({ stack: x })} />
      </div>
      <ParamControl spec={zeroCopyParams.link_gbps} value={values.link_gbps!} onChange={(x) => set({ link_gbps: x })} />
      <ParamControl spec={zeroCopyParams.frame_bytes} value={values.frame_bytes!} onChange={(x) => set({ frame_bytes: x })} />
    </div>
  );

  if (panel === 'table') {
    return (
      <SimulationFrame {...framed}>
        {controls}
        {table}
        <LiveSummary text={summary} />
      </SimulationFrame>
    );
  }

  const readouts: Readout[] = [
    {
      id: 'bytes-copied',
      label: 'bytes copied per packet',
      value: `${formatNumber(c.bytes_per_packet)} B`,
      note:
        c.copies === 0
          ? 'zero copy: buffers are passed'
          : `${c.copies === 1 ? 'one copy' : `${c.copies} copies`} of the ${journey.mode === 'copy' && journey.copies === 'payload' ? 'payload' : 'frame'}`,
    },
    {
      id: 'copy-ns',
      label: 'CPU time copying',
      value: `${formatNumber(c.copy_ns_per_packet, 1)} ns`,
      note: `per packet, ${formatNumber(r.copy_share_of_cpu * 100, 0)} % of the stack’s`,
    },
    {
      id: 'memory',
      label: 'memory traffic',
      value: `${formatNumber(c.memory_bytes_per_s / 1e9, 2)} GB/s`,
      note: `read + write, at ${formatRate(r.delivered_pps)}`,
    },
    { id: 'core', label: 'a core, copying', value: `${formatNumber(c.cores_copying * 100, 1)} %`, note: 'of one core’s time' },
  ];

  return (
    <SimulationFrame {...framed} clock={clock}>
      {controls}
      <Readouts name="zero-copy" items={readouts} />
      <BufferDiagram journey={journey} bytes={c.bytes_per_packet} clock={clock}>
        {({ packet, phase, text }) => (
          <div className="rounded-lg border border-rule bg-paper-2/50 px-3 py-2 font-sans text-sm" data-buffer-phase={phase}>
            <p className="text-[0.68rem] font-bold uppercase tracking-wider text-ink-2">
              {journey.mode === 'copy' ? 'Copy mode' : 'Zero copy'} · packet {packet + 1} · {phase + 1} of {BUFFER_PHASES}: {PHASE_NAMES[journey.mode][phase]}
            </p>
            <p className="mt-1 text-ink">{text}</p>
          </div>
        )}
      </BufferDiagram>
      {table}
      <LiveSummary text={summary} />
    </SimulationFrame>
  );
}
