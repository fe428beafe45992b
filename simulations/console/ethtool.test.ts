/**
 * ethtool's write commands: each changes the machine and the model values as
 * the real NIC would, and each refusal prints ethtool's own text with its
 * exit status (netlink errors with the kernel's extack message and offset).
 */
import { describe, expect, test } from 'vitest';
import { createConsole } from './console';

const fresh = () => createConsole();

/** The value after "Label:" in the Current section of `ethtool -g` / `-l`. */
function current(output: string, label: string): string {
  const section = output.split('Current hardware settings:\n')[1]!;
  const line = section.split('\n').find((l) => l.startsWith(`${label}:`))!;
  return line.slice(label.length + 1).trim();
}

describe('ethtool -G (ring)', () => {
  test('sets the RX ring: -g shows it under Current hardware settings and the model gets it', () => {
    const con = fresh();
    const r = con.run('ethtool -G eth0 rx 4096');
    expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: '', stateChanged: true, valuesChanged: true });
    expect(con.values.ring_size).toBe(4096);
    const g = con.run('ethtool -g eth0').stdout;
    expect(current(g, 'RX')).toBe('4096');
    expect(g.split('Current hardware settings:')[0]).toContain('RX:\t\t\t8192');
  });

  test('mlx5 rounds up to a power of two', () => {
    const con = fresh();
    const r = con.run('ethtool -G eth0 rx 3000');
    expect(con.values.ring_size).toBe(4096);
    expect(r.notes.join(' ')).toContain('power of two');
  });

  test('the same size again changes nothing and prints nothing', () => {
    const r = fresh().run('ethtool -G eth0 rx 1024');
    expect(r).toMatchObject({ exitCode: 0, output: '', stateChanged: false });
  });

  test.each([
    ['ethtool -G eth0 rx 16384', 'netlink error: requested ring size exceeds maximum (offset 36)\nnetlink error: Invalid argument\n', 81],
    ['ethtool -G eth0 tx 1024 rx 9000', 'netlink error: requested ring size exceeds maximum (offset 44)\nnetlink error: Invalid argument\n', 81],
    ['ethtool -G eth0 rx-mini 16', 'netlink error: requested ring size exceeds maximum (offset 36)\nnetlink error: Invalid argument\n', 81],
    ['ethtool -G eth0 rx 32', 'netlink error: Invalid argument\n', 81],
    ['ethtool -G eth0 rx-buf-len 4096', 'netlink error: setting rx buf len not supported (offset 36)\nnetlink error: Operation not supported\n', 81],
    ['ethtool -G eth0 rx', "ethtool (-G): no value for parameter 'rx'\n", 1],
    ['ethtool -G eth0 rx lots', "ethtool (-G): invalid value 'lots' for parameter 'rx'\n", 1],
    ['ethtool -G eth0 bogus 1', "ethtool (-G): unknown parameter 'bogus'\n", 1],
    ['ethtool -G eth1 rx 4096', 'netlink error: no device matches name (offset 24)\nnetlink error: No such device\n', 81],
  ])('%s is refused', (line, stderr, code) => {
    const con = fresh();
    const r = con.run(line);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(code);
    expect(r.stateChanged).toBe(false);
    expect(con.values.ring_size).toBe(1024);
  });
});

describe('ethtool -C (coalescing)', () => {
  test('rx-usecs, rx-frames and adaptive-rx reach the model and show in -c', () => {
    const con = fresh();
    expect(con.run('ethtool -C eth0 rx-usecs 50 rx-frames 64 adaptive-rx on').exitCode).toBe(0);
    expect(con.values).toMatchObject({ rx_usecs: 50, rx_frames: 64, adaptive_rx: true });
    const c = con.run('ethtool -c eth0').stdout;
    expect(c).toContain('Adaptive RX: on  TX: on\n');
    expect(c).toContain('\nrx-usecs:\t50\nrx-frames:\t64\n');
  });

  test.each([
    ['ethtool -C eth0 rx-usecs 5000', 'netlink error: Numerical result out of range\n', 1],
    ['ethtool -C eth0 rx-usecs 8 pkt-rate-low 10', 'netlink error: cannot modify an unsupported parameter (offset 44)\nnetlink error: Invalid argument\n', 1],
    ['ethtool -C eth0 adaptive-rx maybe', "ethtool (-C): invalid value 'maybe' for parameter 'adaptive-rx'\n", 1],
  ])('%s is refused', (line, stderr, code) => {
    const r = fresh().run(line);
    expect([r.stderr, r.exitCode, r.stateChanged]).toEqual([stderr, code, false]);
  });
});

