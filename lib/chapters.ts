/**
 * Server-only access to chapters: listing (frontmatter only) and compiling.
 * Used by the routes at build time and by scripts/check-content.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMdx, type CompiledMdx } from './mdx/compile';
import { ContentError, type ContentProblem } from './mdx/content-error';
import { parseChapterFileName, readFrontmatter, type Frontmatter } from './mdx/frontmatter';
import { siteRegistry, type ContentRegistry } from './mdx/registry';

export const CHAPTER_DIR = path.join(process.cwd(), 'content', 'chapters');

export type ChapterMeta = Frontmatter & { slug: string; file: string };
export type Chapter = ChapterMeta & CompiledMdx;

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Every chapter's frontmatter, sorted by order; throws ContentError listing every problem. */
export async function listChapters(dir = CHAPTER_DIR): Promise<ChapterMeta[]> {
  const { chapters, problems } = await scanChapters(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return chapters;
}

/** The valid chapters and the problems of the others, so a check can report everything at once. */
export async function scanChapters(dir = CHAPTER_DIR): Promise<{ chapters: ChapterMeta[]; problems: ContentProblem[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  const problems: ContentProblem[] = [];
  const chapters: ChapterMeta[] = [];
  for (const name of names) {
    const file = relative(path.join(dir, name));
    const parsedName = parseChapterFileName(name);
    if (!parsedName) {
      problems.push({ file, message: 'chapter files must be named NN-slug.mdx (two digits, then lowercase words joined by dashes)' });
      continue;
    }
    const fm = readFrontmatter(await readFile(path.join(dir, name), 'utf8'), file);
    if (!fm.ok) {
      problems.push(...fm.problems);
      continue;
    }
    if (fm.frontmatter.order !== parsedName.order) {
      problems.push({ file, message: `frontmatter "order" is ${fm.frontmatter.order} but the file name says ${parsedName.order}` });
    }
    const clash = chapters.find((c) => c.order === fm.frontmatter.order);
    if (clash) problems.push({ file, message: `order ${fm.frontmatter.order} is also used by ${clash.file}` });
    chapters.push({ ...fm.frontmatter, slug: parsedName.slug, file });
  }
  return { chapters: chapters.sort((a, b) => a.order - b.order), problems };
}

/** Compiled chapters by file; reused only while the source is unchanged (the dev server edits them). */
const compiled = new Map<string, { source: string; chapter: Promise<CompiledMdx> }>();

/** One chapter, compiled once per source text (the build renders several routes from it). */
export async function loadChapter(slug: string, registry: ContentRegistry = siteRegistry()): Promise<Chapter> {
  const meta = (await listChapters()).find((c) => c.slug === slug);
  if (!meta) throw new Error(`no chapter with slug "${slug}"`);
  const source = await readFile(path.join(process.cwd(), meta.file), 'utf8');
  let cached = compiled.get(meta.file);
  if (cached?.source !== source) {
    cached = { source, chapter: compileMdx(source, meta.file, registry) };
    compiled.set(meta.file, cached);
  }
  return { ...meta, ...(await cached.chapter) };
}

/** The chapters before and after `slug`, for navigation. */
export async function neighbours(slug: string): Promise<{ previous?: ChapterMeta; next?: ChapterMeta }> {
  const all = await listChapters();
  const i = all.findIndex((c) => c.slug === slug);
  return { previous: i > 0 ? all[i - 1] : undefined, next: i >= 0 ? all[i + 1] : undefined };
}
