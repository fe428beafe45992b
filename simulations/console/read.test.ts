/**
 * The read commands print the simulation's counters where the real tools
 * would: each output is parsed back and compared with the numbers a
 * hand-made source put in, on the CPUs and queues the machine's state says.
 * Also the ledger: counters never go backwards across rebuilt simulations
 * and moved interrupts.
 */
import { describe, expect, test } from 'vitest';
import { ReceivePathSim } from '../models/receive-path/model';
import { modelValues } from '../models/receive-path/run';
import { createConsole } from './console';
import { core, FakeSource, lane } from './test-source';

/** softnet_stat as numbers: rows of fifteen columns. */
function softnet(text: string): number[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(' ').map((h) => Number.parseInt(h, 16)));
}

/** /proc/interrupts: IRQ (or CAL) → counts per CPU. */
function interrupts(text: string): Map<string, number[]> {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]!.trim().split(/\s+/)).toEqual(['CPU0', 'CPU1', 'CPU2', 'CPU3', 'CPU4', 'CPU5', 'CPU6', 'CPU7']);
  const out = new Map<string, number[]>();
  for (const l of lines.slice(1)) {
    const [label, rest] = l.split(':') as [string, string];
    out.set(label.trim(), rest.trim().split(/\s+/).slice(0, 8).map(Number));
  }
  return out;
}

/** ethtool -S as a record. */
function stats(text: string): Record<string, number> {
  expect(text.startsWith('NIC statistics:\n')).toBe(true);
  return Object.fromEntries(
    text
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => {
        expect(l.startsWith('     ')).toBe(true);
        const [k, v] = l.trim().split(': ');
        return [k, Number(v)];
      }),
  );
}

describe('one queue, stock placement', () => {
  const src = new FakeSource([lane(1000, 50, 7)], [core(900, { dropped: 3, timeSqueeze: 5, backlog: { length: 2 } })]);
  src.udpIn = 600;
  src.rcvbuf = 300;
  src.rxDropped = 3;
  src.offered = 1080;
  const con = createConsole({ read: () => src });

  test('softnet_stat: one line per CPU, column 1 is processed in hex, then dropped, time_squeeze; the CPU index in column 13', () => {
    const rows = softnet(con.run('cat /proc/net/softnet_stat').stdout);
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(r).toHaveLength(15);
    expect(rows[0]!.slice(0, 3)).toEqual([900, 3, 5]);
    expect(rows[0]![11]).toBe(2);
    expect(rows.map((r) => r[12])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rows.slice(1).every((r) => r[0] === 0)).toBe(true);
    expect(con.run('cat /proc/net/softnet_stat').stdout.split('\n')[0]!.startsWith('00000384 00000003 00000005 ')).toBe(true);
  });

  test('/proc/interrupts: IRQ 120 counts on CPU 0, where its affinity points', () => {
    const irqs = interrupts(con.run('cat /proc/interrupts').stdout);
    expect(irqs.get('120')).toEqual([7, 0, 0, 0, 0, 0, 0, 0]);
    expect(con.run('cat /proc/interrupts').stdout).toContain('IR-PCI-MSIX-0000:3b:00.0    1-edge      mlx5_comp0@pci:0000:3b:00.0\n');
  });

  test('ethtool -S: ring counters, rx_out_of_buffer, port counters, per-queue lines', () => {
    const s = stats(con.run('ethtool -S eth0').stdout);
    expect(s).toMatchObject({
      rx_packets: 1000,
      rx_bytes: 60000,
      rx_out_of_buffer: 50,
      ch_events: 7,
      rx_packets_phy: 1080,
      rx_bytes_phy: 1080 * 64,
      ch0_events: 7,
      rx0_packets: 1000,
    });
    expect(s.rx1_packets).toBeUndefined();
  });

  test('nstat -az and /proc/net/snmp: IP and UDP counters', () => {
    const n = con.run('nstat -az');
    const rows = Object.fromEntries(
      n.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => [l.slice(0, 32).trim(), Number(l.slice(32, 48))]),
    );
    expect(n.stdout.startsWith('#kernel\n')).toBe(true);
    expect(rows).toMatchObject({ IpInReceives: 900, IpInDelivers: 900, UdpInDatagrams: 600, UdpRcvbufErrors: 300, UdpInErrors: 300 });
    expect(rows.IpForwarding).toBeUndefined();
    expect(n.stdout.split('\n')[1]).toMatch(/^IpInReceives {20}900 {13}   0\.0$/);
    const snmp = con.run('grep ^Udp: /proc/net/snmp').stdout.split('\n');
    expect(snmp[1]).toBe('Udp: 600 0 300 0 300 0 0 0 0');
  });

  test('ip -s link and /proc/net/dev: bytes, packets, dropped, missed', () => {
    const out = con.run('ip -s link show eth0').stdout.split('\n');
    expect(out[0]).toBe('2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000');
    expect(out[2]).toBe('    RX:  bytes packets errors dropped  missed   mcast           ');
    expect(out[3]!.trim().split(/\s+/).map(Number)).toEqual([60000, 1000, 0, 3, 50, 0]);
    const dev = con.run('cat /proc/net/dev').stdout.split('\n');
    const eth0 = dev
      .find((l) => l.trimStart().startsWith('eth0:'))!
      .split(':')[1]!
      .trim()
      .split(/\s+/)
      .map(Number);
    // /proc/net/dev folds missed into drop.
    expect(eth0.slice(0, 4)).toEqual([60000, 1000, 0, 53]);
    expect(con.run('cat /sys/class/net/eth0/statistics/rx_missed_errors').stdout).toBe('50\n');
  });

  test('nstat without -a shows what changed since its last run', () => {
    const c = createConsole({ read: () => src });
    c.run('nstat');
    src.udpIn += 25;
    const second = c.run('nstat').stdout.split('\n');
    expect(second).toContain(`UdpInDatagrams${' '.repeat(18)}25${' '.repeat(14)}   0.0`);
    expect(second.some((l) => l.startsWith('IpInReceives'))).toBe(false);
    src.udpIn -= 25;
  });
});

