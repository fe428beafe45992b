'use client';
/**
 * Delivered packets per second against frame size for every stack at one link
 * speed and core count (the `stack` entry's sweep), with the line rate drawn
 * for reference. The chosen stack is highlighted and the stock kernel stays
 * marked, so the gap between them is the chapter's point at a glance.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { PpsGrid } from '@/components/charts/pps-grid';
import { useRef } from 'react';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { formatRate } from '@/lib/format';
import { STACKS } from '@/simulations/models/stacks/stacks';
import { stackSweep, SWEEP_FRAME_SIZES } from '@/simulations/models/stacks/sweep';

const HEIGHT = 320;
const M = { top: 14, right: 104, bottom: 40, left: 52 };
const Y_TICKS = [1e5, 1e6, 1e7, 1e8];

type Props = { linkGbps: number; cores: number; stackIndex: number; frameBytes: number };


export function ThroughputChart({ linkGbps, cores, stackIndex, frameBytes }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  const points = stackSweep({ cores, linkGbps: [linkGbps] });
  const chosen = STACKS[stackIndex]!.id;
  const lineRate = points.filter((p) => p.stack === chosen).map((p) => ({ frame: p.frame_bytes, pps: p.line_rate_pps }));
  const x = scaleLinear().domain([64, 1518]).range([M.left, width - M.right]);
  const y = scaleLog().domain([5e4, 2e8]).range([HEIGHT - M.bottom, M.top]).clamp(true);
  const path = line<{ frame: number; pps: number }>()
    .x((d) => x(d.frame))
    .y((d) => y(Math.max(5e4, d.pps)));
  const series = STACKS.map((s) => ({ id: s.id, label: s.label, pts: points.filter((p) => p.stack === s.id).map((p) => ({ frame: p.frame_bytes, pps: p.delivered_pps })) }));
  const highlight = series.find((s) => s.id === chosen)!;
  const kernel = series.find((s) => s.id === 'kernel')!;
  const at = (s: (typeof series)[number]) => s.pts.find((p) => p.frame === 64)!.pps;
  const narrow = width < 480;

  return (
    <div ref={box} className="w-full" data-throughput-chart>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Delivered packets per second against frame size at ${linkGbps} GbE on ${cores} core${cores > 1 ? 's' : ''}: ${highlight.label} delivers ${formatRate(at(highlight))} at 64 bytes, the stock kernel ${formatRate(at(kernel))}, line rate ${formatRate(lineRate[0]!.pps)}.`}
        className="block overflow-visible font-sans"
      >
        <PpsGrid ticks={Y_TICKS} y={y} left={M.left} right={width - M.right} />
        {SWEEP_FRAME_SIZES.filter((f) => !narrow || [64, 512, 1024, 1518].includes(f)).map((f) => (
          <text key={f} x={x(f)} y={HEIGHT - M.bottom + 16} textAnchor="middle" fontSize={11} fill="var(--ink-3)">
            {f}
          </text>
        ))}
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          frame size (bytes)
        </text>
        <text transform={`translate(12 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          packets per second delivered
        </text>

        {series
          .filter((s) => s.id !== chosen && s.id !== 'kernel')
          .map((s) => (
            <path key={s.id} d={path(s.pts) ?? ''} fill="none" stroke="var(--ink-3)" strokeWidth={1} opacity={0.45} data-stack={s.id} />
          ))}
        <path d={path(lineRate) ?? ''} fill="none" stroke="var(--ink)" strokeWidth={1.5} strokeDasharray="6 4" />
        <text x={width - M.right + 6} y={y(lineRate.at(-1)!.pps) - 8} fontSize={11} fill="var(--ink)">
          line rate
        </text>
        {chosen !== 'kernel' && (
          <>
            <path d={path(kernel.pts) ?? ''} fill="none" stroke="var(--warn)" strokeWidth={2} data-stack="kernel" />
            <text x={width - M.right + 6} y={y(kernel.pts.at(-1)!.pps) + 12} fontSize={11} fontWeight={600} fill="var(--warn)">
              stock kernel
            </text>
          </>
        )}
        <path d={path(highlight.pts) ?? ''} fill="none" stroke="var(--accent)" strokeWidth={3} data-stack={chosen} data-highlighted />
        <text x={width - M.right + 6} y={y(highlight.pts.at(-1)!.pps) + (chosen === 'kernel' ? 12 : -20)} fontSize={11} fontWeight={700} fill="var(--accent)">
          {narrow ? highlight.label.replace(/ \(.*\)$/, '') : highlight.label}
        </text>
        {/* Frames beyond 1518 B (jumbo) sit past the chart: the marker stays at its right edge. */}
        <line x1={x(Math.min(1518, frameBytes))} x2={x(Math.min(1518, frameBytes))} y1={M.top} y2={HEIGHT - M.bottom} stroke="var(--ink)" strokeWidth={1} opacity={0.35} />
      </svg>
    </div>
  );
}
