'use client';
/**
 * Where the microseconds go on each receive path at light load: one stacked
 * bar per stack, a segment per category (wire, DMA, interrupt and coalescing,
 * softirq, protocol, copy, system call, wake-up, application), p50 at the
 * bar's end and p99 as a tick. A table underneath holds the same numbers for
 * screen readers and for copying. Shared by the `stack` and `latency-budget`
 * views; the bars come from simulations/models/stacks/latency-categories.ts.
 */
import { scaleLinear } from 'd3-scale';
import { formatLatency } from '@/simulations/core/format';
import { CATEGORY_INFO, LATENCY_CATEGORIES, type LatencyBar } from '@/simulations/models/stacks';

type Props = { bars: readonly LatencyBar[]; linkGbps: number; frameBytes: number; stackIndex: number };

export const categoryColour = (c: keyof typeof CATEGORY_INFO) => `var(${CATEGORY_INFO[c].colour})`;

export function LatencyBudget({ bars, linkGbps, frameBytes, stackIndex }: Props) {
  const max = Math.max(...bars.map((r) => r.p99));
  const x = scaleLinear().domain([0, max]).range([0, 100]);
  const used = LATENCY_CATEGORIES.filter((c) => bars.some((b) => b.segments[c] > 0));

  return (
    <figure className="font-sans" data-latency-budget>
      <figcaption className="mb-2 text-xs font-semibold text-ink-2">
        Wire to application at light load, {linkGbps} GbE, {frameBytes}-byte frames: median (bar) and 99th percentile (tick)
      </figcaption>
      <div className="space-y-1.5" aria-hidden="true">
        {bars.map((r) => (
          <div key={r.id} className="grid grid-cols-[6.5rem_minmax(0,1fr)_4rem] items-center gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_5rem]" data-bar={r.id}>
            <span className={`truncate text-xs ${r.stackIndex === stackIndex ? 'font-bold text-accent' : 'text-ink-2'}`}>{r.label}</span>
            <span className="relative block h-4">
              <span className="absolute inset-y-0 left-0 flex overflow-hidden rounded-sm" style={{ width: `${x(r.p50)}%` }}>
                {LATENCY_CATEGORIES.map((c) =>
                  r.segments[c] > 0 ? (
                    <span
                      key={c}
                      style={{ width: `${(r.segments[c] / r.p50) * 100}%`, background: categoryColour(c) }}
                      title={`${CATEGORY_INFO[c].label} ${formatLatency(r.segments[c])}: ${r.what[c] ?? ''}`}
                    />
                  ) : null,
                )}
              </span>
              <span className="absolute inset-y-[-2px] w-0.5 bg-ink" style={{ left: `${x(r.p99)}%` }} title={`p99 ${formatLatency(r.p99)}`} />
            </span>
            <span className={`text-right text-xs tabular ${r.stackIndex === stackIndex ? 'font-bold text-ink' : 'text-ink-2'}`}>{formatLatency(r.p50)}</span>
          </div>
        ))}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-[0.7rem] text-ink-2" aria-hidden="true">
        {used.map((c) => (
          <span key={c} className="flex items-center gap-1" title={CATEGORY_INFO[c].help}>
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: categoryColour(c) }} />
            {CATEGORY_INFO[c].label}
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
              {LATENCY_CATEGORIES.map((c) => (
                <th key={c}>{CATEGORY_INFO[c].label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((r) => (
              <tr key={r.id}>
                <th>{r.label}</th>
                <td>{formatLatency(r.p50)}</td>
                <td>{formatLatency(r.p99)}</td>
                {LATENCY_CATEGORIES.map((c) => (
                  <td key={c}>{formatLatency(r.segments[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
