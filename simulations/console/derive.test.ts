/**
 * From machine to model: the untouched machine is the stock preset, the
 * commands a careful administrator types reach the tuned preset, and each
 * placement of interrupts and threads lands on the model value the scheduler
 * would produce.
 */
import { describe, expect, test } from 'vitest';
import { APP_CPU } from '../models/receive-path/params';
import { STOCK_VALUES, TUNED_VALUES } from '../models/receive-path/tuned';
import { createConsole } from './console';
import { deriveValues, KNOBS } from './derive';
import { createMachineState } from './machine';

const knobsOf = (v: Partial<Record<string, unknown>>) => Object.fromEntries(KNOBS.map((k) => [k, v[k]]));

describe('stock and tuned', () => {
  test('the machine decides a value for every kernel knob, and nothing else', () => {
    const { values } = deriveValues(createMachineState());
    expect(Object.keys(values).sort()).toEqual([...KNOBS].sort());
    for (const k of KNOBS) expect(values[k], k).toBeDefined();
  });

  test('a freshly booted machine simulates the stock preset', () => {
    expect(deriveValues(createMachineState()).values).toEqual(knobsOf(STOCK_VALUES));
  });

  test('the commands behind the tuned preset yield exactly TUNED_VALUES', () => {
    const con = createConsole();
    for (const line of [
      'ethtool -G eth0 rx 4096',
      'sysctl -w net.core.netdev_budget=600',
      'ethtool -K eth0 gro off',
      'sysctl -w net.core.busy_read=50',
      'taskset -pc 1 4242',
    ]) {
      expect(con.run(line).exitCode, line).toBe(0);
    }
    expect(con.values).toEqual(knobsOf(TUNED_VALUES));
  });
});

describe('where the receiving thread runs', () => {
  test('unpinned, the thread follows its wake-up onto the interrupt CPU (same)', () => {
    expect(deriveValues(createMachineState()).values.app_cpu).toBe(APP_CPU.same);
  });

  test('pinned onto the interrupt CPU it is still same; pinned away it is other; moving the IRQ onto it makes it same again', () => {
    const con = createConsole();
    con.run('taskset -pc 0 4242');
    expect(con.values.app_cpu).toBe(APP_CPU.same);
    con.run('taskset -pc 3 4242');
    expect(con.values.app_cpu).toBe(APP_CPU.other);
    expect(con.topology.coreCpu).toEqual([0, 3]);
    const r = con.run('echo 3 > /proc/irq/120/smp_affinity_list');
    expect(r.valuesChanged).toBe(true);
    expect(con.values.app_cpu).toBe(APP_CPU.same);
    expect(con.topology.coreCpu).toEqual([3]);
  });

  test('with four queues, all threads on CPUs 4-7 is other, spread one per CPU', () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 4');
    con.run('taskset -apc 4-7 4242');
    expect(con.values.app_cpu).toBe(APP_CPU.other);
    expect(con.topology.laneIrqCpu).toEqual([0, 1, 2, 3]);
    expect(con.topology.coreCpu).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('pinning only the main thread away is a mixed placement: same, with a note', () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 2');
    const r = con.run('taskset -pc 5 4242');
    expect(con.values.app_cpu).toBe(APP_CPU.same);
    expect(r.notes.join(' ')).toContain('taskset -a changes them all');
    expect(r.notes.join(' ')).toContain('some receiving threads run away from the interrupt CPUs');
  });

  test("a thread pinned onto another queue's interrupt CPU counts as sharing (same) and says so", () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 2');
    const r = con.run('taskset -apc 1 4242');
    expect(con.values.app_cpu).toBe(APP_CPU.same);
    expect(r.notes.some((n) => n.includes('thread 4242') && n.includes("another queue's interrupt"))).toBe(true);
  });
});

describe('queues, RSS and RPS', () => {
  test('queues are the queues the RSS table uses', () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 4');
    expect(con.values.queues).toBe(4);
    con.run('ethtool -X eth0 equal 2');
    expect(con.values.queues).toBe(2);
    expect(con.topology.laneQueue).toEqual([0, 1]);
    con.run('ethtool -X eth0 weight 0 1 0 1');
    expect(con.topology.laneQueue).toEqual([1, 3]);
    expect(con.topology.laneIrqCpu).toEqual([1, 3]);
    con.run('ethtool -X eth0 default');
    expect(con.values.queues).toBe(4);
  });

  test('unequal weights are spread evenly in the simulation, with a note', () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 2');
    const r = con.run('ethtool -X eth0 weight 3 1');
    expect(con.values.queues).toBe(2);
    expect(r.notes.join(' ')).toMatch(/rx-0 96\/128, rx-1 32\/128/);
  });

  test('RPS is on when any used queue has a non-zero rps_cpus', () => {
    const con = createConsole();
    con.run('echo f > /sys/class/net/eth0/queues/rx-0/rps_cpus');
    expect(con.values.rps).toBe(true);
    con.run('echo 0 > /sys/class/net/eth0/queues/rx-0/rps_cpus');
    expect(con.values.rps).toBe(false);
  });

  test('two queues interrupting one CPU are noted; the model still gives each its own core', () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 2');
    const r = con.run('echo 0 > /proc/irq/121/smp_affinity_list');
    expect(r.notes.join(' ')).toContain('rx-0 and rx-1 interrupt the same CPU 0');
    expect(con.topology.coreCpu).toEqual([0, 0]);
    expect(con.values.queues).toBe(2);
  });
});

describe('sysctls and coalescing reach the model, within its ranges', () => {
  test('each modelled sysctl moves its knob', () => {
    const con = createConsole();
    con.run('sysctl -w net.core.netdev_budget_usecs=4000 net.core.netdev_max_backlog=5000 net.core.dev_weight=128 net.core.rmem_default=4194304');
    expect(con.values).toMatchObject({ netdev_budget_usecs: 4000, netdev_max_backlog: 5000, dev_weight: 128, rmem_default: 4194304 });
  });

  test('rmem_max and busy_poll are kept but change nothing in the simulation', () => {
    const con = createConsole();
    const a = con.run('sysctl -w net.core.rmem_max=16777216');
    const b = con.run('sysctl -w net.core.busy_poll=50');
    expect(a.stateChanged && b.stateChanged).toBe(true);
    expect(a.valuesChanged || b.valuesChanged).toBe(false);
    expect(a.notes.join(' ')).toContain('SO_RCVBUF');
    expect(b.notes.join(' ')).toContain('busy_read');
    expect(con.values).toEqual(knobsOf(STOCK_VALUES));
  });

  test('values beyond the model are clamped, with a note', () => {
    const con = createConsole();
    const r = con.run('ethtool -C eth0 rx-usecs 2000');
    expect(r.exitCode).toBe(0);
    expect(con.state.coalesce.rxUsecs).toBe(2000);
    expect(con.values.rx_usecs).toBe(1000);
    expect(r.notes.join(' ')).toContain('rx-usecs 2000 is outside what the simulation models');
  });
});
