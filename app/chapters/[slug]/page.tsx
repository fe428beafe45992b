import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { ChapterHeader } from '@/components/chapter/chapter-header';
import { ChapterNav } from '@/components/chapter/chapter-nav';
import { SourceList } from '@/components/chapter/source-list';
import { TableOfContents } from '@/components/chapter/table-of-contents';
import { mdxComponents } from '@/components/prose/mdx-components';
import { outline } from '@/content/outline';
import { listChapters, loadChapter, neighbours } from '@/lib/chapters';
import { listDecks } from '@/lib/decks/decks';

export const dynamicParams = false;

type Params = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await listChapters()).map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = await loadChapter((await params).slug);
  return { title: chapter.title, description: chapter.summary };
}

export default async function ChapterPage({ params }: Params) {
  const { slug } = await params;
  const chapter = await loadChapter(slug);
  const { previous, next } = await neighbours(slug);
  const chapters = await listChapters();
  const planned = outline.filter((c) => c.status === 'planned' && !chapters.some((p) => p.slug === c.slug)).length;
  const end = { chapters: chapters.length, planned, decks: await listDecks() };
  // Runs the compiled MDX here, at build time, in Node: no eval reaches the browser.
  const Content = getMDXComponent(chapter.code);
  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 sm:pt-14 xl:grid xl:grid-cols-[12rem_minmax(0,42rem)_17.5rem] xl:gap-x-10">
      <div className="xl:col-start-2 xl:col-end-4">
        <ChapterHeader chapter={chapter} />
      </div>
      <aside className="xl:col-start-1 xl:row-start-2">
        <TableOfContents entries={chapter.toc} />
      </aside>
      <div className="mx-auto max-w-[42rem] xl:col-start-2 xl:row-start-2 xl:mx-0">
        <article className="prose-body">
          <Content components={mdxComponents} />
        </article>
        <SourceList ids={chapter.citations} />
        <ChapterNav previous={previous} next={next} end={end} />
      </div>
    </div>
  );
}
