/**
 * The console CLI (`npx tsx scripts/console.ts`), run as a real process:
 * the transcript it prints, its JSON, reading a script from stdin, and the
 * exit status a caller gets for a failing command or a bad option. Simulated
 * durations are a millisecond or two so each run stays well under a second.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { bundleScript, runThroughTsx } from '../tests/support/script-process';

// A real process per run, from a bundle made once (tests/support/script-process.ts).
const bundle = bundleScript('scripts/console.ts');
afterAll(() => bundle.dispose());
const cli = (args: string[], input?: string) => bundle.run(args, { input });

test('npm run console starts the script through tsx, as docs/cli.md says', () => {
  const args = ['--duration-ms=1', 'ethtool -g eth0'];
  const r = runThroughTsx('scripts/console.ts', args);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe(cli(args).stdout);
});

describe('transcript', () => {
  test('prints each command after the prompt, then its output; exits 0', () => {
    const r = cli(['--duration-ms=1', 'ethtool -G eth0 rx 4096', 'ethtool -g eth0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('root@rxlab:~# ethtool -G eth0 rx 4096');
    expect(lines[1]).toBe('# lab: simulation: ring_size 1024 → 4096.');
    expect(lines[2]).toBe('root@rxlab:~# ethtool -g eth0');
    expect(lines[3]).toBe('Ring parameters for eth0:');
    expect(r.stdout).toContain('Current hardware settings:\nRX:\t\t\t4096\n');
  });

  test('reading commands see the simulation run: softnet_stat has processed packets on CPU 0', () => {
    const r = cli(['--duration-ms=1', 'cat /proc/net/softnet_stat']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(8);
    expect(Number.parseInt(rows[0]!.split(' ')[0]!, 16)).toBeGreaterThan(0);
  });

  test('a failing command prints its message on stderr and sets the exit status', () => {
    const r = cli(['--duration-ms=1', 'frobnicate', 'ethtool -g eth0']);
    expect(r.code).toBe(127);
    expect(r.stderr).toBe('bash: frobnicate: command not found\n');
    expect(r.stdout).toContain('root@rxlab:~# ethtool -g eth0\nRing parameters for eth0:');
    const ring = cli(['ethtool -G eth0 rx 99999']);
    expect(ring.code).toBe(81);
    expect(ring.stderr).toBe('netlink error: requested ring size exceeds maximum (offset 36)\nnetlink error: Invalid argument\n');
  });

  test('a bad option exits 2 with the usage', () => {
    const r = cli(['--bogus=1', 'ethtool -g eth0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown option --bogus');
    expect(r.stderr).toContain('usage: npx tsx scripts/console.ts');
    expect(cli(['--ring_size=4096', 'nstat']).stderr).toContain("set through the console's commands");
  });

  test('the simulated work is bounded before anything runs; bad values are echoed short', () => {
    const long = cli([`--load_pct=${'5'.repeat(100_000)}x`, 'nstat']);
    expect(long.code).toBe(2);
    expect(long.stderr.split('\n')[0]).toBe(`Offered load: “${'5'.repeat(24)}…” is not a number; using the default 100 %.`);
    const tiny = cli(['--duration-ms=1e-9', 'nstat']);
    expect(tiny.code).toBe(2);
    expect(tiny.stdout).toBe('');
    expect(tiny.stderr).toContain(
      "--duration-ms=1e-9: use 0 (read without advancing) or from 0.0000672 ms (one 64-byte frame's time on the wire at 10 Gbit/s) to 10000 ms.",
    );
    const heavy = cli(['--duration-ms=1000', '--link_gbps=100', 'nstat', 'cat /proc/net/softnet_stat']);
    expect(heavy.code).toBe(2);
    expect(heavy.stdout).toBe('');
    expect(heavy.stderr).toContain(
      '2 reading commands × 1000 ms would simulate 297,619,048 packets; the limit is 15,000,000 packets. To stay under it, use --duration-ms=50.399 or less',
    );
  });
});

describe('--json, stdin and --export', () => {
  test("--json prints one object: every command's result, the model values and the changes", () => {
    const r = cli(['--json', '--duration-ms=1', '--load_pct=10', 'sysctl -w net.core.netdev_budget=600', 'nstat -az UdpInDatagrams']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!);
    expect(j.commands).toHaveLength(2);
    expect(j.commands[0]).toMatchObject({
      command: 'sysctl -w net.core.netdev_budget=600',
      stdout: 'net.core.netdev_budget = 600\n',
      exitCode: 0,
      valuesChanged: true,
    });
    expect(j.commands[1].stdout).toMatch(/^#kernel\nUdpInDatagrams {18}\d+/);
    expect(j.values.netdev_budget).toBe(600);
    expect(j.changes[0].script).toBe('sysctl -w net.core.netdev_budget=600');
  });

  test('the exported script, fed back on stdin, reproduces the same model values', () => {
    const first = cli([
      '--json',
      '--export',
      '--duration-ms=0',
      'ethtool -L eth0 combined 2',
      'taskset -apc 4,5 4242',
      'ethtool -K eth0 gro off',
      'echo 3 > /proc/irq/121/smp_affinity_list',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(a.script.startsWith('#!/bin/sh\n')).toBe(true);
    const second = cli(['--json', '--duration-ms=0'], a.script);
    expect(second.code, second.stderr).toBe(0);
    const b = JSON.parse(second.stdout);
    expect(b.values).toEqual(a.values);
    expect(b.values).toMatchObject({ queues: 2, app_cpu: 1, gro: false });
  });
});
