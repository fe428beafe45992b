/**
 * The answer: the top pick with every reason, then the two runners-up with
 * what holds them back (or what they offer, when they meet everything too).
 */
import { useId } from 'react';
import { formatRate } from '@/simulations/core/format';
import type { ChooseResult, Verdict } from '@/simulations/models/choose';
import { FitBadge } from './fit-mark';
import { ReasonList } from './reason-list';

const HEADLINE = {
  meets: 'meets every requirement',
  partly: 'nothing meets everything; closest fit',
  fails: 'nothing meets these requirements; least bad',
} as const;

function RunnerUp({ v }: { v: Verdict }) {
  const against = v.reasons.filter((r) => r.fit === 'fails' || r.fit === 'partly');
  return (
    <li className="min-w-0 rounded-lg border border-rule p-3" data-choose-runner-up={v.id}>
      <div className="mb-1.5 flex flex-wrap items-center gap-2">
        <span className="text-xs font-semibold text-ink-2 tabular">#{v.rank}</span>
        <span className="text-base font-semibold text-ink">{v.label}</span>
        <FitBadge fit={v.fit} />
      </div>
      <ReasonList reasons={against.length > 0 ? against : v.reasons.filter((r) => r.about === 'rate' || r.about === 'latency')} />
    </li>
  );
}

export function RecommendationPanel({ result }: { result: ChooseResult }) {
  const top = result.ranked[0]!;
  const runners = result.ranked.slice(1, 3);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3 font-sans" data-choose-recommendation>
      <div className="rounded-xl border-2 border-accent/60 bg-accent-soft/40 p-3 sm:p-4" data-choose-top={top.id}>
        <p className="text-[0.68rem] font-bold uppercase tracking-[0.12em] text-accent" id={headingId}>
          Recommendation
        </p>
        <div className="mt-1 mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h4 className="text-xl font-semibold text-ink">{top.label}</h4>
          <FitBadge fit={top.fit} />
          <span className="text-sm text-ink-2">{HEADLINE[top.fit]}</span>
        </div>
        <ReasonList reasons={top.reasons} />
        <p className="mt-3 text-xs text-ink-2">
          To take: <span className="tabular font-semibold text-ink">{formatRate(result.required_pps)}</span> ({result.requirements.link_gbps} GbE,{' '}
          {Math.round(result.mean_frame_bytes)}-byte frames on average, {result.requirements.load_pct} % of line rate).
        </p>
        {result.caveats.map((c) => (
          <p key={c.source} className="mt-1 text-xs text-warn" role="note">
            {c.text}
          </p>
        ))}
      </div>
      <div>
        <h4 className="mb-1.5 text-xs font-semibold uppercase tracking-wider text-ink-2">Runners-up</h4>
        <ol className="grid gap-3 sm:grid-cols-2">
          {runners.map((v) => (
            <RunnerUp key={v.id} v={v} />
          ))}
        </ol>
      </div>
    </section>
  );
}
