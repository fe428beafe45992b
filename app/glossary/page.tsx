import type { Metadata } from 'next';
import { glossary, type StageId } from '@/content/glossary';
import { references } from '@/content/references';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The terms used across the chapters, coloured by the stage of the packet path they belong to.',
};

const stageNames: Record<StageId, string> = {
  wire: 'Wire',
  nic: 'NIC',
  dma: 'DMA & rings',
  irq: 'Interrupts',
  softirq: 'Softirq & NAPI',
  stack: 'Protocol stack',
  socket: 'Socket',
  app: 'Application',
  bypass: 'Kernel bypass',
  cpu: 'CPU & OS',
};

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12 font-sans sm:px-6 sm:pt-16">
      <h1 className="text-4xl font-bold tracking-tight text-ink">Glossary</h1>
      <p className="mt-3 font-serif text-lg leading-relaxed text-ink-2">
        Every term the chapters link to. The colour is the stage of the packet’s journey the term belongs to; figures use the same colours.
      </p>
      <ul className="mt-6 flex flex-wrap gap-x-4 gap-y-2 text-xs text-ink-2" aria-label="Stage colours">
        {(Object.keys(stageNames) as StageId[]).map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ background: `var(--stage-${s})` }} />
            {stageNames[s]}
          </li>
        ))}
      </ul>
      <dl className="mt-10 divide-y divide-rule border-y border-rule">
        {entries.map((g) => (
          <div key={g.id} id={g.id} className="scroll-mt-20 py-5 target:bg-accent-soft/60">
            <dt className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span
                className="text-lg font-semibold text-ink underline decoration-2 underline-offset-4"
                style={{ textDecorationColor: `var(--stage-${g.stage})` }}
              >
                {g.term}
              </span>
              <span className="text-xs font-medium uppercase tracking-wider text-ink-3">{stageNames[g.stage]}</span>
              {g.aka && g.aka.length > 0 && <span className="text-xs text-ink-3">also: {g.aka.join(', ')}</span>}
            </dt>
            <dd className="mt-1.5 space-y-1.5 text-[0.95rem] leading-relaxed text-ink-2">
              <p>{g.long ?? g.short}</p>
              {g.refs && g.refs.length > 0 && (
                <p className="text-xs text-ink-3">
                  Sources:{' '}
                  {g.refs.map((id, i) => {
                    const r = references.find((x) => x.id === id);
                    return (
                      <span key={id}>
                        {i > 0 && '; '}
                        <a href={`/references/#${id}`} className="underline decoration-rule-strong underline-offset-2 hover:text-ink">
                          {r ? `${r.authors.split(',')[0]} (${r.year})` : id}
                        </a>
                      </span>
                    );
                  })}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
