/** Deck frontmatter: title, talk length, optional author and date. */
import { z } from 'zod';
import { readFrontmatterWith } from '@/lib/mdx/frontmatter';

export const deckFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(300).optional(),
  author: z.string().trim().min(1).max(120).optional(),
  // YAML reads 2026-12-03 as a Date; authors should not need to quote it.
  date: z.union([z.string().trim().min(4).max(40), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  durationMinutes: z.number().int().min(1).max(240),
});

export type DeckFrontmatter = z.infer<typeof deckFrontmatterSchema>;

export function readDeckFrontmatter(source: string, file: string) {
  return readFrontmatterWith(deckFrontmatterSchema, source, file, 'title and durationMinutes (author, date, summary optional)');
}

const DECK_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** `linux-rx.mdx` → 'linux-rx', or undefined if misnamed. */
export function parseDeckFileName(name: string): string | undefined {
  return DECK_FILE.exec(name)?.[1];
}
