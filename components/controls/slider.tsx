'use client';
/**
 * A slider for a number parameter: min, max, step, scale and marks all come from
 * the parameter spec. The thumb carries role="slider" so it is operable and
 * announced like a native range input, with units in aria-valuetext.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { NumberParam } from '@/simulations/core/params';
import { valueForKey } from './number-keys';
import { sliderAria } from './slider-aria';
import { fromFraction, toFraction } from './param-scale';

type Props = { spec: NumberParam; value: number; onChange: (v: number) => void; labelledBy: string; describedBy?: string };

const MIN_LABEL_GAP = 0.1;

/** Mark labels that do not collide on a narrow track (greedy, left to right). */
function labelledMarks(spec: NumberParam): number[] {
  const out: number[] = [];
  for (const m of spec.marks ?? [spec.min, spec.max]) {
    const last = out[out.length - 1];
    if (last === undefined || toFraction(spec, m) - toFraction(spec, last) >= MIN_LABEL_GAP) out.push(m);
  }
  return out;
}

function shortLabel(v: number): string {
  return v >= 10_000 ? `${Math.round(v / 1000)}k` : String(v);
}

export function Slider({ spec, value, onChange, labelledBy, describedBy }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const f = toFraction(spec, value);

  const setFromPointer = (clientX: number) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    onChange(fromFraction(spec, (clientX - rect.left) / rect.width));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setFromPointer(e.clientX);
    (e.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) setFromPointer(e.clientX);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = valueForKey(spec, value, e.key, e.shiftKey);
    if (next === undefined) return;
    e.preventDefault();
    onChange(next);
  };

  return (
    // Inset by half a thumb: a thumb at either end stays inside the control, clear of its neighbour in a grid.
    <div className="select-none px-2.5 pb-5 pt-2">
      <div ref={track} className="relative h-5 cursor-pointer touch-none" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <div className="absolute inset-x-0 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-rule" />
        <div className="absolute left-0 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-accent" style={{ width: `${f * 100}%` }} />
        {(spec.marks ?? []).map((m) => (
          <div
            key={m}
            aria-hidden="true"
            className="absolute top-1/2 h-3 w-px -translate-y-1/2 bg-rule-strong"
            style={{ left: `${toFraction(spec, m) * 100}%` }}
          />
        ))}
        <div
          {...sliderAria(spec, value)}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          className="absolute top-1/2 h-5 w-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-accent bg-card shadow-sm transition-shadow hover:shadow-md focus-visible:ring-4 focus-visible:ring-accent/25"
          style={{ left: `${f * 100}%` }}
        />
      </div>
      <div aria-hidden="true" className="relative mt-1 h-3 font-sans text-[0.68rem] text-ink-3 tabular">
        {labelledMarks(spec).map((m) => {
          const x = toFraction(spec, m);
          const shift = x < 0.02 ? '0%' : x > 0.98 ? '-100%' : '-50%';
          return (
            <span key={m} className="absolute top-0" style={{ left: `${x * 100}%`, transform: `translateX(${shift})` }}>
              {shortLabel(m)}
            </span>
          );
        })}
      </div>
    </div>
  );
}
