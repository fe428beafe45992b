import Link from 'next/link';
import { references } from '@/content/references';

/** The chapter's sources, numbered in order of first citation (the numbers <Cite> shows). */
export function SourceList({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="sources" className="mt-16 border-t border-rule pt-8 font-sans">
      <h2 id="sources" className="text-lg font-bold text-ink">
        Sources
      </h2>
      <ol className="mt-4 space-y-3 text-sm leading-relaxed text-ink-2">
        {ids.map((id, i) => {
          const ref = references.find((r) => r.id === id);
          if (!ref) return null;
          return (
            <li
              key={id}
              id={`source-${id}`}
              className="grid scroll-mt-24 grid-cols-[2rem_minmax(0,1fr)] target:rounded target:bg-accent-soft [overflow-wrap:anywhere]"
            >
              <span className="tabular font-semibold text-accent">[{i + 1}]</span>
              <span>
                {ref.authors}.{' '}
                <a href={ref.url} className="text-ink underline decoration-rule-strong underline-offset-2 hover:decoration-accent" rel="noreferrer">
                  {ref.title}
                </a>
                . <span className="italic">{ref.venue}</span>, {ref.year}.
              </span>
            </li>
          );
        })}
      </ol>
      <p className="mt-5 text-sm">
        <Link href="/references/" className="text-accent underline underline-offset-2">
          All references
        </Link>
      </p>
    </section>
  );
}
