import Link from 'next/link';
import type { ChapterMeta } from '@/lib/chapters';
import type { DeckMeta } from '@/lib/decks/deck-types';

function Card({ chapter, direction }: { chapter: ChapterMeta; direction: 'previous' | 'next' }) {
  return (
    <Link
      href={`/chapters/${chapter.slug}/`}
      rel={direction === 'next' ? 'next' : 'prev'}
      className={`group block rounded-lg border border-rule px-4 py-3 hover:border-accent ${direction === 'next' ? 'sm:text-right' : ''}`}
    >
      <span className="text-xs font-semibold uppercase tracking-wider text-ink-3">
        {direction === 'next' ? 'Next' : 'Previous'} · Chapter {chapter.order}
      </span>
      <span className="mt-1 block font-semibold text-ink group-hover:text-accent">{chapter.title}</span>
    </Link>
  );
}

/**
 * What the last published chapter offers instead of a next one. `planned`: chapters of
 * content/outline.ts not yet published; with none left the series is complete, and it says so.
 */
export type SeriesEnd = { chapters: number; planned: number; decks: readonly Pick<DeckMeta, 'slug' | 'durationMinutes'>[] };

function EndOfSeries({ end }: { end: SeriesEnd }) {
  if (end.planned > 0)
    return (
      <Link href="/#chapters" className="block rounded-lg border border-dashed border-rule px-4 py-3 text-sm text-ink-2 hover:border-accent sm:text-right">
        <span className="text-xs font-semibold uppercase tracking-wider text-ink-3">Next</span>
        <span className="mt-1 block font-semibold text-ink">More chapters are in preparation — see the map</span>
      </Link>
    );
  const link = 'font-semibold text-ink underline decoration-rule-strong underline-offset-2 hover:text-accent hover:decoration-accent';
  return (
    <div data-series-end className="rounded-lg border border-rule px-4 py-3">
      <span className="text-xs font-semibold uppercase tracking-wider text-ink-3">End of the series</span>
      <p className="mt-1 text-sm leading-relaxed text-ink-2">
        That was the last of the {end.chapters} chapters. From here:{' '}
        <Link href="/diagnose/" className={link}>
          diagnose your own machine
        </Link>
        {end.decks.map((d) => (
          <span key={d.slug}>
            ,{' '}
            <Link href={`/present/${d.slug}/`} className={link}>
              present the series as a {d.durationMinutes}-minute talk
            </Link>
          </span>
        ))}
        , or go{' '}
        <Link href="/" className={link}>
          back to the start
        </Link>
        .
      </p>
    </div>
  );
}

/** `end` is shown where there is no next chapter. */
export function ChapterNav({ previous, next, end }: { previous?: ChapterMeta; next?: ChapterMeta; end: SeriesEnd }) {
  return (
    <nav aria-label="Chapters" className="mt-12 grid gap-3 font-sans sm:grid-cols-2">
      <div>{previous && <Card chapter={previous} direction="previous" />}</div>
      <div>{next ? <Card chapter={next} direction="next" /> : <EndOfSeries end={end} />}</div>
    </nav>
  );
}
