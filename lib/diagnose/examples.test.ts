/** The page's examples are real fixtures, copied unchanged, and each shows what its button promises. */
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { EXAMPLES } from './examples';
import { loadFixture } from './fixtures';

describe('examples for the diagnose page', () => {
  test.each(EXAMPLES.map((e) => [e.id, e] as const))('%s is identical to its fixture', (_, e) => {
    expect(e.text).toBe(loadFixture(e.fixture));
    if (e.laterFixture) expect(e.later).toBe(loadFixture(e.laterFixture));
    else expect(e.later).toBeUndefined();
  });

  test('each example is recognised and finds something', () => {
    for (const e of EXAMPLES) {
      const d = diagnose(e.text, e.later);
      expect(d.recognised.length, e.id).toBeGreaterThan(0);
      expect(d.findings.length, e.id).toBeGreaterThan(0);
    }
  });

  test('the two-snapshot example gives rates', () => {
    const e = EXAMPLES.find((x) => x.later !== undefined)!;
    expect(diagnose(e.text, e.later).findings.every((f) => f.rate !== null)).toBe(true);
  });
});
