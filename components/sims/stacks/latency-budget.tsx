'use client';
/**
 * Where the microseconds go on each receive path at light load: one stacked
 * bar per stack, a segment per stage (wire, DMA, interrupt or poll loop,
 * softirq, driver, protocol, copy, system call, wake-up), p50 at the bar's end
 * and p99 as a tick. A table underneath holds the same numbers for screen
 * readers and for copying.
 */
import { scaleLinear } from 'd3-scale';
import { formatDuration } from '@/lib/format';
import { evaluateStack } from '@/simulations/models/stacks/evaluate';
import { STACKS } from '@/simulations/models/stacks/stacks';
import { LATENCY_STAGES, type LatencyStage } from '@/simulations/models/stacks/types';

const STAGE_COLOUR: Record<LatencyStage, string> = {
  wire: 'var(--stage-wire)',
  dma: 'var(--stage-dma)',
  notify: 'var(--stage-irq)',
  softirq: 'var(--stage-softirq)',
  driver: 'var(--stage-nic)',
  protocol: 'var(--stage-stack)',
  copy: 'var(--stage-cpu)',
  syscall: 'var(--stage-socket)',
  wakeup: 'var(--stage-app)',
};

const STAGE_WORDS: Record<LatencyStage, string> = {
  wire: 'wire',
  dma: 'DMA',
  notify: 'interrupt or poll loop',
  softirq: 'softirq',
  driver: 'driver',
  protocol: 'protocol',
  copy: 'copy',
  syscall: 'system call',
  wakeup: 'wake-up',
};

type Props = { linkGbps: number; frameBytes: number; stackIndex: number };

export function LatencyBudget({ linkGbps, frameBytes, stackIndex }: Props) {
  const rows = STACKS.map((s, i) => {
    const r = evaluateStack({ stack: i, link_gbps: linkGbps, frame_bytes: frameBytes, load_pct: 0.1, cores: 1 });
    const byStage = Object.fromEntries(LATENCY_STAGES.map((st) => [st, 0])) as Record<LatencyStage, number>;
    for (const item of r.latency_stages) byStage[item.stage] += item.p50_ns;
    return { index: i, label: s.label, p50: r.latency_ns.p50, p99: r.latency_ns.p99, byStage };
  }).sort((a, b) => a.p50 - b.p50);
  const max = Math.max(...rows.map((r) => r.p99));
  const x = scaleLinear().domain([0, max]).range([0, 100]);

  return (
    <figure className="font-sans" data-latency-budget>
      <figcaption className="mb-2 text-xs font-semibold text-ink-2">
        Wire to application at light load, {linkGbps} GbE, {frameBytes}-byte frames: median (bar) and 99th percentile (tick)
      </figcaption>
      <div className="space-y-1.5" aria-hidden="true">
        {rows.map((r) => (
          <div key={r.label} className="grid grid-cols-[7.5rem_minmax(0,1fr)_4.5rem] items-center gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_5rem]">
            <span className={`truncate text-xs ${r.index === stackIndex ? 'font-bold text-accent' : 'text-ink-2'}`}>{r.label}</span>
            <span className="relative block h-4">
              <span className="absolute inset-y-0 left-0 flex overflow-hidden rounded-sm" style={{ width: `${x(r.p50)}%` }}>
                {LATENCY_STAGES.map((st) =>
                  r.byStage[st] > 0 ? <span key={st} style={{ width: `${(r.byStage[st] / r.p50) * 100}%`, background: STAGE_COLOUR[st] }} title={`${STAGE_WORDS[st]} ${formatDuration(r.byStage[st])}`} /> : null,
                )}
              </span>
              <span className="absolute inset-y-[-2px] w-0.5 bg-ink" style={{ left: `${x(r.p99)}%` }} title={`p99 ${formatDuration(r.p99)}`} />
            </span>
            <span className={`text-right text-xs tabular ${r.index === stackIndex ? 'font-bold text-ink' : 'text-ink-2'}`}>{formatDuration(r.p50)}</span>
          </div>
        ))}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-[0.7rem] text-ink-2" aria-hidden="true">
        {LATENCY_STAGES.map((st) => (
          <span key={st} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: STAGE_COLOUR[st] }} />
            {STAGE_WORDS[st]}
          </span>
        ))}
      </div>
      {/* A table box ignores overflow: hidden, so the visually hidden wrapper is a div. */}
      <div className="sr-only">
      <table>
        <caption>Median and 99th-percentile latency per stack, and where the median goes</caption>
        <thead>
          <tr>
            <th>stack</th>
            <th>p50</th>
            <th>p99</th>
            {LATENCY_STAGES.map((st) => (
              <th key={st}>{STAGE_WORDS[st]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th>{r.label}</th>
              <td>{formatDuration(r.p50)}</td>
              <td>{formatDuration(r.p99)}</td>
              {LATENCY_STAGES.map((st) => (
                <td key={st}>{formatDuration(r.byStage[st])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
