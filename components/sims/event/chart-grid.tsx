/** Horizontal grid lines with their labels, shared by the event views' charts. */
import type { ScaleLinear } from 'd3-scale';

type Props = { y: ScaleLinear<number, number>; left: number; right: number; format: (v: number) => string; ticks?: number };

export function YGrid({ y, left, right, format, ticks = 4 }: Props) {
  return (
    <>
      {y.ticks(ticks).map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke="var(--rule)" />
          <text x={left - 5} y={y(v) + 3} textAnchor="end" className="fill-ink-3 text-[9.5px] tabular">
            {format(v)}
          </text>
        </g>
      ))}
    </>
  );
}
