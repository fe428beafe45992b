'use client';
/**
 * Packets per second against frame size, one curve per link speed, with the
 * measured one-core capacity of several packet paths as horizontal lines. Where a
 * curve is above a line, one core on that path cannot keep up. Click or drag on
 * the plot to pick a frame size.
 */
import { scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { PpsGrid } from '@/components/charts/pps-grid';
import { useRef, type PointerEvent } from 'react';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { formatNumber, formatRate } from '@/simulations/core/format';
import { lineRateParams, packetsPerSecond, ppsCurves } from '@/simulations/models/line-rate';
import { ONE_CORE_PATHS } from '@/simulations/core/costs';
import { JUMBO_FRAME_BYTES, MIN_FRAME_BYTES } from '@/simulations/core/ethernet';
import { fromFraction } from '@/components/controls/param-scale';

const HEIGHT = 320;
const M = { top: 14, right: 64, bottom: 40, left: 52 };
/** Frame-size ticks in the order they earn a label when space is short. */
const X_TICKS_BY_PRIORITY = [64, 9000, 1518, 256, 512, 128, 1024];
const MIN_TICK_GAP_PX = 34;
const Y_TICKS = [1e4, 1e5, 1e6, 1e7, 1e8];
const CURVES = ppsCurves();
const PATHS = ONE_CORE_PATHS.filter((p) => p.id !== 'linux-conntrack');

type Props = { linkGbps: number; frameBytes: number; onFrameBytes: (v: number) => void };

export function PpsChart({ linkGbps, frameBytes, onFrameBytes }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  const x = scaleLog()
    .domain([MIN_FRAME_BYTES, JUMBO_FRAME_BYTES])
    .range([M.left, width - M.right]);
  const y = scaleLog()
    .domain([1e4, 2e8])
    .range([HEIGHT - M.bottom, M.top]);
  const path = line<{ frameBytes: number; pps: number }>()
    .x((d) => x(d.frameBytes))
    .y((d) => y(d.pps));
  const currentPps = packetsPerSecond(linkGbps, frameBytes);
  const narrow = width < 480;
  const xTicks: number[] = [];
  for (const t of X_TICKS_BY_PRIORITY) if (xTicks.every((k) => Math.abs(x(k) - x(t)) >= MIN_TICK_GAP_PX)) xTicks.push(t);

  const pick = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    onFrameBytes(fromFraction(lineRateParams.frameBytes, (e.clientX - rect.left) / rect.width));
  };

  return (
    <div ref={box} className="w-full">
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Packets per second against frame size for 1 to 100 GbE on log scales. At ${linkGbps} GbE and ${frameBytes} bytes: ${formatNumber(currentPps)} packets per second.`}
        className="block overflow-visible font-sans"
      >
        <PpsGrid ticks={Y_TICKS} y={y} left={M.left} right={width - M.right} />
        {xTicks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={M.top} y2={HEIGHT - M.bottom} stroke="var(--rule)" strokeDasharray={t === 1518 ? undefined : '2 3'} />
            <text x={x(t)} y={HEIGHT - M.bottom + 16} textAnchor="middle" fontSize={11} fill="var(--ink-3)">
              {t}
            </text>
          </g>
        ))}
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          frame size (bytes, log scale)
        </text>
        <text transform={`translate(12 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={11.5} fill="var(--ink-2)">
          packets per second
        </text>

        {PATHS.map((p) => (
          <g key={p.id}>
            <line x1={M.left} x2={width - M.right} y1={y(p.pps)} y2={y(p.pps)} stroke="var(--ink-2)" strokeDasharray="5 4" strokeWidth={1} />
            <text x={width - M.right - 4} y={y(p.pps) - 4} textAnchor="end" fontSize={10.5} fill="var(--ink-2)">
              {p.label.split(',')[0]!.replace('Linux stack', 'Linux')}
              {narrow ? ': ' : ', one core: '}
              {formatRate(p.pps)}
            </text>
          </g>
        ))}

        {CURVES.map((c) => {
          const active = c.linkGbps === linkGbps;
          const end = c.points[c.points.length - 1]!;
          return (
            <g key={c.linkGbps} opacity={active ? 1 : 0.55}>
              <path d={path(c.points) ?? ''} fill="none" stroke={`var(--link-${c.linkGbps})`} strokeWidth={active ? 3 : 1.5} />
              <text x={width - M.right + 6} y={y(end.pps)} dy="0.32em" fontSize={11} fontWeight={active ? 700 : 500} fill={`var(--link-${c.linkGbps})`}>
                {c.linkGbps} GbE
              </text>
            </g>
          );
        })}

        <line x1={x(frameBytes)} x2={x(frameBytes)} y1={M.top} y2={HEIGHT - M.bottom} stroke="var(--ink)" strokeWidth={1} opacity={0.5} />
        <circle cx={x(frameBytes)} cy={y(currentPps)} r={5.5} fill="var(--card)" stroke={`var(--link-${linkGbps})`} strokeWidth={3} />
        <text
          x={x(frameBytes) + (x(frameBytes) > width - M.right - 110 ? -10 : 10)}
          y={y(currentPps) - 10}
          textAnchor={x(frameBytes) > width - M.right - 110 ? 'end' : 'start'}
          fontSize={12}
          fontWeight={700}
          fill="var(--ink)"
          stroke="var(--card)"
          strokeWidth={4}
          paintOrder="stroke"
          data-testid="chart-current"
        >
          {formatRate(currentPps)}
        </text>

        <rect
          x={M.left}
          y={M.top}
          width={Math.max(0, width - M.left - M.right)}
          height={HEIGHT - M.top - M.bottom}
          fill="transparent"
          className="cursor-crosshair touch-none"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            pick(e);
          }}
          onPointerMove={(e) => e.currentTarget.hasPointerCapture(e.pointerId) && pick(e)}
        />
      </svg>
    </div>
  );
}
