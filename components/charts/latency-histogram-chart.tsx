'use client';
/**
 * A latency histogram on a log axis with p50 and p99 marked, and CSV/SVG/PNG
 * export. Draws any histogram with the shape of
 * simulations/engine/log-histogram.ts: the event simulations' measured
 * latencies (components/sims/receive-path/latency-histogram.tsx), the
 * latency-budget entry's seeded distribution (components/sims/stacks/).
 */
import { useRef } from 'react';
import { max } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { LogHistogram } from '@/simulations/engine/log-histogram';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { formatDuration } from '@/simulations/core/format';
import { ExportButtons } from './export-buttons';

const M = { top: 14, right: 10, bottom: 22, left: 10 };

type Histogram = Pick<LogHistogram, 'count' | 'min' | 'max' | 'bins' | 'quantile'>;

type ChartProps = {
  histogram: Histogram;
  /** What is measured, e.g. "Latency, wire to recv()". */
  title: string;
  /** Exact p50 and p99 when known (else the histogram's own quantiles). */
  p50?: number;
  p99?: number;
  /** File name of the exports. */
  base?: string;
  colour?: string;
  height?: number;
  format?: (ns: number) => string;
};

export function LatencyHistogramChart({
  histogram: h,
  title,
  p50 = h.quantile(0.5),
  p99 = h.quantile(0.99),
  base = 'latency',
  colour = 'var(--stage-app)',
  height: H = 150,
  format = formatDuration,
}: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 560);
  if (h.count === 0) {
    return (
      <div ref={ref} className="font-sans text-sm text-ink-2">
        No packet has reached the application yet.
      </div>
    );
  }
  // Merge the fine buckets into ~60 bins on a log axis so bars stay readable.
  const lo = Math.max(100, h.min * 0.9);
  const hi = Math.max(lo * 2, h.max * 1.1);
  const x = scaleLog()
    .domain([lo, hi])
    .range([M.left, width - M.right])
    .clamp(true);
  const binsN = Math.max(20, Math.floor(width / 9));
  const counts = new Array<number>(binsN).fill(0);
  for (const [l, u, c] of h.bins()) {
    const mid = (l + u) / 2;
    const i = Math.min(binsN - 1, Math.max(0, Math.floor(((x(mid) - M.left) / (width - M.left - M.right)) * binsN)));
    counts[i] = (counts[i] ?? 0) + c;
  }
  const y = scaleLinear()
    .domain([0, max(counts) ?? 1])
    .range([H - M.bottom, M.top]);
  const bw = (width - M.left - M.right) / binsN;
  // Labels flip to the left of their line near the right edge, and stack when the two lines are close.
  const label = (v: number) => (x(v) > width - 120 ? { x: x(v) - 3, anchor: 'end' as const } : { x: x(v) + 3, anchor: 'start' as const });
  return (
    <div ref={ref} data-latency>
      <svg
        width={width}
        height={H}
        role="img"
        aria-label={`${title}: median ${format(p50)}, 99th percentile ${format(p99)}, ${h.count} packets`}
        className="block font-sans"
      >
        <text x={M.left} y={10} className="fill-ink-2 text-[10.5px] font-semibold">
          {title} ({h.count.toLocaleString('en')} packets)
        </text>
        {counts.map((c, i) =>
          c > 0 ? <rect key={i} x={M.left + i * bw} y={y(c)} width={Math.max(1, bw - 1)} height={H - M.bottom - y(c)} fill={colour} opacity={0.75} /> : null,
        )}
        {[
          { q: 'p50', v: p50 },
          { q: 'p99', v: p99 },
        ].map(({ q, v }) => (
          <g key={q} data-mark={q}>
            <line x1={x(v)} x2={x(v)} y1={M.top} y2={H - M.bottom} stroke="var(--ink)" strokeDasharray="3 2" />
            <text x={label(v).x} y={M.top + (q === 'p50' ? 8 : 20)} textAnchor={label(v).anchor} className="fill-ink text-[10px] font-semibold">
              {q} {format(v)}
            </text>
          </g>
        ))}
        {x
          .ticks(4)
          .filter((_, i, a) => a.length < 8 || i % 2 === 0)
          .map((v) => (
            <text key={v} x={x(v)} y={H - 6} textAnchor="middle" className="fill-ink-3 text-[9.5px] tabular">
              {formatDuration(v)}
            </text>
          ))}
      </svg>
      <ExportButtons container={ref} names={['latency']} base={base} csv={() => ['low_ns,high_ns,packets', ...h.bins().map((b) => b.join(','))].join('\n')} />
    </div>
  );
}
