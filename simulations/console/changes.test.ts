/**
 * The change record and the exported script: every applied change is
 * recorded once with what it does and costs, refused and no-op commands are
 * not, and the script, run line by line through a fresh console, rebuilds
 * the same machine.
 */
import { describe, expect, test } from 'vitest';
import { createConsole } from './console';
import { exportScript } from './changes';
import { CommandHistory } from './history';

const SESSION = [
  'ethtool -L eth0 combined 4',
  'ethtool -G eth0 rx 4096',
  'ethtool -C eth0 rx-usecs 8 rx-frames 16',
  'ethtool -K eth0 gro off',
  'ethtool -X eth0 weight 1 1 1 0',
  'sysctl -w net.core.netdev_budget=600 net.core.netdev_max_backlog=4000',
  'echo 4 > /proc/irq/121/smp_affinity_list',
  'echo 8 | tee /sys/class/net/eth0/queues/rx-2/rps_cpus',
  'taskset -apc 5-7 4242',
  'taskset -pc 6 4243',
];

describe('the change record', () => {
  test('one record per applied change, with the command as typed, an effect and a cost', () => {
    const con = createConsole();
    con.run('ethtool -G eth0 rx 4096');
    con.run('ethtool -G eth0 rx 4096'); // no change
    con.run('ethtool -G eth0 rx 99999'); // refused
    con.run('ethtool -g eth0'); // read
    expect(con.changes).toHaveLength(1);
    const c = con.changes[0]!;
    expect(c.command).toBe('ethtool -G eth0 rx 4096');
    expect(c.script).toBe('ethtool -G "$IFACE" rx 4096');
    expect(c.effect).toContain('1024 → 4096');
    expect(c.cost).toMatch(/latency/i);
  });

  test('each pipeline of a line is its own record', () => {
    const con = createConsole();
    const r = con.run('sysctl -w net.core.busy_read=50 && sudo ethtool -K eth0 gro off');
    expect(r.changes.map((c) => c.script)).toEqual(['sysctl -w net.core.busy_read=50', 'ethtool -K "$IFACE" gro off']);
    expect(r.changes[0]!.cost).toMatch(/CPU/);
  });
});

describe('exportScript', () => {
  test('is a POSIX sh script with set -e and eth0 as $IFACE', () => {
    const con = createConsole();
    for (const line of SESSION) expect(con.run(line).exitCode, line).toBe(0);
    const script = con.exportScript();
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain('set -e');
    expect(lines).toContain('IFACE=${1:-eth0}');
    expect(lines).toContain('APP_PID=${2:-4242}');
    expect(script).toContain('echo 8 | tee "/sys/class/net/$IFACE/queues/rx-2/rps_cpus"');
    expect(script).toContain('taskset -apc 5-7 "$APP_PID"');
    expect(script).not.toMatch(/ eth0\b/);
    // Every command is preceded by its explanation and its cost.
    const commands = lines.filter((l) => l !== '' && !l.startsWith('#') && !/^(set -e|IFACE=|APP_PID=)/.test(l));
    expect(commands).toHaveLength(SESSION.length);
    for (const cmd of commands) {
      const i = lines.indexOf(cmd);
      const block = lines.slice(0, i).join('\n').split('\n\n').at(-1)!;
      expect(block).toMatch(/^# .+/);
      expect(block).toContain('# Cost: ');
    }
  });

  test('run back through a fresh console, it rebuilds the same machine', () => {
    const con = createConsole();
    for (const line of SESSION) con.run(line);
    const replay = createConsole();
    for (const line of con.exportScript().split('\n')) {
      const r = replay.run(line);
      expect(r.exitCode, `${line}\n${r.output}`).toBe(0);
    }
    expect(replay.values).toEqual(con.values);
    expect(replay.state).toEqual(con.state);
  });

  test('the script for another interface and pid substitutes them', () => {
    const con = createConsole();
    con.run('ethtool -G eth0 rx 2048');
    con.run('taskset -pc 2 4242');
    const replay = createConsole();
    replay.run('set -- ignored');
    const lines = con
      .exportScript()
      .split('\n')
      .map((l) => l.replace('${1:-eth0}', 'ens1f0').replace('${2:-4242}', '4343'));
    const outputs = lines.map((l) => replay.run(l));
    expect(outputs.some((r) => r.stderr.includes('no device matches name'))).toBe(true);
    expect(outputs.some((r) => r.stderr.includes("failed to get pid 4343's affinity"))).toBe(true);
  });

  test('with no changes it says so', () => {
    expect(exportScript([])).toContain('# (no changes recorded)');
  });
});

describe('completion', () => {
  const con = createConsole();
  const cands = (line: string) => con.complete(line).candidates;

  test("commands, then each tool's options, interface, parameters and values", () => {
    expect(cands('eth')).toEqual(['ethtool']);
    expect(cands('ethtool -')).toContain('-G');
    expect(cands('ethtool -G ')).toEqual(['eth0', 'lo']);
    expect(cands('ethtool -G eth0 ')).toEqual(['rx', 'rx-jumbo', 'rx-mini', 'tx']);
    expect(cands('ethtool -C eth0 adaptive-rx ')).toEqual(['off', 'on']);
    expect(cands('ethtool -K eth0 gr')).toEqual(['gro']);
    expect(cands('ethtool -X eth0 ')).toEqual(['default', 'equal', 'hfunc', 'hkey', 'weight']);
  });

  test('sysctl keys (with "=" after -w), taskset pids, ip words', () => {
    expect(cands('sysctl net.core.netdev_b')).toEqual(['net.core.netdev_budget', 'net.core.netdev_budget_usecs']);
    expect(cands('sysctl -w net.core.busy_r')).toEqual(['net.core.busy_read=']);
    expect(cands('taskset -pc 3 ')).toEqual(['4242']);
    expect(cands('ip -s ')).toEqual(['link']);
  });

  test('paths under /proc/irq and /sys/class/net/eth0/queues, after cat and after >', () => {
    expect(cands('cat /proc/irq/')).toEqual(['/proc/irq/120/', '/proc/irq/default_smp_affinity']);
    expect(cands('echo 2 > /proc/irq/120/smp')).toEqual(['/proc/irq/120/smp_affinity', '/proc/irq/120/smp_affinity_list']);
    expect(cands('cat /sys/class/net/eth0/queues/rx-0/r')).toEqual([
      '/sys/class/net/eth0/queues/rx-0/rps_cpus',
      '/sys/class/net/eth0/queues/rx-0/rps_flow_cnt',
    ]);
    const c = con.complete('cat /proc/irq/12');
    expect(c).toMatchObject({ from: 4, to: 16, common: '/proc/irq/120/' });
  });

  test('the word after a pipe completes as a command', () => {
    expect(cands('ethtool -S eth0 | gr')).toEqual(['grep']);
  });
});

describe('CommandHistory', () => {
  test('up and down walk the entries and come back to the draft; repeats and blanks are not kept', () => {
    const h = new CommandHistory();
    for (const l of ['ethtool -g eth0', 'ethtool -g eth0', '', 'nstat']) h.push(l);
    expect(h.entries).toEqual(['ethtool -g eth0', 'nstat']);
    expect(h.up('sys')).toBe('nstat');
    expect(h.up('')).toBe('ethtool -g eth0');
    expect(h.up('')).toBe('ethtool -g eth0');
    expect(h.down()).toBe('nstat');
    expect(h.down()).toBe('sys');
  });
});
