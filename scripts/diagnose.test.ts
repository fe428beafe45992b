/**
 * The diagnosis CLI run as a real process: the --json shape, two snapshots
 * with an interval, the readable report, standard input, and exit status 2
 * with a message for a missing file, a directory, a bad argument or an input
 * over the size limit (/dev/zero, an endless pipe). Its argument parsing and
 * reading are also fuzzed in-process (parseArgs, readInput, run).
 */
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_PASTE_BYTES } from '../lib/diagnose';
import { parseArgs, readInput, run, USAGE } from './diagnose';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIX = 'lib/diagnose/fixtures';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diagnose.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], input?: string) {
  const r = cli([...args, '--json'], input);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('--json', () => {
  test('one snapshot: recognised, findings and unrecognised with the documented keys, worst first', () => {
    const d = json([`${FIX}/mixed-garbage-synthetic.txt`]);
    expect(Object.keys(d)).toEqual(expect.arrayContaining(['recognised', 'findings', 'unrecognised']));
    expect(d.recognised.map((b: { format: string }) => b.format)).toEqual(['/proc/net/softnet_stat', 'ethtool -S', 'nstat']);
    expect(d.unrecognised.map((u: { lines: number[] }) => u.lines)).toEqual([
      [5, 5],
      [7, 7],
      [13, 15],
    ]);
    for (const f of d.findings) {
      for (const k of ['kind', 'where', 'counter', 'count', 'rate', 'advice', 'link']) expect(f, k).toHaveProperty(k);
      expect(['loss', 'pressure']).toContain(f.kind);
      expect(typeof f.count).toBe('number');
      expect(f.link === null || f.link.startsWith('/chapters/tuning/?receive-path.')).toBe(true);
    }
    expect(d.findings[0]).toMatchObject({ kind: 'loss', where: 'socket receive buffer', counter: 'UdpRcvbufErrors', count: 2828118 });
    expect(d.findings.at(-1)).toMatchObject({ kind: 'pressure', counter: 'rx_no_buffer_count' });
  });

  test('two snapshots with --interval-s: rates per second', () => {
    const d = json([`${FIX}/nstat-az-before.txt`, `${FIX}/nstat-az-after.txt`, '--interval-s', '4']);
    expect(d.findings[0]).toMatchObject({ counter: 'TcpExtTCPZeroWindowDrop', count: 485490, rate: 0.25 });
    expect(d.messages.join('\n')).toContain('interval of 4 s');
    const eq = json([`${FIX}/nstat-az-before.txt`, `${FIX}/nstat-az-after.txt`, '--interval-s=0.5']);
    expect(eq.findings[0].rate).toBe(2);
  });

  test('nothing recognised from standard input: exit 0, empty lists and a message', () => {
    const d = json(['-'], 'this is not\ncounter output\n');
    expect(d.recognised).toEqual([]);
    expect(d.findings).toEqual([]);
    expect(d.unrecognised).toEqual([{ lines: [1, 2], text: 'this is not', reason: expect.stringContaining('not part of any output') }]);
    expect(d.messages.join('\n')).toContain('Nothing recognised');
  });
});

test('without --json: a readable report with findings, advice and the lab link', () => {
  const r = cli([`${FIX}/ethtool-ixgbe-grep.txt`]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('Recognised:\n  ethtool -S — lines 3–22');
  expect(r.stdout).toContain('Packets lost, worst first:\n  1. NIC RX ring: rx_no_dma_resources = 529,324,299');
  expect(r.stdout).toContain('ethtool -G eno2 rx 4096');
  expect(r.stdout).toMatch(/See it happen: \/chapters\/tuning\/\?receive-path\.\S+#tuning-lab/);
});

describe('exit status 2 with a message', () => {
  test.each([
    [['no-such-file.txt'], 'Cannot read "no-such-file.txt": no such file'],
    [[], 'Give the file with the pasted output'],
    [[`${FIX}/nstat-az-before.txt`, `${FIX}/nstat-az-after.txt`, '--interval-s', 'abc'], '--interval-s needs a positive number of seconds, got "abc"'],
    [[`${FIX}/nstat-az-before.txt`, '--interval-s', '3'], '--interval-s needs a second (later) snapshot file'],
    [[`${FIX}/nstat-az-before.txt`, '--bogus'], 'Unknown option "--bogus"'],
    [[`${FIX}/nstat-az-before.txt`, 'no-such-later.txt'], 'Cannot read "no-such-later.txt"'],
  ])('%j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npx tsx scripts/diagnose.ts');
  });
});

describe('over the size limit, as a real process', () => {
  test('/dev/zero: exit 2 after reading just past the limit, the limit and the path in the message', () => {
    const r = cli(['/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `Cannot read "/dev/zero": it is larger than 32 MB (more than ${MAX_PASTE_BYTES.toLocaleString('en-US')} bytes), the most the diagnosis reads.`,
    );
  });

  test('an endless pipe into -, with --json: exit 2, nothing on standard output, the message on standard error', () => {
    const r = spawnSync('sh', ['-c', `yes '     rx_dropped: 1' | "${process.execPath}" --import tsx scripts/diagnose.ts - --json`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cannot read "-": it is larger than 32 MB');
  });

  test('a directory: exit 2, "it is a directory"', () => {
    const r = cli(['lib', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cannot read "lib": it is a directory.');
  });

  test('- with piped input and --json: exit 0 and only the JSON object on standard output', () => {
    const r = cli(['-', '--json'], `NIC statistics:\n     constructor: 5\n     rx_missed_errors: 4954\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout);
    expect(d.findings.map((f: { counter: string }) => f.counter)).toEqual(['rx_missed_errors']);
  });
});

/** A readable stream of these chunks, and how many of them were pulled. */
function chunks(parts: readonly Buffer[]) {
  const counter = { pulled: 0 };
  const stream = Readable.from(
    (function* () {
      for (const p of parts) {
        counter.pulled++;
        yield p;
      }
    })(),
  );
  return { stream, counter };
}

describe('in-process', () => {
  test('parseArgs: any arguments give arguments or an error, never a throw or an exit', () => {
    const word = fc.oneof(
      fc.constantFrom('--json', '--interval-s', '--interval-s=2', '--interval-s=-1', '-', 'a.txt', 'b.txt', '--help', '-h', '--bogus', '0', 'NaN', '1e400', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
        const r = parseArgs(argv);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          return;
        }
        if (r.value.help) return;
        expect(r.value.files.length === 1 || r.value.files.length === 2).toBe(true);
        expect(r.value.files.filter((f) => f === '-').length).toBeLessThanOrEqual(1);
        if (r.value.intervalS !== undefined) expect(Number.isFinite(r.value.intervalS) && r.value.intervalS > 0 && r.value.files.length === 2).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('readInput: the whole text up to the limit; one byte more is an error, and reading stops at the chunk that crossed it', async () => {
    const limit = 1000;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }), async (arrays) => {
        const parts = arrays.map((a) => Buffer.from(a));
        const { stream, counter } = chunks(parts);
        const r = await readInput('-', stream, limit);
        const total = parts.reduce((n, p) => n + p.length, 0);
        if (total <= limit) {
          expect(r).toEqual({ ok: true, value: Buffer.concat(parts).toString('utf8') });
        } else {
          expect(r).toEqual({ ok: false, error: 'Cannot read "-": it is larger than 0.0 MB (more than 1,000 bytes), the most the diagnosis reads.' });
          let sum = 0;
          const crossing = parts.findIndex((p) => (sum += p.length) > limit);
          expect(counter.pulled).toBe(crossing + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('readInput: /dev/zero, a missing file, a directory', async () => {
    expect(await readInput('/dev/zero', undefined, 100_000)).toEqual({
      ok: false,
      error: 'Cannot read "/dev/zero": it is larger than 0.1 MB (more than 100,000 bytes), the most the diagnosis reads.',
    });
    expect(await readInput('no-such-file.txt')).toEqual({ ok: false, error: 'Cannot read "no-such-file.txt": no such file.' });
    expect(await readInput(fileURLToPath(new URL('.', import.meta.url)))).toMatchObject({ ok: false, error: expect.stringContaining('it is a directory') });
  });

  test('run: --json writes one JSON object to stdout and nothing to stderr; an error writes only to stderr', async () => {
    const io = () => {
      const out = { stdout: '', stderr: '' };
      return {
        out,
        io: {
          stdout: (x: string) => void (out.stdout += x),
          stderr: (x: string) => void (out.stderr += x),
          stdin: Readable.from([Buffer.from('NIC statistics:\n     __proto__: 1\n     rx_missed_errors: 7\n')]),
        },
      };
    };
    const good = io();
    expect(await run(['-', '--json'], good.io)).toBe(0);
    expect(good.out.stderr).toBe('');
    expect(JSON.parse(good.out.stdout).findings[0]).toMatchObject({ counter: 'rx_missed_errors', count: 7 });

    const big = io();
    expect(await run(['-', '--json'], big.io, 10)).toBe(2);
    expect(big.out).toEqual({
      stdout: '',
      stderr: `Cannot read "-": it is larger than 0.0 MB (more than 10 bytes), the most the diagnosis reads.\n${USAGE}\n`,
    });
  });
});
