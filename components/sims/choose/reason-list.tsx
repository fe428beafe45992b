/**
 * A stack's reasons, each with what it rests on: a number from the stacks
 * model, or a stated property and a link to its source.
 */
import { references } from '@/content/references';
import type { Reason } from '@/simulations/models/choose';
import { ReasonMark } from './fit-mark';

const MODEL_WORDS: Record<Extract<Reason['basis'], { kind: 'model' }>['metric'], string> = {
  per_core_pps: 'stacks model: rate per core',
  latency_p50_ns: 'stacks model: median latency',
  latency_p99_ns: 'stacks model: 99th percentile',
  copies: 'stacks model: copies',
  cpu_busy: 'stacks model: polling core',
};

function Basis({ basis }: { basis: Reason['basis'] }) {
  if (basis.kind === 'model') return <span className="whitespace-nowrap text-ink-3">({MODEL_WORDS[basis.metric]})</span>;
  const ref = references.find((r) => r.id === basis.source);
  if (!ref) return null;
  return (
    <a
      href={`/references/#${ref.id}`}
      className="whitespace-nowrap text-ink-3 underline decoration-dotted underline-offset-2 hover:text-accent"
      aria-label={`source: ${ref.title}`}
      title={`${ref.title} (${ref.venue})`}
    >
      source
    </a>
  );
}

export function ReasonList({ reasons, only }: { reasons: readonly Reason[]; only?: ReadonlyArray<Reason['fit']> }) {
  const shown = only ? reasons.filter((r) => only.includes(r.fit)) : reasons;
  return (
    <ul className="space-y-1.5 text-[0.8rem] leading-snug text-ink">
      {shown.map((r, i) => (
        <li key={`${r.about}-${i}`} className="flex gap-2" data-reason={r.about} data-reason-fit={r.fit}>
          <ReasonMark fit={r.fit} />
          <span className="min-w-0">
            {r.text} <Basis basis={r.basis} />
          </span>
        </li>
      ))}
    </ul>
  );
}
