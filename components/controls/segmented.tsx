'use client';
/**
 * A radio group drawn as segmented buttons, with the WAI-ARIA radio keyboard
 * pattern (one tab stop; arrows move and select).
 */
import type { KeyboardEvent, ReactNode } from 'react';

export type Segment<T extends string | number> = { value: T; label: string; content?: ReactNode };

type Props<T extends string | number> = {
  label: string;
  labelledBy?: string;
  options: ReadonlyArray<Segment<T>>;
  value: T;
  onChange: (value: T) => void;
  size?: 'sm' | 'md';
  className?: string;
};

export function Segmented<T extends string | number>({ label, labelledBy, options, value, onChange, size = 'md', className = '' }: Props<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    const i = options.findIndex((o) => o.value === value);
    const next = options[(i + delta + options.length) % options.length]!;
    onChange(next.value);
    (event.currentTarget.querySelector(`[data-value="${String(next.value)}"]`) as HTMLElement | null)?.focus();
  };
  const pad = size === 'sm' ? 'h-7 px-2 text-xs' : 'h-8 px-2.5 text-[0.8rem] sm:px-3';
  return (
    <div
      role="radiogroup"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      className={`inline-flex flex-wrap items-center gap-0.5 rounded-lg border border-rule bg-paper-2 p-0.5 font-sans ${className}`}
    >
      {options.map((o) => (
        <button
          key={String(o.value)}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          aria-label={o.content ? o.label : undefined}
          title={o.content ? o.label : undefined}
          tabIndex={o.value === value ? 0 : -1}
          data-value={String(o.value)}
          onClick={() => onChange(o.value)}
          className={`${pad} tabular rounded-md font-medium text-ink-2 transition-colors hover:text-ink aria-checked:bg-card aria-checked:text-ink aria-checked:shadow-sm`}
        >
          {o.content ?? o.label}
        </button>
      ))}
    </div>
  );
}
