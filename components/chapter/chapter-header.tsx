import type { ChapterMeta } from '@/lib/chapters';

export function ChapterHeader({ chapter }: { chapter: ChapterMeta }) {
  return (
    <header className="mb-10 max-w-[46rem] xl:mb-14">
      <p className="font-sans text-xs font-bold uppercase tracking-[0.14em] text-accent">Chapter {chapter.order}</p>
      <h1 className="mt-3 font-sans text-[2rem] font-bold leading-[1.1] tracking-tight text-ink text-balance sm:text-[2.75rem]">{chapter.title}</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-ink-2 text-pretty sm:text-xl">{chapter.summary}</p>
      <p className="mt-4 font-sans text-sm text-ink-3">
        <span className="tabular">{chapter.readingMinutes}</span> min read · interactive
      </p>
    </header>
  );
}
