import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/** Runs the real build gate (`npm run build` runs it before `next build`) on a folder. */
function checkContent(dir?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ...(dir ? { CONTENT_DIR: dir } : {}) },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

test('the build gate fails on broken chapters, naming each file, line and problem', () => {
  const { code, out } = checkContent('tests/fixtures/broken-content');
  expect(code).toBe(1);
  expect(out).toContain('✗ content check failed');
  expect(out).toContain('tests/fixtures/broken-content/01-broken-frontmatter.mdx:4: frontmatter "order" is invalid (got "one")');
  expect(out).toContain('tests/fixtures/broken-content/01-broken-frontmatter.mdx:5: frontmatter has unknown key(s) "readingMinuts"');
  expect(out).toContain('tests/fixtures/broken-content/02-unknown-component.mdx:10:1: unknown component <Sparkline>');
  expect(out).toContain('tests/fixtures/broken-content/02-unknown-component.mdx:14:1: <Simulation>: unknown simulation "no-such-sim"');
});

test('the build gate passes on the real content', () => {
  const { code, out } = checkContent();
  expect(out).toMatch(/✓ content check: \d+ chapters? compiled/);
  expect(code).toBe(0);
});

test('the build gate names the file and line of a broken slide deck', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    encoding: 'utf8',
    env: { ...process.env, DECK_DIR: 'tests/fixtures/broken-decks' },
  });
  const out = `${result.stdout}${result.stderr}`;
  expect(result.status).toBe(1);
  expect(out).toMatch(/tests\/fixtures\/broken-decks\/bad-step\.mdx:10:1: <Step>: params: .*ring_sise/);
  expect(out).toContain('tests/fixtures/broken-decks/bad-step.mdx:16: slide 2: <Step sim="stack"> sets a simulation this slide does not show');
  expect(out).toContain('tests/fixtures/broken-decks/no-duration.mdx:1: frontmatter "durationMinutes" is missing');
});
