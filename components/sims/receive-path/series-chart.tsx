'use client';
/**
 * Two charts of the run so far, drawn with d3 scales and shapes in SVG:
 * how full the queues are (ring, backlog, socket) and what happens to the
 * packets per interval (delivered vs dropped). Exportable as CSV, SVG and PNG.
 */
import { useRef } from 'react';
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReceivePathSim } from '@/simulations/models/receive-path';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { YGrid } from './chart-grid';
import { ExportButtons } from '../../charts/export-buttons';
import { formatDuration, formatNumber } from '@/simulations/core/format';

const HEIGHT = 132;
const M = { top: 20, right: 10, bottom: 22, left: 44 };
/** Room for one legend entry (swatch and a short label), and the title's width per character at 10.5 px. */
const LEGEND_ITEM = 74;
const TITLE_CHAR = 6.2;
/** When the legend does not fit beside the title (phones), it gets a row of its own, this much taller. */
const LEGEND_ROW = 16;

type Line = { key: string; label: string; colour: string; values: number[] };

export type SeriesData = { t: number[]; queues: Line[]; flow: Line[]; markerT: number | null };

/** Reads the simulation's fixed-memory time series into plain arrays for drawing and export. */
export function seriesData(sim: ReceivePathSim, markerT: number | null): SeriesData {
  const t = Array.from(sim.series.times.subarray(0, sim.series.length));
  const col = (name: Parameters<typeof sim.series.column>[0]) => Array.from(sim.series.column(name));
  const delivered = col('delivered');
  const dropped = col('dropped');
  const perInterval = (xs: number[]) => xs.map((x, i) => (i === 0 ? x : x - xs[i - 1]!));
  return {
    t,
    queues: [
      { key: 'ring', label: 'ring', colour: 'var(--stage-nic)', values: col('ring') },
      { key: 'backlog', label: 'backlog', colour: 'var(--stage-stack)', values: col('backlog') },
      { key: 'socket', label: 'socket', colour: 'var(--stage-socket)', values: col('socket') },
    ],
    flow: [
      { key: 'delivered', label: 'delivered', colour: 'var(--stage-app)', values: perInterval(delivered) },
      { key: 'dropped', label: 'dropped', colour: 'var(--warn)', values: perInterval(dropped) },
    ],
    markerT,
  };
}

export function seriesCsv(d: SeriesData): string {
  const cols = [...d.queues, ...d.flow];
  const head = ['t_ns', ...d.queues.map((l) => `${l.key}_packets`), ...d.flow.map((l) => `${l.key}_per_interval`)].join(',');
  return [head, ...d.t.map((t, i) => [t, ...cols.map((l) => l.values[i] ?? 0)].join(','))].join('\n');
}

function Chart({ title, lines, t, width, markerT, unit }: { title: string; lines: Line[]; t: number[]; width: number; markerT: number | null; unit: string }) {
  const [t0, t1] = extent(t) as [number | undefined, number | undefined];
  const x = scaleLinear()
    .domain([t0 ?? 0, Math.max(t1 ?? 1, (t0 ?? 0) + 1)])
    .range([M.left, width - M.right]);
  const top = Math.max(1, max(lines, (l) => max(l.values) ?? 0) ?? 1);
  const legendLeft = width - M.right - lines.length * LEGEND_ITEM;
  const legendRow = legendLeft < M.left + title.length * TITLE_CHAR + 12 ? 1 : 0;
  const height = HEIGHT + legendRow * LEGEND_ROW;
  const y = scaleLinear()
    .domain([0, top])
    .nice(4)
    .range([height - M.bottom, M.top + legendRow * LEGEND_ROW]);
  const path = (values: number[]) =>
    line<number>()
      .x((_, i) => x(t[i]!))
      .y((v) => y(v))(values) ?? '';
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${title}: ${lines.map((l) => `${l.label} now ${formatNumber(l.values[l.values.length - 1] ?? 0)}`).join(', ')}`}
      className="block font-sans"
    >
      <text x={M.left} y={9} className="fill-ink-2 text-[10.5px] font-semibold" data-chart-title>
        {title}
      </text>
      <YGrid y={y} left={M.left} right={width - M.right} format={(v) => formatNumber(v)} integers />
      {x.ticks(Math.max(2, Math.floor(width / 110))).map((v) => (
        <text key={v} x={x(v)} y={height - 6} textAnchor={x(v) > width - 40 ? 'end' : 'middle'} className="fill-ink-3 text-[9.5px] tabular">
          {formatDuration(v)}
        </text>
      ))}
      {markerT !== null && markerT >= (t0 ?? 0) && (
        <line x1={x(markerT)} x2={x(markerT)} y1={y.range()[1]} y2={y.range()[0]} stroke="var(--warn)" strokeWidth={2} strokeDasharray="3 2" data-drop-marker />
      )}
      {lines.map((l) => (
        <path key={l.key} d={path(l.values)} fill="none" stroke={l.colour} strokeWidth={1.8} />
      ))}
      <g>
        {lines.map((l, i) => (
          <g key={l.key} transform={`translate(${legendLeft + i * LEGEND_ITEM}, ${9 + legendRow * LEGEND_ROW})`} data-legend>
            <rect x={0} y={-7} width={10} height={3} fill={l.colour} />
            <text x={14} y={-2} className="fill-ink-2 text-[10px]">
              {l.label}
              {unit}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export function SeriesCharts({ data, name }: { data: SeriesData; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 560);
  return (
    <div ref={ref} className="space-y-2" data-series>
      <Chart title="Packets waiting" lines={data.queues} t={data.t} width={width} markerT={data.markerT} unit="" />
      <Chart title="Packets per interval" lines={data.flow} t={data.t} width={width} markerT={data.markerT} unit="" />
      <ExportButtons container={ref} names={['queues', 'packets']} base={name} csv={() => seriesCsv(data)} />
    </div>
  );
}
