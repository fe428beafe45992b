/**
 * sysctl (procps-ng 4.0.4) and taskset (util-linux 2.39): their outputs,
 * their error texts and exit codes, and the state they change.
 */
import { describe, expect, test } from 'vitest';
import { createConsole } from './console';

const fresh = () => createConsole();

describe('sysctl', () => {
  test('reads as "name = value", -n bare, a directory as all its keys', () => {
    const con = fresh();
    expect(con.run('sysctl net.core.netdev_budget').stdout).toBe('net.core.netdev_budget = 300\n');
    expect(con.run('sysctl -n net.core.netdev_max_backlog').stdout).toBe('1000\n');
    expect(con.run('sysctl net/core/dev_weight').stdout).toBe('net.core.dev_weight = 64\n');
    const all = con.run('sysctl net.core').stdout.trimEnd().split('\n');
    expect(all).toContain('net.core.rmem_default = 212992');
    expect(all).toContain('net.core.netdev_budget_usecs = 2000');
    expect([...all].sort()).toEqual(all);
  });

  test('-w key=value writes and echoes; several at once; without -w a "=" also writes', () => {
    const con = fresh();
    expect(con.run('sysctl -w net.core.netdev_budget=600').stdout).toBe('net.core.netdev_budget = 600\n');
    expect(con.values.netdev_budget).toBe(600);
    const r = con.run('sysctl -w net.core.rmem_max=8388608 net.core.rmem_default=8388608');
    expect(r.stdout).toBe('net.core.rmem_max = 8388608\nnet.core.rmem_default = 8388608\n');
    expect(con.values.rmem_default).toBe(8388608);
    con.run('sysctl net.core.netdev_budget_usecs=8000');
    expect(con.values.netdev_budget_usecs).toBe(8000);
    expect(con.run('cat /proc/sys/net/core/netdev_budget_usecs').stdout).toBe('8000\n');
  });

  test('echo into /proc/sys is the same write', () => {
    const con = fresh();
    expect(con.run('echo 2000 > /proc/sys/net/core/netdev_max_backlog').exitCode).toBe(0);
    expect(con.values.netdev_max_backlog).toBe(2000);
    const r = con.run('echo lots > /proc/sys/net/core/netdev_max_backlog');
    expect([r.stderr, r.exitCode]).toEqual(['bash: echo: write error: Invalid argument\n', 1]);
  });

  test.each([
    ['sysctl -w net.core.foo=1', 'sysctl: cannot stat /proc/sys/net/core/foo: No such file or directory\n', 1],
    ['sysctl net.core.foo', 'sysctl: cannot stat /proc/sys/net/core/foo: No such file or directory\n', 1],
    ['sysctl -w net.core.netdev_budget=many', 'sysctl: setting key "net.core.netdev_budget": Invalid argument\n', 1],
    ['sysctl -w net.core.rmem_default=1024', 'sysctl: setting key "net.core.rmem_default": Invalid argument\n', 1],
    ['sysctl -w net.core.busy_read=-1', 'sysctl: setting key "net.core.busy_read": Invalid argument\n', 1],
    ['sysctl -w net.core.netdev_budget', 'sysctl: command line(0): invalid syntax, continuing...\n', 1],
    ['sysctl', expect.stringContaining('Usage:\n sysctl [options] [variable[=value] ...]'), 1],
    // procps warns about a read-only key and still succeeds.
    ['sysctl -w net.core.netdev_rss_key=1', 'sysctl: setting key "net.core.netdev_rss_key": Operation not permitted\n', 0],
  ])('%s', (line, stderr, code) => {
    const con = fresh();
    const r = con.run(line);
    expect(r.stderr).toEqual(stderr);
    expect(r.exitCode).toBe(code);
    expect(r.stateChanged).toBe(false);
  });

  test("-e ignores unknown keys; a key outside net.core gets the lab's note", () => {
    const con = fresh();
    expect(con.run('sysctl -e net.core.foo').exitCode).toBe(0);
    const r = con.run('sysctl net.ipv4.udp_mem');
    expect(r.exitCode).toBe(1);
    expect(r.notes).toContain('only net.core.* exists in the lab.');
  });

  test('sysctl -a | grep filters the listing', () => {
    const r = fresh().run('sysctl -a | grep -E "budget|backlog"');
    expect(r.stdout).toBe('net.core.netdev_budget = 300\nnet.core.netdev_budget_usecs = 2000\nnet.core.netdev_max_backlog = 1000\n');
  });
});

