import { describe, expect, test } from 'vitest';
import { formatTimes, playwrightTimes, vitestTimes } from './test-timings.mjs';

const playwrightReport = {
  suites: [
    {
      file: 'a.spec.ts',
      specs: [{ tests: [{ results: [{ duration: 1000 }] }] }],
      suites: [{ title: 'group', specs: [{ tests: [{ results: [{ duration: 3000 }] }] }, { tests: [{ results: [{ duration: 500 }] }] }] }],
    },
    { file: 'b.spec.ts', specs: [{ tests: [{ results: [{ duration: 6000 }] }] }] },
  ],
};

describe('test timings', () => {
  test('Playwright: nested suites count toward their file, longest file first', () => {
    expect(playwrightTimes(playwrightReport)).toEqual([
      { file: 'b.spec.ts', tests: 1, sumMs: 6000, maxMs: 6000 },
      { file: 'a.spec.ts', tests: 3, sumMs: 4500, maxMs: 3000 },
    ]);
  });

  test('Vitest: per file, names relative to the root', () => {
    const report = { testResults: [{ name: '/repo/x.test.ts', assertionResults: [{ duration: 5 }, { duration: 20 }] }] };
    expect(vitestTimes(report, '/repo/')).toEqual([{ file: 'x.test.ts', tests: 2, sumMs: 25, maxMs: 20 }]);
  });

  test('the table lists the slowest files, then a total with what it left out', () => {
    const text = formatTimes(playwrightTimes(playwrightReport), { title: 'e2e', limit: 1 });
    expect(text.split('\n')).toEqual([
      'e2e: time by file, longest first (sum of its tests; longest test)',
      'file                       tests    sum s   max s',
      'b.spec.ts                      1      6.0     6.0',
      'all 2 files (1 not shown)      4     10.5',
    ]);
  });

  test('a missing or empty report prints nothing', () => {
    expect(formatTimes(playwrightTimes(null), { title: 'e2e' })).toBe('');
    expect(formatTimes(vitestTimes({}, '/'), { title: 'unit' })).toBe('');
  });
});
