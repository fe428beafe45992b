/**
 * Fuzz: a link's query string, however broken, opens every simulation in a
 * valid state and says what it changed. For each catalog entry, random query
 * strings (the entry's keys, other entries' keys, "__proto__", "constructor",
 * "seed", unicode, empty and repeated keys; numbers huge, tiny, off-step,
 * NaN, Infinity; option names; very long values; malformed percent-escapes)
 * go through decodeSimQuery, the reader SimStore.loadUrl uses:
 *  - it never throws;
 *  - every value it returns is within its spec (the strict zod schema);
 *  - every key the link carries was applied exactly as written, or has a
 *    notice naming it (unknown, clamped, replaced); no other notices.
 * NUM_RUNS per entry, 12 entries (1,800 query strings): a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalog as typedCatalog } from '@/simulations/catalog';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { paramSchema } from '@/simulations/core/param-schema';
import { exactReading } from '@/tests/support/exact-reading';
import { decodeSimQuery, MAX_SEED } from './sim-query';

// Widened: the fuzz indexes entries' parameters by arbitrary strings.
const catalog: readonly AnySimulationEntry[] = typedCatalog;

export const NUM_RUNS = 150;

const allKeys = [...new Set(catalog.flatMap((e) => Object.keys(e.params)))];
const TRUE = ['1', 'true', 'on', 'yes'];
const FALSE = ['0', 'false', 'off', 'no'];

for (const entry of catalog) {
  const names = Object.keys(entry.params);
  const optionNames = Object.values(entry.params).flatMap((p) =>
    p.kind === 'choice' ? p.options.flatMap((o) => (o.name ? [o.name, o.name.toUpperCase(), ` ${o.name} `] : [])) : [],
  );
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 2, arbitrary: fc.constantFrom(...allKeys, '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'seed', '') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
  const number = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 20_000 }),
    fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308 * 10, 0.1 + 0.2, 1e21, -0),
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: number.map(String) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '', ' ', '1e400', '0x10', '1_000', '١٢٣', ...TRUE, ...FALSE, ...optionNames, '%E0%A4%A'),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('9'.repeat(10_000), 'x'.repeat(100_000), '😀'.repeat(5_000)) },
  );
  const pairs = fc.array(
    fc.tuple(fc.oneof({ weight: 9, arbitrary: key.map((k) => `${entry.id}.${k}`) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), value),
    { maxLength: 8 },
  );
  const query = fc.oneof(
    { weight: 8, arbitrary: pairs.map((ps) => `?${new URLSearchParams(ps).toString()}`) },
    // Hand-written links: raw, unescaped, sometimes malformed.
    { weight: 2, arbitrary: pairs.map((ps) => ps.map(([k, v]) => `${k}=${v.slice(0, 50)}`).join('&')) },
  );

  describe(`decodeSimQuery: ${entry.id}`, () => {
    test('never throws; values within spec; every key applied as written or named in a notice', () => {
      const schema = paramSchema(entry.params).partial();
      fc.assert(
        fc.property(query, (search) => {
          // What the link carries, read independently of the code under test (a Map has no "__proto__" trap); the last of a repeated key wins.
          const raw = new Map(
            [...new URLSearchParams(search)]
              .filter(([k]) => k.startsWith(`${entry.id}.`) && k.length > entry.id.length + 1)
              .map(([k, v]) => [k.slice(entry.id.length + 1), v]),
          );
          const { values, notices, seed } = decodeSimQuery(search, entry, 1);
          expect(schema.safeParse(values).success, JSON.stringify(values)).toBe(true);
          for (const k of Object.keys(values)) expect(Object.hasOwn(entry.params, k)).toBe(true);
          const noticed = new Set(notices.map((n) => n.param));
          for (const n of notices) {
            expect(raw.has(n.param), `a notice for a key the link does not carry: ${n.param}`).toBe(true);
            expect(n.message.length).toBeLessThan(400);
          }
          expect(notices).toHaveLength(noticed.size);
          for (const [k, text] of raw) {
            if (k === 'seed') {
              const n = Number(text);
              const valid = text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED;
              expect(seed).toBe(valid ? n : undefined);
              expect(noticed.has('seed')).toBe(!valid);
              continue;
            }
            const p = Object.hasOwn(entry.params, k) ? entry.params[k] : undefined;
            if (!p) {
              expect(noticed.has(k), `unknown key ${k} without a notice`).toBe(true);
              expect(Object.hasOwn(values, k)).toBe(false);
              continue;
            }
            const want = exactReading(p, text);
            expect(Object.hasOwn(values, k)).toBe(true);
            if (want === undefined) {
              expect(noticed.has(k), `${k}=${text.slice(0, 40)} changed without a notice`).toBe(true);
              expect(notices.find((n) => n.param === k)!.message.startsWith(`${p.label}: `)).toBe(true);
            } else {
              expect(noticed.has(k), `${k}=${text.slice(0, 40)} is valid but got a notice`).toBe(false);
              expect(values[k]).toBe(want);
            }
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });
}
