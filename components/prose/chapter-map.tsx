import Link from 'next/link';
import { outline } from '@/content/outline';

/** The whole series: written chapters link, planned ones say so. */
export function ChapterMap() {
  return (
    <ol className="not-prose my-8 space-y-0 border-l-2 border-rule pl-0 font-sans">
      {outline.map((c) => (
        <li key={c.slug} className="relative pl-6 pb-5 last:pb-0">
          <span
            aria-hidden="true"
            className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 ${c.status === 'published' ? 'border-accent bg-accent' : 'border-rule-strong bg-paper'}`}
          />
          <p className="text-xs font-semibold uppercase tracking-wider text-ink-3">
            Chapter {c.order}
            {c.status === 'planned' && <span className="ml-2 rounded bg-paper-2 px-1.5 py-0.5 font-medium normal-case tracking-normal">in preparation</span>}
          </p>
          {c.status === 'published' ? (
            <Link href={`/chapters/${c.slug}/`} className="text-base font-semibold text-accent underline-offset-2 hover:underline">
              {c.title}
            </Link>
          ) : (
            <p className="text-base font-semibold text-ink">{c.title}</p>
          )}
          <p className="mt-0.5 text-sm leading-relaxed text-ink-2">{c.summary}</p>
        </li>
      ))}
    </ol>
  );
}
