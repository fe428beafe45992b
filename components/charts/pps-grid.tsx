/**
 * Horizontal grid lines with "100k", "1M", "10M" labels for a packets-per-
 * second axis on a log scale: shared by the line-rate chart and the stacks chart.
 */
export function siLabel(v: number): string {
  return v >= 1e6 ? `${v / 1e6}M` : `${v / 1e3}k`;
}

type Props = { ticks: readonly number[]; y: (v: number) => number; left: number; right: number };

export function PpsGrid({ ticks, y, left, right }: Props) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke="var(--rule)" />
          <text x={left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="var(--ink-3)">
            {siLabel(t)}
          </text>
        </g>
      ))}
    </>
  );
}
