'use client';
/**
 * Delivered packets per second against frame size for every stack at one link
 * speed, with the line rate drawn for reference. The chosen stack is
 * highlighted and the stock kernel stays marked, so the gap between them is
 * the chapter's point at a glance. Shared by the `stack` view (points computed
 * in the page) and the `frame-size-sweep` view (points arriving from a Web
 * Worker, one stack at a time: stacks not yet computed are simply absent).
 * Hover, or focus and use ← →, to read the values at one frame size.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PpsGrid } from '@/components/charts/pps-grid';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { formatNumber, formatRate } from '@/simulations/core/format';
import { STACKS, SWEEP_FRAME_SIZES, type SweepPoint } from '@/simulations/models/stacks';

const M = { top: 24, right: 104, bottom: 40, left: 52 };
const Y_TICKS = [1e5, 1e6, 1e7, 1e8];
const FLOOR = 5e4;

type Props = {
  /** Sweep points at this link speed (any stacks, any order). */
  points: readonly SweepPoint[];
  linkGbps: number;
  cores: number;
  stackIndex: number;
  /** A frame size to mark with a vertical line (the `stack` entry's chosen size). */
  frameBytes?: number;
  height?: number;
};

type Pt = { frame: number; pps: number };

export function ThroughputChart({ points, linkGbps, cores, stackIndex, frameBytes, height = 320 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  // On a phone the right margin (the lines' labels) gives up some room to the plot.
  const m = { ...M, right: width < 480 ? 84 : M.right };
  const [cursor, setCursor] = useState<number | null>(null);
  const chosen = STACKS[stackIndex]!.id;
  const here = points.filter((p) => p.link_gbps === linkGbps);
  const ofStack = (id: string) => here.filter((p) => p.stack === id).sort((a, b) => a.frame_bytes - b.frame_bytes);
  const firstStack = here[0]?.stack;
  const lineRate: Pt[] = firstStack ? ofStack(firstStack).map((p) => ({ frame: p.frame_bytes, pps: p.line_rate_pps })) : [];
  const x = scaleLinear()
    .domain([64, 1518])
    .range([m.left, width - m.right]);
  const y = scaleLog()
    .domain([FLOOR, 2e8])
    .range([height - m.bottom, m.top])
    .clamp(true);
  const path = (pts: Pt[]) =>
    line<Pt>()
      .x((d) => x(d.frame))
      .y((d) => y(Math.max(FLOOR, d.pps)))(pts) ?? '';
  const series = STACKS.map((s) => ({ id: s.id, label: s.label, pts: ofStack(s.id).map((p) => ({ frame: p.frame_bytes, pps: p.delivered_pps })) })).filter(
    (s) => s.pts.length > 0,
  );
  const highlight = series.find((s) => s.id === chosen);
  const kernel = series.find((s) => s.id === 'kernel');
  const at64 = (s: { pts: Pt[] } | undefined) => s?.pts.find((p) => p.frame === 64)?.pps;
  const narrow = width < 480;
  const shortLabel = (label: string) => (narrow ? label.replace(/ \(.*\)$/, '') : label);

  const cursorFrame = cursor === null ? null : SWEEP_FRAME_SIZES[cursor]!;
  const cursorText = (() => {
    if (cursorFrame === null || !highlight) return '';
    const d = highlight.pts.find((p) => p.frame === cursorFrame)?.pps ?? 0;
    const l = lineRate.find((p) => p.frame === cursorFrame)?.pps ?? 0;
    return `${shortLabel(highlight.label)}, ${formatNumber(cursorFrame)} B: ${formatRate(d)} (${formatNumber(l > 0 ? (d / l) * 100 : 0, 1)} % of line rate ${formatRate(l)})`;
  })();
  const nearest = (px: number) => {
    let best = 0;
    SWEEP_FRAME_SIZES.forEach((f, i) => {
      if (Math.abs(x(f) - px) < Math.abs(x(SWEEP_FRAME_SIZES[best]!) - px)) best = i;
    });
    return best;
  };
  const onPointer = (e: PointerEvent<SVGSVGElement>) => setCursor(nearest(e.clientX - e.currentTarget.getBoundingClientRect().left));
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = SWEEP_FRAME_SIZES.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? Math.min(last, (cursor ?? -1) + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, (cursor ?? 1) - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    setCursor(next);
  };
  const description = highlight
    ? `${highlight.label} delivers ${formatRate(at64(highlight) ?? 0)} at 64 bytes${kernel && chosen !== 'kernel' ? `, the stock kernel ${formatRate(at64(kernel) ?? 0)}` : ''}, line rate ${formatRate(lineRate[0]?.pps ?? 0)}.`
    : 'Not computed yet.';

  return (
    <div
      ref={box}
      className="relative w-full rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
      data-throughput-chart={linkGbps}
      tabIndex={0}
      role="group"
      aria-label={`${linkGbps} GbE chart; use the left and right arrow keys to read the values at each frame size`}
      onKeyDown={onKey}
      onFocus={() => setCursor((c) => c ?? 0)}
      onBlur={() => setCursor(null)}
    >
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Delivered packets per second against frame size at ${linkGbps} GbE on ${cores} core${cores > 1 ? 's' : ''}: ${description}`}
        className="block overflow-visible font-sans"
        onPointerMove={onPointer}
        onPointerLeave={() => setCursor(null)}
      >
        <text x={m.left} y={13} fontSize={12} fontWeight={700} fill="var(--ink)">
          {linkGbps} GbE
          <tspan fontWeight={400} fill="var(--ink-2)">{`, ${cores} core${cores > 1 ? 's' : ''}`}</tspan>
        </text>
        <PpsGrid ticks={Y_TICKS} y={y} left={m.left} right={width - m.right} />
        {SWEEP_FRAME_SIZES.filter((f) => !narrow || [64, 512, 1024, 1518].includes(f)).map((f) => (
          <text key={f} x={x(f)} y={height - m.bottom + 16} textAnchor="middle" fontSize={11} fill="var(--ink-3)">
            {f}
          </text>
        ))}
        <text x={(m.left + width - m.right) / 2} y={height - 4} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          frame size (bytes)
        </text>
        <text transform={`translate(12 ${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          packets per second
        </text>

        {series
          .filter((s) => s.id !== chosen && s.id !== 'kernel')
          .map((s) => (
            <path key={s.id} d={path(s.pts)} fill="none" stroke="var(--ink-3)" strokeWidth={1} opacity={0.45} data-stack={s.id} />
          ))}
        {lineRate.length > 0 && (
          <>
            <path d={path(lineRate)} fill="none" stroke="var(--ink)" strokeWidth={1.5} strokeDasharray="6 4" data-line-rate />
            <text x={width - m.right + 6} y={y(lineRate.at(-1)!.pps) - 8} fontSize={11} fill="var(--ink)">
              line rate
            </text>
          </>
        )}
        {kernel && chosen !== 'kernel' && (
          <>
            <path d={path(kernel.pts)} fill="none" stroke="var(--warn)" strokeWidth={2} data-stack="kernel" />
            <text x={width - m.right + 6} y={y(kernel.pts.at(-1)!.pps) + 12} fontSize={11} fontWeight={600} fill="var(--warn)">
              stock kernel
            </text>
          </>
        )}
        {highlight && (
          <>
            <path d={path(highlight.pts)} fill="none" stroke="var(--accent)" strokeWidth={3} data-stack={chosen} data-highlighted />
            <text
              x={width - m.right + 6}
              y={y(highlight.pts.at(-1)!.pps) + (chosen === 'kernel' ? 12 : -20)}
              fontSize={11}
              fontWeight={700}
              fill="var(--accent)"
            >
              {shortLabel(highlight.label)}
            </text>
          </>
        )}
        {/* Frames beyond 1518 B (jumbo) sit past the chart: the marker stays at its right edge. */}
        {frameBytes !== undefined && (
          <line
            x1={x(Math.min(1518, frameBytes))}
            x2={x(Math.min(1518, frameBytes))}
            y1={m.top}
            y2={height - m.bottom}
            stroke="var(--ink)"
            strokeWidth={1}
            opacity={0.35}
          />
        )}
        {cursorFrame !== null && highlight && (
          <g data-cursor={cursorFrame} pointerEvents="none">
            <line x1={x(cursorFrame)} x2={x(cursorFrame)} y1={m.top} y2={height - m.bottom} stroke="var(--accent)" strokeWidth={1} strokeDasharray="2 3" />
            {[lineRate.find((p) => p.frame === cursorFrame), highlight.pts.find((p) => p.frame === cursorFrame)].map((p, i) =>
              p ? (
                <circle
                  key={i}
                  cx={x(p.frame)}
                  cy={y(Math.max(FLOOR, p.pps))}
                  r={i === 0 ? 3.5 : 5}
                  fill={i === 0 ? 'var(--ink)' : 'var(--accent)'}
                  stroke="var(--card)"
                  strokeWidth={1.5}
                />
              ) : null,
            )}
          </g>
        )}
      </svg>
      {/* The value under the cursor, as text (read out to screen readers as it changes). */}
      <p className="min-h-[1.25rem] pl-[52px] text-xs text-ink tabular" aria-live="polite" data-cursor-readout>
        {cursorText}
      </p>
    </div>
  );
}