describe('two queues, IRQ moved, threads pinned away', () => {
  test("counts land on the CPUs of the machine's placement", () => {
    const src = new FakeSource([lane(0), lane(0)], [core(0), core(0), core(0), core(0)]);
    const con = createConsole({ read: () => src });
    con.run('ethtool -L eth0 combined 2');
    con.run('echo 5 > /proc/irq/121/smp_affinity_list');
    con.run('taskset -apc 6-7 4242');
    expect(con.topology).toEqual({ laneQueue: [0, 1], laneIrqCpu: [0, 5], coreCpu: [0, 5, 6, 7] });
    src.lanes = [lane(100, 0, 3), lane(200, 0, 4)];
    src.cores = [core(100), core(200), core(0, { receivedRps: 9 }), core(0)];
    const rows = softnet(con.run('cat /proc/net/softnet_stat').stdout);
    expect(rows.map((r) => r[0])).toEqual([100, 0, 0, 0, 0, 200, 0, 0]);
    expect(rows[6]![9]).toBe(9);
    const irqs = interrupts(con.run('cat /proc/interrupts').stdout);
    expect(irqs.get('120')).toEqual([3, 0, 0, 0, 0, 0, 0, 0]);
    expect(irqs.get('121')).toEqual([0, 0, 0, 0, 0, 4, 0, 0]);
    expect(irqs.get('CAL')).toEqual([0, 0, 0, 0, 0, 0, 9, 0]);
    expect(stats(con.run('ethtool -S eth0').stdout)).toMatchObject({ rx0_packets: 100, rx1_packets: 200, ch1_events: 4 });
  });
});

describe('counters only grow', () => {
  test('across a moved interrupt, a new simulation and a reset one', () => {
    const first = new FakeSource([lane(100, 0, 1)], [core(100)]);
    let src: FakeSource = first;
    const con = createConsole({ read: () => src });
    const cpu = () => softnet(con.run('cat /proc/net/softnet_stat').stdout).map((r) => r[0]);
    expect(cpu()).toEqual([100, 0, 0, 0, 0, 0, 0, 0]);
    // The interrupt moves to CPU 3: what CPU 0 counted stays there.
    con.run('echo 3 > /proc/irq/120/smp_affinity_list');
    first.cores = [core(150)];
    expect(cpu()).toEqual([100, 0, 0, 50, 0, 0, 0, 0]);
    // A new simulation counts from zero; the old one's counts are kept.
    first.cores = [core(170)];
    src = new FakeSource([lane(10)], [core(10)]);
    expect(cpu()).toEqual([100, 0, 0, 80, 0, 0, 0, 0]);
    // The same simulation reset in place (its counters went down).
    src.cores = [core(2)];
    src.now = 0;
    expect(cpu()).toEqual([100, 0, 0, 82, 0, 0, 0, 0]);
  });

  test('reset() starts the machine over with counters from zero', () => {
    const src = new FakeSource([lane(100)], [core(100)]);
    const con = createConsole({ read: () => src });
    con.run('ethtool -G eth0 rx 4096');
    con.reset();
    expect(con.values.ring_size).toBe(1024);
    expect(con.changes).toEqual([]);
    expect(softnet(con.run('cat /proc/net/softnet_stat').stdout)[0]![0]).toBe(0);
    src.cores = [core(130)];
    expect(softnet(con.run('cat /proc/net/softnet_stat').stdout)[0]![0]).toBe(30);
  });
});

describe('with the real simulation', () => {
  test("softnet_stat column 1 is the model core's processed count; ethtool -S matches the model's lanes", () => {
    const sim = new ReceivePathSim(modelValues({ queues: 2, app_cpu: 1 }), 3);
    const con = createConsole({ read: () => sim });
    con.run('ethtool -L eth0 combined 2');
    con.run('taskset -apc 2-3 4242');
    expect(con.values).toMatchObject({ queues: 2, app_cpu: 1 });
    sim.advanceTo(1_000_000);
    const rows = softnet(con.run('cat /proc/net/softnet_stat').stdout);
    expect(con.topology.coreCpu).toEqual([0, 1, 2, 3]);
    sim.cores.forEach((c, i) => expect(rows[con.topology.coreCpu[i]!]![0]).toBe(c.processed));
    const s = stats(con.run('ethtool -S eth0').stdout);
    expect(s.rx_packets).toBe(sim.counters().rx_packets);
    expect(s.rx_out_of_buffer).toBe(sim.counters().rx_missed_errors);
    expect(s.rx0_packets! + s.rx1_packets!).toBe(sim.counters().rx_packets);
    expect(con.needsCounters('ethtool -S eth0 | grep rx')).toBe(true);
    expect(con.needsCounters('cat /proc/irq/*/smp_affinity_list')).toBe(false);
    expect(con.needsCounters('grep . /proc/net/softnet_stat')).toBe(true);
    expect(con.needsCounters('ethtool -g eth0')).toBe(false);
  });
});