describe('taskset', () => {
  test('reads a mask or a list', () => {
    const con = fresh();
    expect(con.run('taskset -p 4242').stdout).toBe("pid 4242's current affinity mask: ff\n");
    expect(con.run('taskset -pc 4242').stdout).toBe("pid 4242's current affinity list: 0-7\n");
  });

  test.each([
    ['taskset -c -p 3 4242', "pid 4242's current affinity list: 0-7\npid 4242's new affinity list: 3\n", 0b1000],
    ['taskset -pc 3 4242', "pid 4242's current affinity list: 0-7\npid 4242's new affinity list: 3\n", 0b1000],
    ['taskset -p 0x8 4242', "pid 4242's current affinity mask: ff\npid 4242's new affinity mask: 8\n", 0b1000],
    ['taskset -p 30 4242', "pid 4242's current affinity mask: ff\npid 4242's new affinity mask: 30\n", 0b110000],
    ['taskset -pc 0-7:2 4242', "pid 4242's current affinity list: 0-7\npid 4242's new affinity list: 0,2,4,6\n", 0b1010101],
  ])('%s', (line, stdout, mask) => {
    const con = fresh();
    const r = con.run(line);
    expect(r.stdout).toBe(stdout);
    expect(r.exitCode).toBe(0);
    expect(con.state.threads[0]).toBe(mask);
  });

  test('-a changes every thread', () => {
    const con = fresh();
    con.run('ethtool -L eth0 combined 2');
    const r = con.run('taskset -apc 6,7 4242');
    expect(r.stdout).toBe(
      "pid 4242's current affinity list: 0-7\npid 4242's new affinity list: 6,7\npid 4243's current affinity list: 0-7\npid 4243's new affinity list: 6,7\n",
    );
    expect(con.state.threads).toEqual([0b11000000, 0b11000000]);
  });

  test.each([
    ['taskset -p 999', "taskset: failed to get pid 999's affinity: No such process\n", ''],
    ['taskset -p abc', "taskset: failed to parse pid: 'abc'\n", ''],
    ['taskset -pc nine 4242', 'taskset: failed to parse CPU list: nine\n', ''],
    ['taskset -p xyz 4242', 'taskset: failed to parse CPU mask: xyz\n', ''],
    ['taskset -p 0x100 4242', "taskset: failed to set pid 4242's affinity: Invalid argument\n", "pid 4242's current affinity mask: ff\n"],
  ])('%s fails with exit 1', (line, stderr, stdout) => {
    const con = fresh();
    const r = con.run(line);
    expect([r.stderr, r.stdout, r.exitCode, r.stateChanged]).toEqual([stderr, stdout, 1, false]);
  });

  test('without -p it would start a program, which the lab does not do', () => {
    const r = fresh().run('taskset -c 3 ./udp-sink');
    expect(r.exitCode).toBe(1);
    expect(r.notes.join(' ')).toContain('taskset -p');
  });
});

describe('IRQ affinity and RPS files', () => {
  test('smp_affinity_list and smp_affinity are two views of one mask; effective_affinity is its lowest CPU', () => {
    const con = fresh();
    expect(con.run('cat /proc/irq/120/smp_affinity_list').stdout).toBe('0\n');
    expect(con.run('echo 2-3 > /proc/irq/120/smp_affinity_list').exitCode).toBe(0);
    expect(con.run('cat /proc/irq/120/smp_affinity').stdout).toBe('0c\n');
    expect(con.run('cat /proc/irq/120/effective_affinity_list').stdout).toBe('2\n');
    con.run('echo 81 > /proc/irq/120/smp_affinity');
    expect(con.run('cat /proc/irq/120/smp_affinity_list').stdout).toBe('0,7\n');
    expect(con.topology.laneIrqCpu).toEqual([0]);
  });

  test.each([
    ['echo 8 > /proc/irq/120/smp_affinity_list', 'bash: echo: write error: Numerical result out of range\n'],
    ['echo 0 > /proc/irq/120/smp_affinity', 'bash: echo: write error: Invalid argument\n'],
    ['echo 1ff > /proc/irq/120/smp_affinity', 'bash: echo: write error: Value too large for defined data type\n'],
    ['echo x > /proc/irq/120/smp_affinity_list', 'bash: echo: write error: Invalid argument\n'],
    ['echo 1 > /proc/irq/999/smp_affinity_list', 'bash: /proc/irq/999/smp_affinity_list: No such file or directory\n'],
    ['echo 1 > /proc/irq/120', 'bash: /proc/irq/120: Is a directory\n'],
    ['echo 1 > /proc/irq/120/effective_affinity', 'bash: echo: write error: Input/output error\n'],
    ['echo 1 > /sys/class/net/eth0/statistics/rx_packets', 'bash: /sys/class/net/eth0/statistics/rx_packets: Permission denied\n'],
    ['echo f > /sys/class/net/eth0/queues/rx-1/rps_cpus', 'bash: /sys/class/net/eth0/queues/rx-1/rps_cpus: No such file or directory\n'],
  ])('%s', (line, stderr) => {
    const con = fresh();
    const r = con.run(line);
    expect([r.stderr, r.exitCode, r.stateChanged]).toEqual([stderr, 1, false]);
  });

  test('echo … | tee writes too, and prints what it wrote', () => {
    const con = fresh();
    const r = con.run('echo 4 | sudo tee /proc/irq/120/smp_affinity');
    expect([r.stdout, r.exitCode]).toEqual(['4\n', 0]);
    expect(con.state.queues[0]!.irqAffinity).toBe(0b100);
  });

  test("rps_cpus reads back in the kernel's mask format; rps_flow_cnt rounds up to a power of two", () => {
    const con = fresh();
    con.run('echo e > /sys/class/net/eth0/queues/rx-0/rps_cpus');
    expect(con.run('cat /sys/class/net/eth0/queues/rx-0/rps_cpus').stdout).toBe('0e\n');
    con.run('echo 3000 > /sys/class/net/eth0/queues/rx-0/rps_flow_cnt');
    expect(con.run('cat /sys/class/net/eth0/queues/rx-0/rps_flow_cnt').stdout).toBe('4096\n');
  });
});
