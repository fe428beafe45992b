import { expect, test } from 'vitest';
import { ContentError } from '@/lib/mdx/content-error';
import type { ContentRegistry } from '@/lib/mdx/registry';
import { getSimulation } from '@/simulations/catalog';
import { quotable } from '@/simulations/quotable';
import { readDeckFrontmatter, parseDeckFileName } from './deck-frontmatter';
import { compileDeck } from './decks';
import type { DeckMeta } from './deck-types';

const registry: ContentRegistry = { terms: new Set(['napi']), refs: new Set(['ref-a']), constants: new Set(Object.keys(quotable)), simulation: getSimulation };
const meta: DeckMeta = { slug: 'fixture', file: 'content/decks/fixture.mdx', title: 'Fixture', durationMinutes: 5 };

const deck = (body: string) => `---\ntitle: Fixture\ndurationMinutes: 5\n---\n\n${body}`;

async function problemsOf(body: string): Promise<string[]> {
  const error = await compileDeck(deck(body), meta, registry).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const good = `# Opening

A hook.

<Notes>Say hello. Then the number.</Notes>

---

## The ring

<Simulation id="rx-ring" panel="ring" params={{ ring_size: 1024 }} />

<Step>First point</Step>
<Step sim="rx-ring" params={{ ring_size: 4096 }}>Bigger ring</Step>
<Step sim="rx-ring" params={{ rx_usecs: 50 }}>Slower interrupts</Step>

---

Closing words without a heading.
`;

test('slides split at ---, steps counted, notes and titles collected', async () => {
  const out = await compileDeck(deck(good), meta, registry);
  expect(out.slides.map((s) => [s.title, s.steps])).toEqual([
    ['Opening', 0],
    ['The ring', 3],
    ['Slide 3', 0],
  ]);
  expect(out.slides[0]!.notes).toEqual(['Say hello. Then the number.']);
  expect(out.code).toContain('Slide');
});

test('step states are filled forward from the figure params, and step 0 is the figure itself', async () => {
  const ring = (await compileDeck(deck(good), meta, registry)).slides[1]!;
  const value = (step: number, key: string) => ring.states[step]![0]!.values[key];
  expect(ring.states).toHaveLength(4);
  expect([0, 1, 2, 3].map((k) => value(k, 'ring_size'))).toEqual([1024, 1024, 4096, 4096]);
  expect([0, 1, 2, 3].map((k) => value(k, 'rx_usecs'))).toEqual([16, 16, 16, 50]);
  expect(ring.states[3]![0]!.shown).toEqual([
    { label: 'RX ring', value: '4,096 descriptors' },
    { label: 'rx-usecs', value: '50 µs' },
  ]);
});

test('a step naming an unknown simulation or parameter fails with file and line', async () => {
  const problems = await problemsOf(
    `## A\n\n<Simulation id="rx-ring" />\n\n<Step sim="rx-rong">x</Step>\n\n<Step sim="rx-ring" params={{ ring_sise: 5 }}>y</Step>\n`,
  );
  expect(problems.some((p) => p.startsWith('content/decks/fixture.mdx:10:') && p.includes('unknown simulation "rx-rong"'))).toBe(true);
  expect(problems.some((p) => p.startsWith('content/decks/fixture.mdx:12:') && p.includes('ring_sise'))).toBe(true);
});

test('a step may only set a simulation its slide shows', async () => {
  const problems = await problemsOf(`## A\n\n<Simulation id="rx-ring" />\n\n---\n\n## B\n\n<Step sim="rx-ring" params={{ ring_size: 2048 }}>z</Step>\n`);
  expect(problems).toEqual(['content/decks/fixture.mdx:14: slide 2: <Step sim="rx-ring"> sets a simulation this slide does not show; slide shows: none']);
});

test('out-of-range step params and params without sim are errors, not clamps', async () => {
  const problems = await problemsOf(
    `<Simulation id="rx-ring" />\n\n<Step sim="rx-ring" params={{ ring_size: 99999 }}>a</Step>\n\n<Step params={{ ring_size: 64 }}>b</Step>\n`,
  );
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/:8: .*RX ring/);
  expect(problems[1]).toMatch(/:10: .*params need a "sim"/);
});

test('nested steps are refused', async () => {
  const problems = await problemsOf(`<Step>\n\n<Step>inner</Step>\n\n</Step>\n`);
  expect(problems.join('\n')).toMatch(/cannot be nested/);
});

test('deck frontmatter: required duration, unknown keys and bad file names are named', () => {
  const missing = readDeckFrontmatter('---\ntitle: A talk\n---\nx', 'd.mdx');
  expect(missing.ok).toBe(false);
  if (!missing.ok) expect(missing.problems[0]!.message).toMatch(/durationMinutes/);
  const extra = readDeckFrontmatter('---\ntitle: A talk\ndurationMinutes: 30\nspeaker: me\n---\nx', 'd.mdx');
  expect(extra.ok ? [] : extra.problems.map((p) => [p.line, p.message.slice(0, 35)])).toEqual([[4, 'frontmatter has unknown key(s) "spe']]);
  const dated = readDeckFrontmatter('---\ntitle: A talk\ndurationMinutes: 30\ndate: 2026-12-03\n---\nx', 'd.mdx');
  expect(dated.ok && dated.frontmatter.date).toBe('2026-12-03');
  expect(parseDeckFileName('linux-rx.mdx')).toBe('linux-rx');
  expect(parseDeckFileName('Linux RX.mdx')).toBeUndefined();
});

test('notes are plain text: a component inside them is an error, not a silent gap', async () => {
  const problems = await problemsOf(`# A\n\n<Notes>\nSay <Const id="dev-weight" /> packets.\n</Notes>\n`);
  expect(problems).toEqual(['content/decks/fixture.mdx:9: slide 1: <Const> inside <Notes>: speaker notes are plain text']);
});

test('--- inside a code block is code, not a slide break; an empty deck is an error', async () => {
  const out = await compileDeck(deck('## One\n\n```sh\necho a\n---\necho b\n```\n\n---\n\n## Two\n'), meta, registry);
  expect(out.slides.map((s) => s.title)).toEqual(['One', 'Two']);
  expect(await problemsOf('')).toEqual(['content/decks/fixture.mdx:1: the deck has no slides (separate slides with a line holding only ---)']);
});

test('a table row outside a table is an error, not pipes on the slide', async () => {
  // A stray delimiter row and rows after a table's blank line: Markdown makes them a paragraph.
  const problems = await problemsOf(`## Knobs\n\n| change | rate |\n|---|---|\n| ring | 1 |\n\n---|---|\n| queues | 2 |\n`);
  expect(problems).toEqual([
    'content/decks/fixture.mdx:12: slide 1: "---|---|" is a table row outside a table: a table is its header row, then a |---| row, then its rows, with no blank line between',
  ]);
  const fine = await compileDeck(deck(`## Knobs\n\n| change | rate |\n|---|---|\n| ring | 1 |\n\nA sentence with a | pipe inside.\n`), meta, registry);
  expect(fine.slides).toHaveLength(1);
});
