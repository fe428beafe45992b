/** Horizontal grid lines with their labels, shared by the event views' charts. */
import type { ScaleLinear } from 'd3-scale';

type Props = {
  y: ScaleLinear<number, number>;
  left: number;
  right: number;
  format: (v: number) => string;
  ticks?: number;
  /** Counts (packets): only whole-number lines, so a scale from 0 to 1 is labelled 0 and 1, not 0, 0, 0, 1, 1, 1. */
  integers?: boolean;
};

export function YGrid({ y, left, right, format, ticks = 4, integers = false }: Props) {
  return (
    <>
      {y
        .ticks(ticks)
        .filter((v) => !integers || Number.isInteger(v))
        .map((v) => (
          <g key={v}>
            <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke="var(--rule)" />
            <text x={left - 5} y={y(v) + 3} textAnchor="end" className="fill-ink-3 text-[9.5px] tabular" data-y-tick>
              {format(v)}
            </text>
          </g>
        ))}
    </>
  );
}
