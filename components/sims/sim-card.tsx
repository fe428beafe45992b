'use client';
/** The frame around a full simulation: title, presets, reset and a copy-link button. */
import { useState, type ReactNode } from 'react';
import type { AnySimulationEntry } from '@/simulations/catalog-types';
import type { ParamSpecs, ParamValues } from '@/simulations/params';

type Props = {
  entry: AnySimulationEntry;
  values: ParamValues<ParamSpecs>;
  set: (v: Partial<ParamValues<ParamSpecs>>) => void;
  reset: () => void;
  /** Accessible name of the region; must be unique on the page when one simulation appears twice. */
  label?: string;
  children: ReactNode;
};

export function SimCard({ entry, values, set, reset, label, children }: Props) {
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1600);
    } catch {
      // Clipboard can be blocked (permissions, insecure context); the URL bar still holds the link.
    }
  };
  const small = 'h-7 rounded-md px-2 text-xs font-medium';
  return (
    <section aria-label={label ?? `Simulation: ${entry.title}`} className="rounded-xl border border-rule bg-card p-4 shadow-[0_1px_2px_rgb(0_0_0/0.04)] sm:p-5">
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="mr-auto">
          <p className="text-[0.68rem] font-bold uppercase tracking-[0.12em] text-accent">Simulation</p>
          <h3 className="text-base font-semibold leading-tight text-ink">{entry.title}</h3>
        </div>
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Presets">
          {entry.presets.map((p) => {
            const active = Object.entries(p.values).every(([k, v]) => values[k] === v);
            return (
              <button
                key={p.id}
                type="button"
                aria-pressed={active}
                onClick={() => set(p.values)}
                className={`${small} tabular border border-rule text-ink-2 hover:bg-paper-2 hover:text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink`}
              >
                {p.label}
              </button>
            );
          })}
        </div>
        <div className="flex items-center gap-1">
          <button type="button" onClick={reset} className={`${small} text-ink-2 hover:bg-paper-2 hover:text-ink`}>
            Reset
          </button>
          <button type="button" onClick={copyLink} className={`${small} text-ink-2 hover:bg-paper-2 hover:text-ink`} aria-live="polite">
            {copied ? 'Link copied' : 'Copy link'}
          </button>
        </div>
      </div>
      {children}
    </section>
  );
}
