'use client';
/**
 * A number you can drag (left/right), nudge with the keyboard, or type: press
 * Enter (or double-click) to edit, Enter to commit, Escape to cancel. Typed values
 * are clamped to the spec's range and step.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatParamValue } from '@/simulations/core/format-param';
import { clampNumber, type NumberParam } from '@/simulations/core/params';
import { valueForKey } from './number-keys';
import { sliderAria } from './slider-aria';
import { fromFraction, toFraction } from './param-scale';

type Props = { spec: NumberParam; value: number; onChange: (v: number) => void; label: string; describedBy?: string; className?: string };

/** Pixels of drag that sweep the whole range. */
const DRAG_SPAN_PX = 320;

export function ScrubbableNumber({ spec, value, onChange, label, describedBy, className = '' }: Props) {
  const [editing, setEditing] = useState(false);
  const drag = useRef<{ x: number; f: number; moved: boolean } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, f: toFraction(spec, value), moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    if (Math.abs(dx) > 2) d.moved = true;
    if (d.moved) onChange(fromFraction(spec, d.f + dx / DRAG_SPAN_PX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      setEditing(true);
      return;
    }
    const next = valueForKey(spec, value, e.key, e.shiftKey);
    if (next === undefined) return;
    e.preventDefault();
    onChange(next);
  };

  if (editing) {
    const commit = (text: string) => {
      const n = Number(text);
      if (text.trim() !== '' && Number.isFinite(n)) onChange(clampNumber(n, spec));
      setEditing(false);
    };
    return (
      <input
        autoFocus
        type="number"
        inputMode="decimal"
        aria-label={`${label} (${spec.unit})`}
        defaultValue={value}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape') setEditing(false);
        }}
        className={`tabular w-24 rounded border border-accent bg-card px-1.5 py-0.5 font-sans text-ink ${className}`}
      />
    );
  }

  return (
    <span
      {...sliderAria(spec, value)}
      aria-label={label}
      aria-describedby={describedBy}
      title="Drag, use the arrow keys, or press Enter to type a value"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={onKeyDown}
      className={`tabular cursor-ew-resize touch-none select-none whitespace-nowrap rounded px-0.5 font-semibold text-accent underline decoration-accent/50 decoration-dotted decoration-2 underline-offset-4 hover:bg-accent-soft ${className}`}
    >
      {formatParamValue(spec, value)}
    </span>
  );
}
