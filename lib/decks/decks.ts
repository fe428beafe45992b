/**
 * Server-only access to slide decks (content/decks/<slug>.mdx): listing and
 * compiling with the chapters' MDX pipeline plus remark-slides. Used by the
 * /present routes at build time and by scripts/check-content.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleContent } from '@/lib/mdx/compile';
import { ContentError, type ContentProblem } from '@/lib/mdx/content-error';
import { siteRegistry, type ContentRegistry } from '@/lib/mdx/registry';
import { parseDeckFileName, readDeckFrontmatter } from './deck-frontmatter';
import { deckComponentRules } from './deck-rules';
import type { DeckMeta, DeckOutline, SlideInfo } from './deck-types';
import { remarkSlides } from './remark-slides';

export const DECK_DIR = path.join(process.cwd(), 'content', 'decks');

export type CompiledDeck = DeckOutline & { code: string; citations: string[] };

/** Every deck's frontmatter, and the problems of those that cannot be read. */
export async function scanDecks(dir = DECK_DIR): Promise<{ decks: DeckMeta[]; problems: ContentProblem[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return { decks: [], problems: [] };
  }
  const decks: DeckMeta[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const file = path.relative(process.cwd(), path.join(dir, name)) || name;
    const slug = parseDeckFileName(name);
    if (!slug) {
      problems.push({ file, message: 'deck files must be named slug.mdx (lowercase words joined by dashes)' });
      continue;
    }
    const fm = readDeckFrontmatter(await readFile(path.join(dir, name), 'utf8'), file);
    if (fm.ok) decks.push({ ...fm.frontmatter, slug, file });
    else problems.push(...fm.problems);
  }
  return { decks, problems };
}

export async function listDecks(dir = DECK_DIR): Promise<DeckMeta[]> {
  const { decks, problems } = await scanDecks(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return decks;
}

/** Compiles one deck's source; throws ContentError naming file and line. */
export async function compileDeck(source: string, meta: DeckMeta, registry: ContentRegistry = siteRegistry()): Promise<CompiledDeck> {
  const problems: ContentProblem[] = [];
  const slides: SlideInfo[] = [];
  let bundled: Awaited<ReturnType<typeof bundleContent>>;
  try {
    bundled = await bundleContent(source, meta.file, registry, {
      rules: deckComponentRules,
      headingAnchors: false,
      remarkPlugins: [[remarkSlides, { file: meta.file, registry, problems, slides }]],
    });
  } catch (error) {
    // Report the component problems and the slide problems together, in file order.
    if (!(error instanceof ContentError)) throw error;
    throw new ContentError([...error.problems, ...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...meta, slides, code: bundled.code, citations: bundled.citations };
}

const compiled = new Map<string, { source: string; deck: Promise<CompiledDeck> }>();

/** One deck by slug, compiled once per source text (three routes render from it). */
export async function loadDeck(slug: string): Promise<CompiledDeck> {
  const meta = (await listDecks()).find((d) => d.slug === slug);
  if (!meta) throw new Error(`no deck with slug "${slug}"`);
  const source = await readFile(path.join(process.cwd(), meta.file), 'utf8');
  let cached = compiled.get(meta.file);
  if (cached?.source !== source) {
    cached = { source, deck: compileDeck(source, meta) };
    compiled.set(meta.file, cached);
  }
  return cached.deck;
}
