/**
 * Fuzz: `npm run sim` with random argument vectors, in-process (planSim, the
 * parser and resolveRun the script runs before anything else). Every vector
 * either plans a run that is valid and within the work bound, or comes back
 * with one clear message: of bounded length, quoting no argument whole if it
 * is long, and naming what it refuses (the parameter, option or value, which
 * the vector must indeed hold). NUM_RUNS vectors, under a second. Then a few
 * real runs of the script for what a caller sees: exit status 2 with the
 * message, quickly, where an unbounded run would take hours.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { catalog as typedCatalog } from '../simulations/catalog';
import type { AnySimulationEntry } from '../simulations/core/entry-types';
import { coerceValue } from '../simulations/core/coerce';
import { echo } from '../simulations/core/echo';
import { paramSchema } from '../simulations/core/param-schema';
import { MAX_DURATION_MS, MAX_RUN_PACKETS, runPackets } from '../simulations/run-request';
import { bundleScript } from '../tests/support/script-process';
import { minDurationMs, trafficOf } from '../simulations/run-request';
import { planSim } from './sim-args';

export const NUM_RUNS = 400;
/** The longest message: an unknown parameter of receive-path lists its 24 parameters (about 400 characters). */
const MAX_MESSAGE = 600;

const catalog: readonly AnySimulationEntry[] = typedCatalog;
const ids = catalog.map((e) => e.id);
const allKeys = [...new Set(catalog.flatMap((e) => Object.keys(e.params)))];
const optionNames = [
  ...new Set(catalog.flatMap((e) => Object.values(e.params).flatMap((p) => (p.kind === 'choice' ? p.options.flatMap((o) => (o.name ? [o.name] : [])) : [])))),
];
const presetIds = [...new Set(catalog.flatMap((e) => e.presets.map((p) => p.id)))];

