'use client';
/**
 * "Why was this dropped?": the causal chain the engine recorded for the most
 * recent drop of one counter (and for the first one, which shows how the loss
 * began), with the moment placed on the run's timeline.
 */
import { useId } from 'react';
import { explainDrop, type DropCounter, type DropRecord, type ReceivePathSim } from '@/simulations/models/receive-path';
import { formatDuration, formatNumber } from '@/simulations/core/format';

export function latestDrop(sim: ReceivePathSim, counter: DropCounter): DropRecord | undefined {
  return sim.drops.latest(counter);
}

/** Explain the latest drop of a counter, or one packet's drop (picked on the drawing). */
type Props = { sim: ReceivePathSim; counter: DropCounter; serial?: number; onClose: () => void };

export function DropExplainer({ sim, counter, serial, onClose }: Props) {
  const headingId = useId();
  const picked = serial === undefined ? undefined : sim.drops.find(serial);
  const latest = picked ?? latestDrop(sim, counter);
  const first = sim.drops.first()[counter];
  if (!latest) return null;
  const total = sim.drops.byCounter[counter];
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-warn/40 bg-warn-soft p-3 font-sans text-sm text-ink" data-drop-explainer>
      <div className="mb-2 flex items-start justify-between gap-3">
        <h4 id={headingId} className="font-semibold">
          Why {formatNumber(total)} {total === 1 ? 'packet was' : 'packets were'} counted in <code className="font-mono text-[0.85em]">{counter}</code>
        </h4>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-xs text-ink-2 hover:bg-card" aria-label="Close the explanation">
          Close
        </button>
      </div>
      <p className="mb-1 text-xs text-ink-2">
        {picked ? 'This' : 'Latest'}: packet #{formatNumber(latest.serial)} (flow {latest.flow}, queue rx-{latest.queue}) at {formatDuration(latest.t_ns)} of
        simulated time
      </p>
      <ol className="list-decimal space-y-1 pl-5">
        {explainDrop(latest).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {first && first.serial !== latest.serial && (
        <p className="mt-2 text-xs text-ink-2">
          The first one was packet #{formatNumber(first.serial)} at {formatDuration(first.t_ns)}: {explainDrop(first)[0]}
        </p>
      )}
    </section>
  );
}
