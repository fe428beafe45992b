/**
 * Fuzz: whatever a host page posts, the frame's reader of host messages
 * (parseHostMessage) never throws, refuses quietly what is not ours,
 * answers what it refuses with an `error` whose code says why, and a
 * setParams it accepts reads exactly as the same values in a link would:
 * through SimStore.setFromOutside and SimStore.loadUrl, the same values
 * and the same notices, each bad value named in one (returned for the
 * host's `error`, never put in the reader's banner). Payloads: anything
 * fast-check can make; envelopes with right and wrong tags, versions and
 * types; parameter bags with NaN, ±Infinity, own "__proto__" and
 * "constructor" keys, unicode, long strings, nested objects and arrays,
 * also after a structured clone (what postMessage delivers).
 * NUM_RUNS per property: about a second for the file.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SimStore } from '@/components/sims/frame/sim-store';
import { catalog as typedCatalog } from '@/simulations/catalog';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { paramSchema } from '@/simulations/core/param-schema';
import { exactReading } from '@/tests/support/exact-reading';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, HOST_MESSAGE_TYPES, paramsAdjusted, parseHostMessage, refusalMessage } from '../../lib/embed/protocol';

// Widened: the fuzz indexes entries' parameters by arbitrary strings.
const catalog: readonly AnySimulationEntry[] = typedCatalog;

export const NUM_RUNS = 400;

const allKeys = [...new Set(catalog.flatMap((e) => Object.keys(e.params)))];
const optionNames = [
  ...new Set(catalog.flatMap((e) => Object.values(e.params).flatMap((p) => (p.kind === 'choice' ? p.options.flatMap((o) => (o.name ? [o.name] : [])) : [])))),
];

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...allKeys) },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'seed', '') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 70 }) },
);
const value = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.oneof(fc.double(), fc.integer({ min: -10, max: 20_000 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE)),
  },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom('NaN', 'Infinity', '', 'on', 'off', '64', ' 1518 ', ...optionNames) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 70 }) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.constant(undefined), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 2 })) },
);

/** A bag built with own properties (defineProperty), so "__proto__" is a key like any other, as JSON.parse makes it. */
const bag = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((entries) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
});

const tag = fc.record({
  protocol: fc.oneof({ weight: 8, arbitrary: fc.constant(EMBED_PROTOCOL) }, { weight: 1, arbitrary: fc.constantFrom('netsim', 'NETSIM-EMBED', '') }),
  version: fc.oneof({ weight: 8, arbitrary: fc.constant(EMBED_PROTOCOL_VERSION) }, { weight: 1, arbitrary: fc.constantFrom(0, 2, '1', null, Number.NaN) }),
});
const message = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(tag, bag).map(([t, params]) => ({ ...t, type: 'setParams', params })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        tag,
        fc.constantFrom('play', 'pause', 'reset', 'setTheme', 'explode', '__proto__', ''),
        fc.constantFrom('light', 'dark', 'auto', 'purple', undefined),
      )
      .map(([t, type, theme]) => ({ ...t, type, theme })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(tag, fc.oneof(fc.string({ maxLength: 200 }), fc.array(value, { maxLength: 3 }), fc.constant(null)))
      .map(([t, params]) => ({ ...t, type: 'setParams', params })),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }) },
);
/** As postMessage delivers it: a structured clone, when the value can be cloned at all. */
const delivered = message.map((m) => {
  try {
    return structuredClone(m);
  } catch {
    return m;
  }
});

const line = catalog.find((e) => e.id === 'line-rate')!;
const bigEntry = catalog.find((e) => e.id === 'receive-path')!;

