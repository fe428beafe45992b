import Link from 'next/link';
import type { ChapterMeta } from '@/lib/chapters';

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

export function ChapterNav({ previous, next }: { previous?: ChapterMeta; next?: ChapterMeta }) {
  return (
    <nav aria-label="Chapters" className="mt-12 grid gap-3 font-sans sm:grid-cols-2">
      <div>{previous && <Card chapter={previous} direction="previous" />}</div>
      <div>
        {next ? (
          <Card chapter={next} direction="next" />
        ) : (
          <Link href="/#chapters" className="block rounded-lg border border-dashed border-rule px-4 py-3 text-sm text-ink-2 hover:border-accent sm:text-right">
            <span className="text-xs font-semibold uppercase tracking-wider text-ink-3">Next</span>
            <span className="mt-1 block font-semibold text-ink">More chapters are in preparation — see the map</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
