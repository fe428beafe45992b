import type { Finding } from '@/lib/diagnose';
import { formatCount, formatPerSecond, stageOf } from './summary';
import { WithCode } from './with-code';

const caption = 'text-[0.68rem] font-semibold uppercase tracking-wider text-ink-3';

/** One place where the reader's machine loses packets, or is under pressure to: the counter, how many, what it means, what to try. */
export function FindingCard({ finding: f, rank }: { finding: Finding; rank: number }) {
  const stage = `var(--stage-${stageOf(f.where)})`;
  // A counter that did not move between two snapshots is history, not a current loss.
  const still = f.rate === 0;
  return (
    <li
      className="rounded-xl border border-l-4 border-rule bg-card p-4 shadow-[0_1px_2px_rgb(0_0_0/0.04)] sm:p-5"
      style={{ borderLeftColor: stage }}
      data-finding={f.counter}
      data-kind={f.kind}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0 flex-1 basis-64">
          <p className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wider text-ink-2">
            <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: stage }} />
            <span>
              <span className="sr-only">Finding {rank}: </span>
              <span aria-hidden="true" className="tabular text-ink-3">
                {rank} ·{' '}
              </span>
              {f.where}
            </span>
          </p>
          <h4 className="mt-1.5 font-mono text-[1.05rem] font-semibold leading-snug text-ink [overflow-wrap:anywhere]">
            <code>{f.counter}</code>
          </h4>
        </div>
        <dl className="flex shrink-0 gap-5 font-mono tabular">
          <div>
            <dt className={`font-sans ${caption}`}>count</dt>
            <dd className={`text-lg font-semibold ${still ? 'text-ink-2' : 'text-warn'}`} data-count={f.count}>
              {formatCount(f.count)}
            </dd>
          </div>
          {f.rate !== null && (
            <div>
              <dt className={`font-sans ${caption}`}>rate</dt>
              <dd className={`text-lg font-semibold ${still ? 'text-ink-2' : 'text-warn'}`} data-rate={f.rate}>
                {formatPerSecond(f.rate)}
              </dd>
            </div>
          )}
        </dl>
      </div>
      {still && (
        <p className="mt-2 inline-block rounded bg-paper-2 px-2 py-0.5 text-xs text-ink-2">
          Not climbing between the snapshots: {f.kind === 'loss' ? 'an old loss' : 'from before them'}
        </p>
      )}
      {f.meaning && (
        <p className="mt-3 text-[0.95rem] leading-relaxed text-ink-2 break-words">
          <WithCode text={f.meaning} />
        </p>
      )}
      <div className="mt-3">
        <p className={caption}>What to try</p>
        <p className="mt-1 text-[0.95rem] leading-relaxed text-ink break-words">
          <WithCode text={f.advice} />
        </p>
      </div>
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2 border-t border-rule pt-3 text-xs text-ink-3">
        {f.source && <p className="min-w-0 break-words">From {f.source}</p>}
        {f.link && (
          // A plain link: the lab's chapter is a separate page, and next/link would prefetch it.
          <a
            href={f.link}
            className="font-sans text-sm font-semibold text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
            data-lab-link
          >
            {f.kind === 'loss' ? 'See this loss in the simulation' : 'See where this leads in the simulation'}
            <span className="sr-only"> ({f.counter})</span>
            <span aria-hidden="true"> →</span>
          </a>
        )}
      </div>
    </li>
  );
}
