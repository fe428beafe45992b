/**
 * Server-only: the chapter section a simulation comes from, for the embed's
 * "open in the full explanation" link. The first published chapter that shows
 * the figure, and the h2/h3 heading above it, with the id rehype-slug gave it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { outline } from '@/content/outline';
import { listChapters, loadChapter } from '@/lib/chapters';
import { headingsBeforeFigure } from './figure-source';

/** Where an embedded figure comes from: its chapter's link (to the section when there is one), for the frame's link back. */
export type EmbedSource = { href: string; chapter: string; section?: string };

export async function sourceSectionOf(simId: string): Promise<EmbedSource | undefined> {
  const published = new Set(outline.filter((c) => c.status === 'published').map((c) => c.slug));
  for (const meta of await listChapters()) {
    if (!published.has(meta.slug)) continue;
    const before = headingsBeforeFigure(await readFile(path.join(process.cwd(), meta.file), 'utf8'), simId);
    if (before === undefined) continue;
    const heading = before > 0 ? (await loadChapter(meta.slug)).toc[before - 1] : undefined;
    return { href: `/chapters/${meta.slug}/${heading ? `#${heading.id}` : ''}`, chapter: meta.title, section: heading?.text };
  }
  return undefined;
}
