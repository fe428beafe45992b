/**
 * The sim command line in-process: every `npm run sim -- …` line docs/cli.md
 * documents plans to a run within the work bound, parse errors come back as
 * values (the script turns them into exit status 2), and the progress line
 * goes where and when scripts/sim-progress.ts says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_RUN_PACKETS, runPackets } from '../simulations/run-request';
import { parseSimArgs, planSim } from './sim-args';
import { PROGRESS_MIN_PACKETS, progressReporter } from './sim-progress';

/** The arguments of each `npm run sim -- …` command in docs/cli.md, comments stripped. */
function cliDocExamples(): string[][] {
  const doc = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
  return [...doc.matchAll(/^npm run sim -- (.*)$/gm)].map((m) =>
    m[1]!
      .replace(/\s+#.*$/, '')
      .trim()
      .split(/\s+/),
  );
}

describe('planSim', () => {
  test('every docs/cli.md example plans to a run (or the listing) within the work bound', () => {
    const examples = cliDocExamples();
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const argv of examples) {
      const plan = planSim(argv);
      expect(plan.kind, argv.join(' ')).not.toBe('error');
      if (plan.kind === 'run') expect(runPackets(plan.run), argv.join(' ')).toBeLessThanOrEqual(MAX_RUN_PACKETS);
    }
  });

  test('parse errors are values naming the option, with a short echo', () => {
    expect(planSim(['receive-path', '--seed=abc'])).toEqual({ kind: 'error', message: '--seed needs a number (an integer 0 … 4294967295), got "abc".' });
    const long = planSim(['receive-path', `--duration-ms=${'9'.repeat(100_000)}`]);
    expect(long).toEqual({
      kind: 'error',
      message: `--duration-ms needs a number (milliseconds of simulated time), got "${'9'.repeat(40)}…" (100000 characters).`,
    });
    expect(planSim(['receive-path', 'rx-ring'])).toEqual({
      kind: 'error',
      message: 'Unexpected argument "rx-ring" (the simulation is already "receive-path").',
    });
    expect(planSim([])).toEqual({ kind: 'error', message: 'Which simulation? Try --list.' });
  });

  test('--help wins over what follows it; --list takes --json', () => {
    expect(planSim(['--help', '--seed=abc'])).toEqual({ kind: 'help' });
    expect(planSim(['--list', '--json'])).toEqual({ kind: 'list', json: true });
  });

  test('keys that every object has are kept as parameters, so they are refused by name', () => {
    const args = parseSimArgs(['receive-path', '--__proto__=1', '--constructor=2']);
    if ('error' in args) throw new Error(args.error);
    expect(Object.keys(args.params)).toEqual(['__proto__', 'constructor']);
    const plan = planSim(['receive-path', '--__proto__=1']);
    expect(plan.kind === 'error' && plan.message).toMatch(/^Unknown parameter "__proto__" for receive-path\./);
  });
});

describe('progressReporter', () => {
  const sink = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, write: (s: string) => written.push(s) };
  };

  test('short runs report nothing', () => {
    expect(progressReporter('receive-path', PROGRESS_MIN_PACKETS - 1, 100, sink(true))).toBeUndefined();
  });

  test('off a terminal, one line per tenth', () => {
    const s = sink(false);
    const report = progressReporter('receive-path', PROGRESS_MIN_PACKETS, 100, s)!;
    report(0.1);
    report(1);
    expect(s.written).toEqual(['receive-path:  10 % of 100 ms simulated\n', 'receive-path: 100 % of 100 ms simulated\n']);
  });

  test('on a terminal, one line rewritten in place and ended at 100 %', () => {
    const s = sink(true);
    const report = progressReporter('kernel-vs-bypass', MAX_RUN_PACKETS, 50, s)!;
    report(0.5);
    report(1);
    expect(s.written).toEqual(['\rkernel-vs-bypass:  50 % of 50 ms simulated', '\rkernel-vs-bypass: 100 % of 50 ms simulated\n']);
  });
});
