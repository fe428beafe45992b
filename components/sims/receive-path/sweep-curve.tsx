'use client';
/**
 * Delivered against offered load for both receive modes (NAPI and one
 * interrupt per packet): the receive-livelock curve. Each point is a full
 * run, computed in a Web Worker with a progress bar, so the page never stalls.
 */
import { useEffect, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { YGrid } from './chart-grid';
import { ExportButtons } from '../../charts/export-buttons';
import { formatRate } from '@/simulations/core/format';
import { runInWorker } from '@/lib/workers/simulation-client';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { modelValues } from '@/simulations/models/receive-path';

const LOADS = [5, 10, 20, 30, 40, 50, 55, 60, 70, 80, 90, 100];
const MODES = [
  { value: 0, label: 'NAPI', colour: 'var(--stage-softirq)' },
  { value: 1, label: 'interrupt per packet', colour: 'var(--stage-irq)' },
] as const;
const RUN_MS = 20;
const H = 220;
const M = { top: 16, right: 14, bottom: 34, left: 56 };

type Point = { load: number; offered: number; delivered: number };

export function SweepCurve({ entryId, values, seed, active }: { entryId: string; values: ParamValues<ParamSpecs>; seed: number; active: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 560);
  const [curves, setCurves] = useState<Record<number, Point[]>>({});
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const total = LOADS.length * MODES.length;
  const { load_pct: _load, mode: _mode, ...fixed } = values;
  const key = JSON.stringify(fixed);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    setCurves({});
    setDone(0);
    setError(null);
    (async () => {
      const out: Record<number, Point[]> = { 0: [], 1: [] };
      let n = 0;
      for (const mode of MODES) {
        for (const load of LOADS) {
          const json = await runInWorker({ id: entryId, params: { ...fixed, load_pct: load, mode: mode.value }, seed, durationMs: RUN_MS });
          if (cancelled) return;
          const r = JSON.parse(json) as { offered_pps: number; delivered_pps: number };
          out[mode.value]!.push({ load, offered: r.offered_pps, delivered: r.delivered_pps });
          n++;
          setDone(n);
          setCurves({ ...out });
        }
      }
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
    // fixed is compared by content (key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entryId, key, seed, active]);

  const all = Object.values(curves).flat();
  const xMax = Math.max(1, ...all.map((p) => p.offered));
  const x = scaleLinear()
    .domain([0, xMax])
    .nice()
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, xMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const path = (pts: Point[]) =>
    line<Point>()
      .x((p) => x(p.offered))
      .y((p) => y(p.delivered))(pts) ?? '';
  const { load_pct: current, mode: currentMode } = modelValues(values);
  const currentPoint = curves[currentMode]?.find((p) => p.load === current);
  return (
    <figure ref={ref} className="font-sans" data-sweep>
      <div className="mb-1 flex items-center gap-3 text-xs text-ink-2">
        <span className="font-semibold">Delivered against offered load, {RUN_MS} ms runs</span>
        {done < total && !error && (
          <span className="flex items-center gap-2" role="status">
            <progress max={total} value={done} className="h-1.5 w-28 accent-[var(--accent)]" aria-label="Computing the curve" />
            {done} / {total} runs
          </span>
        )}
      </div>
      {error ? (
        <p className="text-sm text-warn">The curve could not be computed: {error}</p>
      ) : (
        <svg
          width={width}
          height={H}
          role="img"
          aria-label={`Receive livelock curve: ${MODES.map((m) => `${m.label} peaks at ${formatRate(Math.max(0, ...(curves[m.value] ?? []).map((p) => p.delivered)))}`).join('; ')}`}
          className="block"
        >
          <YGrid y={y} left={M.left} right={width - M.right} format={formatRate} />
          {x.ticks(Math.max(2, Math.floor(width / 120))).map((v) => (
            <text key={v} x={x(v)} y={H - M.bottom + 14} textAnchor="middle" className="fill-ink-3 text-[10px] tabular">
              {formatRate(v)}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={H - 4} textAnchor="middle" className="fill-ink-2 text-[10.5px]">
            offered load
          </text>
          <line x1={x(0)} y1={y(0)} x2={x(xMax)} y2={y(xMax)} stroke="var(--ink-3)" strokeDasharray="4 4" />
          <text
            x={x(xMax * 0.62)}
            y={y(xMax * 0.62) - 6}
            className="fill-ink-3 text-[10px]"
            transform={`rotate(${(-Math.atan2(y(0) - y(xMax), x(xMax) - x(0)) * 180) / Math.PI}, ${x(xMax * 0.62)}, ${y(xMax * 0.62) - 6})`}
          >
            everything delivered
          </text>
          {MODES.map((m) => (
            <g key={m.value}>
              <path d={path(curves[m.value] ?? [])} fill="none" stroke={m.colour} strokeWidth={2.2} />
              {(curves[m.value] ?? []).map((p) => (
                <circle key={p.load} cx={x(p.offered)} cy={y(p.delivered)} r={3} fill={m.colour} />
              ))}
            </g>
          ))}
          {currentPoint && (
            <circle cx={x(currentPoint.offered)} cy={y(currentPoint.delivered)} r={6.5} fill="none" stroke="var(--ink)" strokeWidth={2} data-current-point />
          )}
          {MODES.map((m, i) => (
            <g key={m.value} transform={`translate(${M.left + 8}, ${M.top + 6 + i * 15})`}>
              <rect y={-4} width={14} height={3} fill={m.colour} />
              <text x={20} y={0} className="fill-ink-2 text-[10.5px]">
                {m.label}
              </text>
            </g>
          ))}
        </svg>
      )}
      {done === total && !error && (
        <ExportButtons
          container={ref}
          names={['livelock']}
          base={entryId}
          csv={() =>
            [
              'mode,load_pct,offered_pps,delivered_pps',
              ...MODES.flatMap((m) => (curves[m.value] ?? []).map((p) => [m.label, p.load, p.offered, p.delivered].join(','))),
            ].join('\n')
          }
        />
      )}
    </figure>
  );
}