describe('ethtool -L (channels)', () => {
  test('combined N opens N queues: -l, -x, /proc/interrupts and the rx-N directories follow', () => {
    const con = fresh();
    const r = con.run('ethtool -L eth0 combined 4');
    expect(r.exitCode).toBe(0);
    expect(con.values.queues).toBe(4);
    expect(current(con.run('ethtool -l eth0').stdout, 'Combined')).toBe('4');
    expect(con.run('ethtool -x eth0').stdout).toContain('with 4 RX ring(s):\n    0:      0     1     2     3     0     1     2     3\n');
    expect(
      con
        .run('cat /proc/interrupts')
        .stdout.split('\n')
        .filter((l) => /mlx5_comp\d/.test(l)),
    ).toHaveLength(4);
    expect(con.run('ls -1 /sys/class/net/eth0/queues').stdout).toBe('rx-0\nrx-1\nrx-2\nrx-3\n');
    expect(con.run('taskset -p 4245').stdout).toBe("pid 4245's current affinity mask: ff\n");
  });

  test.each([
    ['ethtool -L eth0 combined 9', 'netlink error: requested channel count exceeds maximum (offset 36)\nnetlink error: Invalid argument\n'],
    ['ethtool -L eth0 rx 2', 'netlink error: requested channel count exceeds maximum (offset 36)\nnetlink error: Invalid argument\n'],
    [
      'ethtool -L eth0 combined 0',
      'netlink error: requested channel counts would result in no RX or TX channel being configured (offset 36)\nnetlink error: Invalid argument\n',
    ],
  ])('%s is refused with exit 1', (line, stderr) => {
    const r = fresh().run(line);
    expect([r.stderr, r.exitCode, r.stateChanged]).toEqual([stderr, 1, false]);
  });

  test('a hand-set RSS table must fit the new count', () => {
    const con = fresh();
    con.run('ethtool -L eth0 combined 4');
    con.run('ethtool -X eth0 equal 4');
    const r = con.run('ethtool -L eth0 combined 2');
    expect(r.stderr).toBe('netlink error: requested channel counts are too low for existing indirection table settings\nnetlink error: Invalid argument\n');
    expect(r.exitCode).toBe(1);
    con.run('ethtool -X eth0 default');
    expect(con.run('ethtool -L eth0 combined 2').exitCode).toBe(0);
  });
});

describe('ethtool -K (features)', () => {
  test('gro off reaches the model and -k shows generic-receive-offload: off', () => {
    const con = fresh();
    const r = con.run('ethtool -K eth0 gro off');
    expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(con.values.gro).toBe(false);
    expect(con.run('ethtool -k eth0').stdout).toContain('\ngeneric-receive-offload: off\n');
    con.run('ethtool -K eth0 rx-gro on');
    expect(con.values.gro).toBe(true);
  });

  test('a fixed feature cannot change: the changes that did not happen, then the complaint', () => {
    const r = fresh().run('ethtool -K eth0 loopback on');
    expect(r.stdout).toBe('Actual changes:\nloopback: off [requested on]\n');
    expect(r.stderr).toBe('Could not change any device features\n');
    expect(r.exitCode).toBe(1);
  });

  test('an unknown feature fails in the kernel, at the offset of its name', () => {
    const r = fresh().run('ethtool -K eth0 foo on');
    expect(r.stderr).toBe('netlink error: bit name not found (offset 56)\nnetlink error: Operation not supported\n');
    expect(r.exitCode).toBe(92);
    const second = fresh().run('ethtool -K eth0 tx-nocache-copy on foo on');
    expect(second.stderr).toContain('(offset 84)');
  });

  test("a missing on/off is ethtool's parser error", () => {
    expect(fresh().run('ethtool -K eth0 gro').stderr).toBe("ethtool (-K): flag '(null)' for parameter '(null)' is not followed by 'on' or 'off'\n");
  });
});

describe('ethtool -X (RSS)', () => {
  test('equal, weight and default rewrite the table that -x prints', () => {
    const con = fresh();
    con.run('ethtool -L eth0 combined 4');
    con.run('ethtool -X eth0 weight 1 1 2 0');
    const x = con.run('ethtool -x eth0').stdout;
    const table = x
      .split('\n')
      .filter((l) => /^\s+\d+:/.test(l))
      .flatMap((l) => l.split(':')[1]!.trim().split(/\s+/).map(Number));
    expect(table).toHaveLength(128);
    expect(table.slice(0, 32).every((q) => q === 0)).toBe(true);
    expect(table.slice(32, 64).every((q) => q === 1)).toBe(true);
    expect(table.slice(64).every((q) => q === 2)).toBe(true);
  });

  test("a queue beyond the rings is the kernel's EINVAL; bad words are ethtool's bad arguments", () => {
    const con = fresh();
    const r = con.run('ethtool -X eth0 equal 2');
    expect(r.stderr).toBe('Cannot set RX flow hash configuration: Invalid argument\n');
    expect(r.exitCode).toBe(1);
    expect(con.run('ethtool -X eth0 sideways').stderr).toBe('ethtool: bad command line argument(s)\nFor more information run ethtool -h\n');
    expect(con.run('ethtool -X eth0 weight 0 0').stderr).toBe('At least one weight must be non-zero\n');
    expect(con.run('ethtool -X eth1 equal 1').stderr).toBe('Cannot get RX ring count: No such device\n');
  });
});

describe('ethtool reading other devices and bad command lines', () => {
  test.each([
    ['ethtool -g eth1', 'netlink error: no device matches name (offset 24)\nnetlink error: No such device\n', 1],
    ['ethtool -S eth1', 'Cannot get stats strings information: No such device\n', 96],
    ['ethtool -Q eth0', 'ethtool: bad command line argument(s)\nFor more information run ethtool -h\n', 1],
    ['ethtool -g', 'ethtool: bad command line argument(s)\nFor more information run ethtool -h\n', 1],
    ['ethtool -g eth0 extra', "ethtool: unexpected parameter 'extra'\n", 1],
  ])('%s', (line, stderr, code) => {
    const r = fresh().run(line);
    expect([r.stderr, r.exitCode]).toEqual([stderr, code]);
  });
});
