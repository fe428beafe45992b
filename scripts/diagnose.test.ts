/**
 * The diagnosis CLI run as a real process: the --json shape, two snapshots
 * with an interval, the readable report, standard input, and exit status 2
 * with a message for a missing file or a bad argument.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

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
    expect(d.unrecognised.map((u: { lines: number[] }) => u.lines)).toEqual([[5, 5], [7, 7], [13, 15]]);
    for (const f of d.findings) {
      for (const k of ['where', 'counter', 'count', 'rate', 'advice', 'link']) expect(f, k).toHaveProperty(k);
      expect(typeof f.count).toBe('number');
      expect(f.link === null || f.link.startsWith('/chapters/tuning/?receive-path.')).toBe(true);
    }
    expect(d.findings[0]).toMatchObject({ where: 'socket receive buffer', counter: 'UdpRcvbufErrors', count: 2828118 });
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
  expect(r.stdout).toContain('1. NIC RX ring: rx_no_dma_resources = 529,324,299');
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
