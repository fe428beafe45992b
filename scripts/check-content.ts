/**
 * Build gate: compiles every chapter and checks the data it refers to, and
 * exits non-zero with `file:line:column: problem` lines if anything is wrong.
 * `npm run build` runs it before `next build`. CONTENT_DIR overrides the folder
 * (the tests point it at fixtures).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHAPTER_DIR, scanChapters } from '../lib/chapters';
import { compileMdx } from '../lib/mdx/compile';
import { ContentError, formatProblem, type ContentProblem } from '../lib/mdx/content-error';
import { siteRegistry } from '../lib/mdx/registry';
import { checkContentData } from '../lib/content-data-check';
import { compileDeck, DECK_DIR, scanDecks } from '../lib/decks/decks';

async function main(): Promise<number> {
  const dir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : CHAPTER_DIR;
  const registry = siteRegistry();
  const scanned = await scanChapters(dir);
  const chapters = scanned.chapters;
  const problems: ContentProblem[] = [...checkContentData(), ...scanned.problems];
  for (const chapter of chapters) {
    try {
      await compileMdx(await readFile(chapter.file, 'utf8'), chapter.file, registry);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  // Slide decks (content/decks, or DECK_DIR): same components, plus steps that must set real parameters.
  const deckScan = await scanDecks(process.env.DECK_DIR ? path.resolve(process.env.DECK_DIR) : DECK_DIR);
  problems.push(...deckScan.problems);
  for (const deck of deckScan.decks) {
    try {
      await compileDeck(await readFile(deck.file, 'utf8'), deck, registry);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) {
    console.error(`✗ content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  console.log(
    `✓ content check: ${chapters.length} chapter${chapters.length === 1 ? '' : 's'} compiled, ${deckScan.decks.length} deck${deckScan.decks.length === 1 ? '' : 's'} compiled, glossary and references consistent`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
