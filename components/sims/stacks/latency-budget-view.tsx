'use client';
/**
 * The view of `latency-budget`: where the microseconds go on each receive
 * path (stacked bars at light load, latency-budget.tsx, shared with the
 * `stack` view) and, for the chosen stack at the chosen load, a latency
 * histogram with p50 and p99 (the event views' histogram chart). Analytic and
 * seeded, so it follows every parameter at once.
 */
import { ParamControl } from '@/components/controls/param-control';
import { LatencyHistogramChart } from '@/components/charts/latency-histogram-chart';
import { Readouts } from '@/components/sims/frame/readouts';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { panelLabel, SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatLatency, formatNumber } from '@/simulations/core/format';
import { latencyBudgetParams, type LatencyBudgetResult } from '@/simulations/models/stacks';
import { LatencyBudget } from './latency-budget';

const PANEL_NAMES: Record<string, string> = { full: 'bars and histogram', bars: 'the bars', histogram: 'the histogram' };

export function LatencyBudgetView({ entry, panel, values, result: r, set, frame }: AnalyticViewProps<typeof latencyBudgetParams, LatencyBudgetResult>) {
  const v = values;
  const load = `${formatNumber(v.load_pct, v.load_pct < 1 ? 1 : 0)} % load`;
  const summary = `${r.stack.label} at ${load}, ${v.link_gbps} GbE, ${formatNumber(v.frame_bytes)}-byte frames: median ${formatLatency(r.latency_ns.p50)}, 99th percentile ${formatLatency(r.latency_ns.p99)} from wire to application; at light load ${formatLatency(r.light_ns.p50)} and ${formatLatency(r.light_ns.p99)}.${r.dropped_share > 0 ? ` ${formatNumber(r.dropped_share * 100, 1)} % of packets are dropped at a full ring.` : ''}`;

  const readouts = (
    <Readouts
      name="latency"
      items={[
        { id: 'p50', label: 'p50 at this load', value: formatLatency(r.latency_ns.p50), note: `light load: ${formatLatency(r.light_ns.p50)}` },
        { id: 'p99', label: 'p99 at this load', value: formatLatency(r.latency_ns.p99), note: `light load: ${formatLatency(r.light_ns.p99)}` },
        { id: 'queue', label: 'waiting in the queue', value: formatLatency(r.mean_queue_wait_ns), note: 'on average, behind other packets' },
        {
          id: 'dropped',
          label: 'dropped',
          value: r.dropped_share > 0 ? `${formatNumber(r.dropped_share * 100, 1)} %` : 'none',
          note: r.dropped_share > 0 ? 'the ring was full' : 'keeps up',
        },
      ]}
    />
  );
  const bars = <LatencyBudget bars={r.bars} linkGbps={v.link_gbps} frameBytes={v.frame_bytes} stackIndex={v.stack} />;
  const histogram = (
    <div data-latency-histogram={r.stack.id}>
      <LatencyHistogramChart
        histogram={r.distribution.histogram}
        p50={r.latency_ns.p50}
        p99={r.latency_ns.p99}
        title={`${r.stack.label}, ${load}`}
        base={`latency-${r.stack.id}`}
        colour="var(--accent)"
        height={200}
        format={formatLatency}
      />
    </div>
  );
  return (
    <SimulationFrame {...frame} label={panelLabel(entry.title, panel, PANEL_NAMES)} parameters="none">
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {(['stack', 'show', 'link_gbps', 'frame_bytes', 'load_pct', 'cores'] as const).map((k) => (
          <div key={k} className={k === 'stack' ? 'sm:col-span-2 lg:col-span-3' : undefined}>
            <ParamControl spec={latencyBudgetParams[k]} value={values[k]!} onChange={(x) => set({ [k]: x })} />
          </div>
        ))}
      </div>
      {panel !== 'histogram' && bars}
      {panel !== 'bars' && readouts}
      {panel !== 'bars' && histogram}
      <LiveSummary text={summary} />
    </SimulationFrame>
  );
}