describe('parseHostMessage', () => {
  test('never throws; ignores what is not tagged as ours; accepts only well-formed messages', () => {
    fc.assert(
      fc.property(fc.oneof(message, delivered), (data) => {
        const parsed = parseHostMessage(data);
        const tagged = typeof data === 'object' && data !== null && (data as { protocol?: unknown }).protocol === EMBED_PROTOCOL;
        if (!tagged) {
          expect(parsed).toEqual({ ok: false, ours: false });
          return;
        }
        const d = data as { version?: unknown; type?: unknown; params?: unknown };
        const wellFormedSetParams =
          d.version === EMBED_PROTOCOL_VERSION &&
          d.type === 'setParams' &&
          typeof d.params === 'object' &&
          d.params !== null &&
          !Array.isArray(d.params) &&
          Object.entries(d.params).every(
            ([k, v]) => k.length <= 64 && (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 64)),
          );
        // NaN, ±Infinity and odd keys included: those are for the notices to deal with, not a reason to drop the message.
        if (wellFormedSetParams) expect(parsed.ok, JSON.stringify(data)).toBe(true);
        if (!parsed.ok) {
          expect(parsed.ours).toBe(true);
          if (!parsed.ours) return;
          expect(parsed.problem.length).toBeLessThan(200);
          // Why, in a code the host's code can switch on: the version first, then the type, then the shape.
          const code =
            d.version !== EMBED_PROTOCOL_VERSION
              ? 'unsupported-version'
              : !(HOST_MESSAGE_TYPES as readonly unknown[]).includes(d.type)
                ? 'unknown-type'
                : 'invalid-message';
          expect(parsed.code).toBe(code);
          // The answer names the type the host sent (cut short), and is a plain object postMessage can clone.
          const error = refusalMessage('line-rate', parsed);
          expect(error).toMatchObject({ type: 'error', sim: 'line-rate', code, message: typeof d.type === 'string' ? expect.any(String) : null });
          if (error.type === 'error') {
            if (typeof d.type === 'string') expect(d.type.startsWith(error.message!)).toBe(true);
            expect(error.message?.length ?? 0).toBeLessThanOrEqual(128);
            expect(error.detail.length).toBeLessThan(220);
            expect(error.notices.every((n) => typeof n.param === 'string' && n.message === parsed.problem)).toBe(true);
          }
          expect(structuredClone(error)).toEqual(error);
          return;
        }
        const m = parsed.message;
        expect(m.protocol).toBe(EMBED_PROTOCOL);
        expect(m.version).toBe(EMBED_PROTOCOL_VERSION);
        expect(['setParams', 'play', 'pause', 'reset', 'setTheme']).toContain(m.type);
        if (m.type === 'setParams') {
          // Every own key the host sent is there, "__proto__" included; values are numbers, booleans or short strings.
          expect(Object.keys(m.params)).toEqual(Object.keys((data as { params: object }).params));
          for (const v of Object.values(m.params))
            expect(typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 64)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  for (const entry of [line, bigEntry]) {
    test(`an accepted setParams applies to ${entry.id} as the same values in a link would`, () => {
      const schema = paramSchema(entry.params);
      fc.assert(
        fc.property(delivered, (data) => {
          const parsed = parseHostMessage(data);
          if (!parsed.ok || parsed.message.type !== 'setParams') return;
          const params = parsed.message.params;
          const byMessage = new SimStore(entry, {});
          const notices = byMessage.setFromOutside(params);
          expect(schema.safeParse(byMessage.get().values).success).toBe(true);
          // The notices are the host's to hear (an `error` message), not the reader's to see.
          expect(byMessage.get().notices).toEqual([]);
          if (notices.length > 0) {
            const error = paramsAdjusted(entry.id, notices);
            expect(error).toMatchObject({ type: 'error', sim: entry.id, code: 'params-adjusted', message: 'setParams', notices });
            if (error.type === 'error') expect(error.detail.length).toBeLessThan(500);
          }
          // Each key that is not a parameter, or whose value had to change, is named in a notice; the rest apply as sent.
          const noticed = notices.map((n) => n.param);
          for (const [k, v] of Object.entries(params)) {
            const spec = Object.hasOwn(entry.params, k) ? entry.params[k] : undefined;
            const want = spec && exactReading(spec, v);
            if (want === undefined) expect(noticed, k).toContain(k);
            else {
              expect(noticed, k).not.toContain(k);
              expect(byMessage.get().values[k], k).toBe(want);
            }
          }
          // The same bag as a link: "seed" and "" mean other things there; unpaired surrogates do not survive URL encoding.
          const comparable = Object.entries(params).filter(
            ([k, v]) => k !== 'seed' && k !== '' && k.isWellFormed() && (typeof v !== 'string' || v.isWellFormed()),
          );
          if (comparable.length !== Object.keys(params).length) return;
          const query = new URLSearchParams(comparable.map(([k, v]) => [`${entry.id}.${k}`, String(v)]));
          const byUrl = new SimStore(entry, {});
          byUrl.loadUrl(`?${query.toString()}`);
          expect(byMessage.get().values).toEqual(byUrl.get().values);
          expect(notices).toEqual(byUrl.get().notices);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});
