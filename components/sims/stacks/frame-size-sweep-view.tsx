'use client';
/**
 * The view of `frame-size-sweep`: every stack's delivered packets per second
 * against frame size, one chart per link speed (10, 40, 100 GbE, one above the
 * other so each keeps the full width on a phone), line rate dashed. The sweep
 * is computed in the Web Worker one stack per message; each stack's line
 * appears as its answer arrives, under a progress bar.
 */
import { useRef } from 'react';
import { ParamControl } from '@/components/controls/param-control';
import { useNearScreen } from '@/components/hooks/use-near-screen';
import { ExportButtons } from '@/components/charts/export-buttons';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { SimulationFrame } from '@/components/sims/frame/simulation-frame';
import { ThroughputChart } from './throughput-chart';
import type { OffThreadViewProps } from '@/components/sims/frame/view-props';
import { formatNumber, formatRate } from '@/simulations/core/format';
import { frameSizeSweepParams, linksOf, type FrameSizeSweepChunk, type FrameSizeSweepResult, STACKS, SWEEP_FRAME_SIZES } from '@/simulations/models/stacks';
import { useWorkerSweep } from './use-worker-sweep';

export function FrameSizeSweepView({ entry, values, set, frame }: OffThreadViewProps<typeof frameSizeSweepParams, FrameSizeSweepResult>) {
  const frameRef = useRef<HTMLDivElement>(null);
  const chartsRef = useRef<HTMLDivElement>(null);
  const near = useNearScreen(frameRef);
  const v = values;
  const links = linksOf(v);
  // The highlight is drawing only: changing it never recomputes the sweep.
  const sweep = useWorkerSweep<FrameSizeSweepChunk>(entry.id, { links: v.links, cores: v.cores, load_pct: v.load_pct }, STACKS.length, near);
  const points = sweep.parts.flatMap((p) => p.points);
  const done = sweep.parts.length === sweep.total;
  const chosen = STACKS[v.stack]!;
  const at64 = points.filter((p) => p.stack === chosen.id && p.frame_bytes === 64);
  const keepUp = points.filter((p) => p.link_gbps === links[0] && p.frame_bytes === 64 && p.line_rate_share >= 0.9999).length;
  const summary = done
    ? `${chosen.label} on ${v.cores} core${v.cores > 1 ? 's' : ''} at 64-byte frames: ${at64.map((p) => `${formatRate(p.delivered_pps)} at ${p.link_gbps} GbE (${formatNumber(p.line_rate_share * 100, 1)} % of line rate)`).join(', ')}. ${keepUp} of ${STACKS.length} stacks reach line rate at 64 bytes on ${links[0]} GbE.`
    : `Computing the sweep: ${sweep.parts.length} of ${sweep.total} stacks.`;

  return (
    <SimulationFrame {...frame} label={`Simulation: ${entry.title}`} parameters="none">
      <div ref={frameRef} className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {(['stack', 'links', 'cores', 'load_pct'] as const).map((k) => (
          <div key={k} className={k === 'stack' ? 'sm:col-span-2' : undefined}>
            <ParamControl spec={frameSizeSweepParams[k]} value={values[k]!} onChange={(x) => set({ [k]: x })} />
          </div>
        ))}
      </div>
      <div
        className="flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1 font-sans text-xs text-ink-2"
        data-sweep-status={done ? 'done' : 'running'}
        data-sweep-ms={sweep.ms === null ? undefined : sweep.ms.toFixed(1)}
      >
        {sweep.error ? (
          <span className="text-warn">The sweep could not be computed: {sweep.error}</span>
        ) : done ? (
          <span>
            {formatNumber(points.length)} points ({STACKS.length} stacks × {SWEEP_FRAME_SIZES.length} frame sizes × {links.length} link speed
            {links.length > 1 ? 's' : ''}) computed in a Web Worker
            {sweep.ms !== null && ` in ${formatNumber(sweep.ms, 0)} ms`}.
          </span>
        ) : (
          <span className="flex items-center gap-2" role="status">
            <progress
              max={sweep.total}
              value={sweep.parts.length}
              className="h-1.5 w-32 accent-[var(--accent)]"
              aria-label="Computing the sweep"
              data-sweep-progress
            />
            {sweep.parts.length} of {sweep.total} stacks
          </span>
        )}
      </div>
      <div ref={chartsRef} className="space-y-2" data-sweep-charts>
        {links.map((link) => (
          <ThroughputChart key={link} points={points} linkGbps={link} cores={v.cores} stackIndex={v.stack} height={links.length > 1 ? 250 : 320} />
        ))}
      </div>
      {done && (
        <ExportButtons
          container={chartsRef}
          names={links.map((l) => `${l}g`)}
          base={entry.id}
          csv={() =>
            [
              'stack,link_gbps,frame_bytes,line_rate_pps,offered_pps,delivered_pps,delivered_gbps,line_rate_share',
              ...points.map((p) =>
                [p.stack, p.link_gbps, p.frame_bytes, p.line_rate_pps, p.offered_pps, p.delivered_pps, p.delivered_gbps, p.line_rate_share].join(','),
              ),
            ].join('\n')
          }
        />
      )}
      <LiveSummary text={summary} />
    </SimulationFrame>
  );
}
