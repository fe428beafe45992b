import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { getSimulation } from '@/simulations/catalog';
import { quotable } from '@/simulations/quotable';
import { compileMdx } from './compile';
import { ContentError } from './content-error';
import type { ContentRegistry } from './registry';

const registry: ContentRegistry = {
  terms: new Set(['napi']),
  refs: new Set(['ref-a', 'ref-b']),
  constants: new Set(Object.keys(quotable)),
  simulation: getSimulation,
};

const fixture = (name: string) => {
  const file = `tests/fixtures/chapters/${name}`;
  return { file, source: readFileSync(file, 'utf8') };
};

async function problemsOf(name: string): Promise<string[]> {
  const { file, source } = fixture(name);
  const error = await compileMdx(source, file, registry).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

test('a good chapter compiles with numbered figures, citations in first-use order and a toc', async () => {
  const { file, source } = fixture('good.mdx');
  const out = await compileMdx(source, file, registry);
  expect(out.frontmatter).toEqual({
    title: 'A good fixture chapter',
    summary: 'Exercises every component the pipeline knows about.',
    order: 1,
    readingMinutes: 2,
  });
  expect(out.citations).toEqual(['ref-a', 'ref-b']);
  expect(out.figures.map((f) => [f.id, f.number])).toEqual([
    ['wire', 1],
    ['second', 2],
  ]);
  expect(out.toc).toEqual([
    { id: 'first-section', text: 'First section', depth: 2 },
    { id: 'a-subsection-with-code', text: 'A subsection with code', depth: 3 },
  ]);
  // Shell code is highlighted at build time with both themes as CSS variables.
  expect(out.code).toContain('--shiki-dark');
  expect(out.code).toContain('data-language');
  expect(out.words).toBeGreaterThan(20);
});

test('broken frontmatter names the file, the line and the key', async () => {
  const problems = await problemsOf('bad-frontmatter.mdx');
  expect(problems).toContain(
    'tests/fixtures/chapters/bad-frontmatter.mdx:5: frontmatter has unknown key(s) "readingMinuts"; allowed: title, summary, order, readingMinutes',
  );
  expect(problems.some((p) => p.startsWith('tests/fixtures/chapters/bad-frontmatter.mdx:4: frontmatter "order" is invalid (got "one")'))).toBe(true);
});

test('unknown components, simulations, ids and out-of-range params are reported with their lines', async () => {
  const problems = await problemsOf('unknown-component.mdx');
  const f = 'tests/fixtures/chapters/unknown-component.mdx';
  expect(problems).toEqual([
    `${f}:10: unknown component <Sparkline>; available: Figure, Sidenote, SidenoteBlock, Term, Cite, Callout, Const, ChapterMap, DropQuiz, Simulation, Param, Live, Preset, Value`,
    `${f}:12: <Simulation>: params: Frame size: 20 is below the minimum; using 64 B.`,
    `${f}:12: <Simulation>: params: Unknown parameter of "line-rate" “colour” ignored. Known: linkGbps, frameBytes, cpuGhz.`,
    `${f}:14: <Simulation>: unknown simulation "no-such-sim"`,
    `${f}:16: <Term>: unknown glossary id "not-a-term"`,
  ]);
});

test('an MDX syntax error is reported with its location', async () => {
  const source = '---\ntitle: Syntax\nsummary: An unclosed tag breaks the parse.\norder: 3\nreadingMinutes: 1\n---\n\nText <Callout>\n';
  const error = await compileMdx(source, 'x.mdx', registry).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).message).toMatch(/^1 content problem:\n {2}x\.mdx:\d+(:\d+)?: /);
});

test('punctuation right after a sidenote moves in front of it', async () => {
  const source =
    '---\ntitle: Notes\nsummary: Sidenotes and the period that follows them.\norder: 4\nreadingMinutes: 1\n---\n\nThe end<Sidenote>A note.</Sidenote>. Next <Term id="napi" /><Sidenote>Two.</Sidenote>, done.\n';
  const { code } = await compileMdx(source, 'notes.mdx', registry);
  expect(code).toContain('"The end."');
  expect(code).not.toMatch(/"\.\s/);
  expect(code).toContain('" done."');
  expect(code).toContain('",",');
});
