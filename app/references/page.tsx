import type { Metadata } from 'next';
import Link from 'next/link';
import { references } from '@/content/references';
import { listChapters, loadChapter } from '@/lib/chapters';

export const metadata: Metadata = { title: 'References', description: 'Every source cited by the chapters and the simulation models, with links.' };

export default async function ReferencesPage() {
  const chapters = await Promise.all((await listChapters()).map((c) => loadChapter(c.slug)));
  const citedIn = (id: string) => chapters.filter((c) => c.citations.includes(id));
  const sorted = [...references].sort((a, b) => a.authors.localeCompare(b.authors) || a.year - b.year);
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12 font-sans sm:px-6 sm:pt-16">
      <h1 className="text-4xl font-bold tracking-tight text-ink">References</h1>
      <p className="mt-3 font-serif text-lg leading-relaxed text-ink-2">
        Every source the chapters cite and the simulation models take their constants from, in one list. {references.length} sources.
      </p>
      <ol className="mt-10 space-y-5">
        {sorted.map((r) => (
          <li key={r.id} id={r.id} className="scroll-mt-20 border-l-2 border-rule pl-4 target:border-accent target:bg-accent-soft/60 [overflow-wrap:anywhere]">
            <p className="text-sm text-ink-2">{r.authors}</p>
            <p className="mt-0.5 font-semibold leading-snug text-ink">
              <a href={r.url} rel="noreferrer" className="underline decoration-rule-strong underline-offset-2 hover:decoration-accent">
                {r.title}
              </a>
            </p>
            <p className="mt-0.5 text-sm text-ink-2">
              <span className="italic">{r.venue}</span>, {r.year}
            </p>
            {r.note && <p className="mt-1 text-sm leading-relaxed text-ink-3 break-words">{r.note}</p>}
            {citedIn(r.id).length > 0 && (
              <p className="mt-1 text-xs text-ink-3">
                Cited in{' '}
                {citedIn(r.id).map((c, i) => (
                  <span key={c.slug}>
                    {i > 0 && ', '}
                    <Link href={`/chapters/${c.slug}/#source-${r.id}`} className="text-accent underline underline-offset-2">
                      chapter {c.order}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
