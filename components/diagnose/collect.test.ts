/**
 * The page's collect-everything one-liner, run in bash with stub tools that
 * print real fixtures: every output is recognised, the `$ command` lines are
 * taken as hints (not reported as unrecognised), and a missing tool's error is
 * reported as such.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diagnose } from '@/lib/diagnose';
import { loadFixture } from '@/lib/diagnose/fixtures';
import { COLLECT_COMMAND } from './collect';

const dir = mkdtempSync(join(tmpdir(), 'collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stub command that prints a fixture (or, for `cat`, the fixture for the /proc file it is given). */
function stub(name: string, body: string) {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

function fixtureFile(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, loadFixture(name));
  return path;
}

describe('the collect-everything one-liner', () => {
  test('in bash: every output recognised, prompts taken as hints, findings from each', () => {
    stub('ethtool', `[ "$1 $2" = "-S eth0" ] && exec /bin/cat ${fixtureFile('ethtool-i40e-bare.txt')}; exit 1`);
    stub('nstat', `exec /bin/cat ${fixtureFile('nstat-az-after.txt')}`);
    stub('ip', `exec /bin/cat ${fixtureFile('ip-s-link-new-iproute2.txt')}`);
    const softnet = fixtureFile('softnet-13col-drops.txt');
    const interrupts = fixtureFile('interrupts-mlx5.txt');
    stub('cat', `case "$1" in /proc/net/softnet_stat) exec /bin/cat ${softnet};; /proc/interrupts) exec /bin/cat ${interrupts};; esac; exit 1`);
    const out = execFileSync('/bin/bash', ['-c', COLLECT_COMMAND], { env: { ...process.env, PATH: dir }, encoding: 'utf8' });
    expect(out.split('\n').filter((l) => l.startsWith('$ '))).toEqual([
      '$ ethtool -S eth0',
      '$ cat /proc/net/softnet_stat',
      '$ nstat -az',
      '$ ip -s link',
      '$ cat /proc/interrupts',
    ]);
    const d = diagnose(out);
    expect(d.recognised.map((b) => b.format)).toEqual(['ethtool -S', '/proc/net/softnet_stat', 'nstat', 'ip -s link', 'ip -s link', '/proc/interrupts']);
    expect(d.unrecognised).toEqual([]);
    expect(d.findings.map((f) => f.where)).toEqual(
      expect.arrayContaining(['per-CPU backlog', 'TCP socket receive buffer', 'kernel or driver (rx_dropped)', 'interrupt distribution']),
    );
  });

  test('a tool that is not installed: its error is named, the rest still read', () => {
    rmSync(join(dir, 'ethtool'), { force: true });
    const out = execFileSync('/bin/bash', ['-c', COLLECT_COMMAND], { env: { ...process.env, PATH: dir }, encoding: 'utf8' });
    const d = diagnose(out);
    expect(d.unrecognised).toHaveLength(1);
    expect(d.unrecognised[0]!.reason).toBe('a shell or tool error message, not command output');
    expect(d.recognised.length).toBeGreaterThanOrEqual(4);
  });
});
