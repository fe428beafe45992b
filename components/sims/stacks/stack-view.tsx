'use client';
/**
 * The view of the `stack` entry (chapter 5): the chosen receive path's
 * figures, delivered throughput against frame size for every stack, and the
 * light-load latency budget. Analytic, so it follows every parameter at once.
 */
import { ParamControl } from '@/components/controls/param-control';
import { Readouts } from '@/components/sims/frame/readouts';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { panelLabel, SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatDuration, formatNumber, formatRate } from '@/simulations/core/format';
import { latencyBars, stackSweep, stackParams, type StackResult } from '@/simulations/models/stacks';
import { CopyCost } from './copy-cost';
import { LatencyBudget } from './latency-budget';
import { ThroughputChart } from './throughput-chart';

const PANEL_NAMES: Record<string, string> = {
  full: 'every figure',
  throughput: 'throughput against frame size',
  latency: 'the latency budget',
  costs: 'CPU time per packet',
  copies: 'what copies cost',
};

export function StackView({ entry, panel, values, result: r, set, frame }: AnalyticViewProps<typeof stackParams, StackResult>) {
  const v = values;
  const drops = Object.entries(r.drops).filter(([, n]) => n > 0);
  const summary = `${r.stack.label} on ${v.cores} core${v.cores > 1 ? 's' : ''} at ${v.link_gbps} GbE with ${formatNumber(v.frame_bytes)}-byte frames delivers ${formatRate(r.delivered_pps)}, ${formatNumber(r.line_rate_share * 100, 1)} % of line rate, at ${formatNumber(r.ns_per_packet, 1)} ns of CPU per packet${drops.length > 0 ? `; the rest is dropped and counted in ${drops.map(([k]) => k).join(', ')}` : ''}. Median latency at light load: ${formatDuration(r.latency_ns.p50)}.`;

  const controls = (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
      {(['stack', 'link_gbps', 'frame_bytes', 'load_pct', 'cores'] as const).map((k) => (
        <ParamControl key={k} spec={stackParams[k]} value={values[k]!} onChange={(x) => set({ [k]: x })} />
      ))}
    </div>
  );
  const readouts = (
    <Readouts
      name="stack"
      items={[
        { id: 'delivered', label: 'delivered', value: formatRate(r.delivered_pps), note: `of ${formatRate(r.offered_pps)} offered` },
        { id: 'line-rate', label: 'of line rate', value: `${formatNumber(r.line_rate_share * 100, 1)} %`, note: `${formatNumber(r.delivered_gbps, 2)} Gbit/s` },
        { id: 'ns', label: 'CPU per packet', value: `${formatNumber(r.ns_per_packet, 1)} ns`, note: `one core takes ${formatRate(r.per_core_capacity_pps)}` },
        {
          id: 'drops',
          label: 'drops counted in',
          value: drops.length > 0 ? drops.map(([k]) => k).join(', ') : 'none',
          note: drops.length > 0 ? `${formatRate(r.drop_rate_pps)} dropped` : 'keeps up',
        },
      ]}
    />
  );

  const throughput = (
    <ThroughputChart
      points={stackSweep({ cores: v.cores, linkGbps: [v.link_gbps] })}
      linkGbps={v.link_gbps}
      cores={v.cores}
      stackIndex={v.stack}
      frameBytes={v.frame_bytes}
    />
  );
  const latency = <LatencyBudget bars={latencyBars(v.link_gbps, v.frame_bytes)} linkGbps={v.link_gbps} frameBytes={v.frame_bytes} stackIndex={v.stack} />;
  const costs = (
    <figure className="font-sans" data-stack-costs>
      <figcaption className="mb-1 text-xs font-semibold text-ink-2">
        CPU time per packet, {r.stack.label}, {formatNumber(v.frame_bytes)}-byte frames
      </figcaption>
      <table className="w-full text-xs">
        <tbody>
          {r.costs.map((c, i) => (
            <tr key={i} className="border-t border-rule">
              <td className="py-1 pr-2 text-ink">{c.what}</td>
              <td className="py-1 pr-2 text-ink-2">{c.where === 'kernel' ? 'kernel' : 'user space'}</td>
              <td className="py-1 text-right tabular text-ink">{formatNumber(c.ns, 1)} ns</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );

  const copies = <CopyCost linkGbps={v.link_gbps} frameBytes={v.frame_bytes} cores={v.cores} stackIndex={v.stack} />;
  const body =
    panel === 'latency' ? (
      latency
    ) : panel === 'costs' ? (
      costs
    ) : panel === 'copies' ? (
      copies
    ) : panel === 'throughput' ? (
      throughput
    ) : (
      <>
        {throughput}
        {latency}
        {copies}
        {costs}
      </>
    );
  return (
    // Every parameter is among the controls above the figure, so no folded panel repeats them.
    <SimulationFrame {...frame} label={panelLabel(entry.title, panel, PANEL_NAMES)} parameters="none">
      {controls}
      {readouts}
      {body}
      <LiveSummary text={summary} />
    </SimulationFrame>
  );
}
