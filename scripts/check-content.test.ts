import { afterAll, expect, test } from 'vitest';
import { bundleScript, runThroughTsx } from '../tests/support/script-process';

// A real process per run, from a bundle made once (tests/support/script-process.ts).
const gate = bundleScript('scripts/check-content.ts');
afterAll(() => gate.dispose());

/** Runs the real build gate (`npm run build` runs it before `next build`) on other folders. */
function checkContent(dirs: { CONTENT_DIR?: string; DECK_DIR?: string }) {
  const result = gate.run([], { env: { ...process.env, ...dirs } });
  return { code: result.code, out: `${result.stdout}${result.stderr}` };
}

test('the build gate fails on broken chapters, naming each file, line and problem', () => {
  const { code, out } = checkContent({ CONTENT_DIR: 'tests/fixtures/broken-content' });
  expect(code).toBe(1);
  expect(out).toContain('✗ content check failed');
  expect(out).toContain('tests/fixtures/broken-content/01-broken-frontmatter.mdx:4: frontmatter "order" is invalid (got "one")');
  expect(out).toContain('tests/fixtures/broken-content/01-broken-frontmatter.mdx:5: frontmatter has unknown key(s) "readingMinuts"');
  expect(out).toContain('tests/fixtures/broken-content/02-unknown-component.mdx:10:1: unknown component <Sparkline>');
  expect(out).toContain('tests/fixtures/broken-content/02-unknown-component.mdx:14:1: <Simulation>: unknown simulation "no-such-sim"');
});

test('the build gate passes on the real content, started through tsx as npm run build starts it', () => {
  const { code, stdout, stderr } = runThroughTsx('scripts/check-content.ts', []);
  const out = `${stdout}${stderr}`;
  expect(out).toMatch(/✓ content check: \d+ chapters? compiled/);
  expect(code).toBe(0);
});

test('the build gate names the file and line of a broken slide deck', () => {
  const { code, out } = checkContent({ DECK_DIR: 'tests/fixtures/broken-decks' });
  expect(code).toBe(1);
  expect(out).toMatch(/tests\/fixtures\/broken-decks\/bad-step\.mdx:10:1: <Step>: params: .*ring_sise/);
  expect(out).toContain('tests/fixtures/broken-decks/bad-step.mdx:16: slide 2: <Step sim="stack"> sets a simulation this slide does not show');
  expect(out).toContain('tests/fixtures/broken-decks/no-duration.mdx:1: frontmatter "durationMinutes" is missing');
});