const longText = fc.constantFrom('9'.repeat(100_000), 'x'.repeat(5_000), '😀'.repeat(300));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.double(), fc.integer({ min: -10, max: 20_000 })).map(String) },
  { weight: 3, arbitrary: fc.constantFrom('1e-9', '0', '-1', '1e400', 'NaN', 'Infinity', '', ' ', 'on', 'off', '100', '10000', '0.5', ...optionNames) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: longText },
);
const flag = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...allKeys), value).map(([k, v]) => `--${k}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom(...allKeys).map((k) => `--${k}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('seed', 'duration-ms', 'duration_ms', 'chunk'), value).map(([k, v]) => `--${k}=${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...presetIds, 'nope'), fc.constant('')).map(([p]) => `--preset=${p}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', ''), fc.string({ maxLength: 10 }), longText), value)
      .map(([k, v]) => `--${k}=${v}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('--json', '--json', '--list', '-x', 'stray') },
);
const argv = fc
  .tuple(
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), longText) }),
    fc.array(flag, { maxLength: 6 }),
  )
  .map(([id, flags]) => [id, ...flags]);

/** The parameter values the vector gives (last one wins, as the parser reads them). */
function given(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of args.slice(1)) {
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    out.set(eq < 0 ? a.slice(2) : a.slice(2, eq), eq < 0 ? 'on' : a.slice(eq + 1));
  }
  return out;
}

describe('planSim with random argument vectors', () => {
  test('a valid run within the bound, or one short message that names what it refuses', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const plan = planSim(args);
        if (plan.kind === 'help' || plan.kind === 'list') {
          expect(args.some((a) => a === '--list' || a === '--help')).toBe(true);
          return;
        }
        const g = given(args);
        if (plan.kind === 'run') {
          const { run } = plan;
          expect(paramSchema(run.entry.params).safeParse(run.values).success).toBe(true);
          expect(runPackets(run)).toBeLessThanOrEqual(MAX_RUN_PACKETS);
          if (run.entry.kind === 'event') {
            expect(run.durationMs).toBeLessThanOrEqual(MAX_DURATION_MS);
            expect(run.durationMs).toBeGreaterThanOrEqual(minDurationMs(trafficOf(run.values)));
          }
          return;
        }
        const m = plan.message;
        expect(m.length, m).toBeLessThanOrEqual(MAX_MESSAGE);
        // Nothing long is quoted whole.
        for (const a of args) if (a.length > 100) expect(m.includes(a.slice(2)), m.slice(0, 200)).toBe(false);
        const named = (re: RegExp) => re.exec(m);
        let hit: RegExpExecArray | null;
        if ((hit = named(/^Unknown parameter .* for ([\w-]+)\. Parameters: /))) {
          // The message quotes the key as echo() does: JSON, or a prefix and the length of a long one.
          const entry = catalog.find((e) => e.id === hit![1])!;
          expect(
            [...g.keys()].some((k) => !Object.hasOwn(entry.params, k) && m.startsWith(`Unknown parameter ${echo(k)} for ${entry.id}.`)),
            m,
          ).toBe(true);
        } else if ((hit = named(/^Bad value for (\w+): /))) {
          const entry = catalog.find((e) => e.id === args[0])!;
          const name = hit[1]!;
          expect(g.has(name), m).toBe(true);
          expect(coerceValue(name, entry.params[name]!, g.get(name)).notice, m).toBeDefined();
        } else if ((hit = named(/^--(seed|chunk|duration-ms|duration_ms) needs a number/))) {
          // The parser stops at the first bad one, which a later good one does not hide.
          const values = args.filter((a) => a.startsWith(`--${hit![1]}=`)).map((a) => a.slice(a.indexOf('=') + 1));
          expect(
            values.some((v) => v.trim() === '' || !Number.isFinite(Number(v))),
            m,
          ).toBe(true);
        } else if (named(/^Bad seed /)) expect(g.has('seed')).toBe(true);
        else if (named(/^Bad chunk /)) expect(g.has('chunk')).toBe(true);
        else if (named(/^Bad duration /)) expect(catalog.find((e) => e.id === args[0])!.kind).toBe('event');
        else if (
          (hit = named(/^([\w-]+) would simulate ([\d,]+) packets .*the limit is ([\d,]+) packets per run\. To stay under it, ask for at most \d+ ms/))
        ) {
          expect(Number(hit[2]!.replace(/,/g, ''))).toBeGreaterThan(MAX_RUN_PACKETS);
          expect(hit[3]).toBe(MAX_RUN_PACKETS.toLocaleString('en-US'));
        } else if (named(/^Unknown simulation /)) expect(ids).not.toContain(args[0]);
        else if (named(/^Unknown preset /)) expect(g.has('preset')).toBe(true);
        else if (named(/^Unexpected argument /)) expect(args.slice(1).some((a) => !a.startsWith('--'))).toBe(true);
        else if (named(/is computed directly from its parameters/)) expect(g.has('duration-ms') || g.has('duration_ms')).toBe(true);
        else if (named(/is not computed in parts/)) expect(g.has('chunk')).toBe(true);
        else if (m !== 'Which simulation? Try --list.') throw new Error(`a message of no known form: ${m.slice(0, 300)}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// The script as a caller runs it, a real process (tests/support/script-process.ts); the timeout
// is far above a refusal's cost and far below the refused run's.
const cli = bundleScript('scripts/sim.ts');
afterAll(() => cli.dispose());
function sim(...args: string[]) {
  const r = cli.run(args, { timeout: 60_000 });
  return { ...r, firstLine: r.stderr.split('\n')[0]! };
}

describe('npm run sim, refusing', () => {
  test('10 s of 100 GbE: exit 2 with the limit and how to stay under it, nothing on stdout', () => {
    const r = sim('receive-path', '--link_gbps=100', '--duration-ms=10000', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.firstLine).toBe(
      'receive-path would simulate 1,488,095,238 packets (148.81 Mpps offered for 10000 ms); the limit is 15,000,000 packets per run. To stay under it, ask for at most 100 ms at this traffic, or a lower load_pct, a slower link_gbps or larger frame_bytes.',
    );
  });

  test('a 100 KB value: a message line under 200 characters', () => {
    const r = sim('receive-path', `--frame_bytes=${'7'.repeat(100_000)}`);
    expect(r.code).toBe(2);
    expect(r.firstLine).toBe(`Bad value for frame_bytes: "${'7'.repeat(40)}…" (100000 characters). Allowed: 64 … 9000 B in steps of 1.`);
    expect(r.firstLine.length).toBeLessThan(200);
  });

  test('--duration-ms=1e-9: exit 2, shorter than one frame', () => {
    const r = sim('receive-path', '--duration-ms=1e-9');
    expect(r.code).toBe(2);
    expect(r.firstLine).toMatch(/^Bad duration 1e-9 ms\. Allowed: at least 0\.0000672 ms/);
  });
});
