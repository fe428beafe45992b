/**
 * Whatever is pasted, diagnose() answers and never throws; what it says it
 * read and did not read covers each line at most once, inside the paste.
 * Inputs are random strings and random mixes of real fixture lines (cut,
 * shuffled, with stray characters), which reach the parsers' corners.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { fixtureNames, loadFixture } from './fixtures';
import { splitLines } from './text';
import type { Diagnosis } from './types';

const realLines = fixtureNames().flatMap((n) => splitLines(loadFixture(n)));

/** A line from a fixture, maybe cut short, maybe with junk added. */
const line = fc.oneof(
  fc.constantFrom(...realLines),
  fc.tuple(fc.constantFrom(...realLines), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))),
  fc.tuple(fc.constantFrom(...realLines), fc.string({ maxLength: 8 })).map(([l, s]) => `${l}${s}`),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    '\t',
    '#kernel',
    'NIC statistics:',
    'Udp:',
    '$ ethtool -S eth0',
    '# cat /proc/net/softnet_stat',
    '            CPU0       CPU1',
    'RX: bytes packets',
    '\r',
  ),
);
const paste = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

function checkShape(d: Diagnosis, text: string): void {
  expect(Array.isArray(d.recognised) && Array.isArray(d.findings) && Array.isArray(d.unrecognised) && Array.isArray(d.messages)).toBe(true);
  expect(d.messages.length).toBeGreaterThan(0);
  const total = splitLines(text).length;
  const covered = new Set<number>();
  for (const {
    lines: [a, b],
  } of [...d.recognised, ...d.unrecognised]) {
    expect(a).toBeGreaterThanOrEqual(1);
    expect(b).toBeGreaterThanOrEqual(a);
    expect(b).toBeLessThanOrEqual(total);
    for (let i = a; i <= b; i++) {
      expect(covered.has(i), `line ${i} claimed twice`).toBe(false);
      covered.add(i);
    }
  }
  for (const f of d.findings) {
    expect(Number.isFinite(f.count)).toBe(true);
    expect(f.rate === null || (Number.isFinite(f.rate) && f.rate >= 0)).toBe(true);
    expect(typeof f.advice).toBe('string');
  }
  expect(() => JSON.stringify(d)).not.toThrow();
}

describe('diagnose() on anything', () => {
  test('random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        checkShape(diagnose(text), text);
      }),
      { numRuns: 300 },
    );
  });

  test('random mixes of real output lines, cut and garbled', () => {
    fc.assert(
      fc.property(paste, (text) => {
        checkShape(diagnose(text), text);
      }),
      { numRuns: 400 },
    );
  });

  test('two random snapshots with a random interval', () => {
    fc.assert(
      fc.property(paste, paste, fc.oneof(fc.double(), fc.constant(undefined)), (a, b, intervalS) => {
        const d = diagnose(a, b, { intervalS });
        expect(d.findings.every((f) => f.rate === null || f.rate >= 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('non-string input from JavaScript callers is answered, not thrown on', () => {
    expect(() => diagnose(undefined as unknown as string)).not.toThrow();
    expect(() => diagnose(42 as unknown as string, null as unknown as string, null as unknown as undefined)).not.toThrow();
  });
});
