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

/**
 * Rows above the plot: the title, then one row for each of the p50 and p99 labels, so that neither
 * label can cover the other, the title or the bars (y are text baselines).
 */
const TITLE_Y = 10;
const LABEL_Y = { p50: 26, p99: 40 } as const;
const M = { top: 46, right: 10, bottom: 22, left: 10 };
/** Width of a label of `n` characters at 10px, generously (Inter's digits are ~5.5px): decides which side of its line a label goes. */
const labelWidth = (n: number) => n * 6.2;
/** The narrowest x domain, as a ratio max/min: about six of the histogram's buckets (1/128 of an octave each). */
const MIN_RATIO = 1.05;

/**
 * The x domain: the data's own range on a log axis, padded by 2 % on each side, so the bars span
 * the plot whatever the spread (a floor of one octave left a tight distribution a third of it).
 */
export function latencyDomain(min: number, max: number): [number, number] {
  let a = Math.log(Math.max(1, min));
  let b = Math.log(Math.max(1, max, min));
  if (b - a < Math.log(MIN_RATIO)) {
    const c = (a + b) / 2;
    a = c - Math.log(MIN_RATIO) / 2;
    b = c + Math.log(MIN_RATIO) / 2;
  }
  const pad = (b - a) * 0.02;
  return [Math.exp(a - pad), Math.exp(b + pad)];
}

/**
 * The histogram's buckets merged into `n` bins of equal width on the log axis. A bucket's count is
 * shared among the bins it overlaps in proportion to the overlap, so bin heights are densities: with
 * whole buckets per bin, bins holding two buckets stood twice as tall as their neighbours holding one.
 */
export function logBins(bins: ReadonlyArray<readonly [number, number, number]>, [lo, hi]: readonly [number, number], n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  const a = Math.log(lo);
  const span = Math.log(hi) - a;
  const at = (v: number) => Math.min(n, Math.max(0, ((Math.log(Math.max(v, 0.5)) - a) / span) * n));
  for (const [l, u, c] of bins) {
    const from = at(l);
    const to = at(u);
    if (to - from < 1e-9) {
      counts[Math.min(n - 1, Math.floor(from))]! += c;
      continue;
    }
    for (let i = Math.floor(from); i < to && i < n; i++) counts[i]! += (c * (Math.min(i + 1, to) - Math.max(i, from))) / (to - from);
  }
  return counts;
}

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
  height: H = 180,
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
  const x = scaleLog()
    .domain(latencyDomain(h.min, h.max))
    .range([M.left, width - M.right])
    .clamp(true);
  // ~9 px a bin keeps bars readable.
  const binsN = Math.max(20, Math.floor(width / 9));
  const counts = logBins(h.bins(), x.domain() as [number, number], binsN);
  const y = scaleLinear()
    .domain([0, max(counts) ?? 1])
    .range([H - M.bottom, M.top]);
  const bw = (width - M.left - M.right) / binsN;
  // p50 to the left of its line and p99 to the right, away from each other, unless the edge of the chart is too near.
  const marks = [
    { q: 'p50' as const, v: p50, side: 'left' },
    { q: 'p99' as const, v: p99, side: 'right' },
  ].map(({ q, v, side }) => {
    const text = `${q} ${format(v)}`;
    const w = labelWidth(text.length);
    const left = side === 'left' ? x(v) - 4 - w >= 2 : !(x(v) + 4 + w <= width - 2);
    return { q, v, text, x: left ? x(v) - 4 : x(v) + 4, anchor: left ? ('end' as const) : ('start' as const) };
  });
  // Tick labels that would run into the one before are left out.
  const ticks: number[] = [];
  for (const v of x.ticks(4)) {
    const last = ticks.at(-1);
    if (last === undefined || x(v) - x(last) >= (labelWidth(formatDuration(last).length) + labelWidth(formatDuration(v).length)) / 2 + 6) ticks.push(v);
  }
  return (
    <div ref={ref} data-latency>
      <svg
        width={width}
        height={H}
        role="img"
        aria-label={`${title}: median ${format(p50)}, 99th percentile ${format(p99)}, ${h.count} packets`}
        className="block font-sans"
      >
        <text x={M.left} y={TITLE_Y} className="fill-ink-2 text-[10.5px] font-semibold">
          {title} ({h.count.toLocaleString('en')} packets)
        </text>
        {counts.map((c, i) =>
          c > 0 ? (
            // At least a pixel tall: a bin of a few packets beside thousands still shows where the data reach.
            <rect
              key={i}
              x={M.left + i * bw}
              y={Math.min(y(c), H - M.bottom - 1)}
              width={Math.max(1, bw - 1)}
              height={Math.max(1, H - M.bottom - y(c))}
              fill={colour}
              opacity={0.75}
            />
          ) : null,
        )}
        {marks.map((m) => (
          <g key={m.q} data-mark={m.q}>
            <line x1={x(m.v)} x2={x(m.v)} y1={LABEL_Y[m.q] - 10} y2={H - M.bottom} stroke="var(--ink)" strokeDasharray="3 2" />
            {/* A halo in the card's colour keeps the other mark's line from crossing the text. */}
            <text
              x={m.x}
              y={LABEL_Y[m.q]}
              textAnchor={m.anchor}
              stroke="var(--card)"
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
              className="fill-ink text-[10px] font-semibold"
            >
              {m.text}
            </text>
          </g>
        ))}
        {ticks.map((v) => (
          <text key={v} x={x(v)} y={H - 6} textAnchor="middle" className="fill-ink-3 text-[9.5px] tabular">
            {formatDuration(v)}
          </text>
        ))}
      </svg>
      <ExportButtons container={ref} names={['latency']} base={base} csv={() => ['low_ns,high_ns,packets', ...h.bins().map((b) => b.join(','))].join('\n')} />
    </div>
  );
}
