'use client';
/**
 * Reactive prose. <Param sim="line-rate" name="frameBytes" /> is a control inside
 * a sentence; <Live sim="line-rate" metric="nsPerPacket" /> is a number in a
 * sentence that follows it. Both share the page's store for that simulation, so
 * the figures nearby move too.
 */
import { ScrubbableNumber } from '@/components/controls/scrubbable-number';
import { metricString } from '@/lib/format-metric';
import { getAnalyticSimulation, getSimulation } from '@/simulations/catalog';
import { useSim } from './use-sim';

function Unknown({ what }: { what: string }) {
  return <span className="rounded bg-warn-soft px-1 font-sans text-sm text-warn">[unknown {what}]</span>;
}

export function Param({ sim, name }: { sim: string; name: string }) {
  const entry = getSimulation(sim);
  const spec = entry?.params[name];
  if (!entry || !spec) return <Unknown what={`${sim}.${name}`} />;
  return <BoundParam sim={sim} name={name} />;
}

function BoundParam({ sim, name }: { sim: string; name: string }) {
  const entry = getSimulation(sim)!;
  const spec = entry.params[name]!;
  const { store, state } = useSim(entry);
  const value = state.values[name]!;
  if (spec.kind === 'number') {
    return <ScrubbableNumber spec={spec} value={Number(value)} onChange={(v) => store.set({ [name]: v })} label={spec.label} className="font-sans text-[0.95em]" />;
  }
  if (spec.kind === 'choice') {
    return (
      <select
        aria-label={spec.label}
        value={Number(value)}
        onChange={(e) => store.set({ [name]: Number(e.currentTarget.value) })}
        className="tabular cursor-pointer rounded border border-rule bg-paper-2 px-1 font-sans text-[0.9em] font-semibold text-accent"
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <button type="button" aria-pressed={Boolean(value)} onClick={() => store.set({ [name]: !value })} className="font-sans font-semibold text-accent underline decoration-dotted">
      {value ? 'on' : 'off'}
    </button>
  );
}

export function Live({ sim, metric }: { sim: string; metric: string }) {
  // Only analytic models answer synchronously; event-driven ones show figures in their views.
  const entry = getAnalyticSimulation(sim);
  if (!entry || !entry.metrics[metric]) return <Unknown what={`${sim}.${metric}`} />;
  return <BoundLive sim={sim} metric={metric} />;
}

function BoundLive({ sim, metric }: { sim: string; metric: string }) {
  const entry = getAnalyticSimulation(sim)!;
  const m = entry.metrics[metric]!;
  const { state } = useSim(entry);
  return (
    <output className="tabular whitespace-nowrap font-semibold" data-live={`${sim}.${metric}`}>
      {metricString(m, entry.evaluate(state.values))}
    </output>
  );
}
