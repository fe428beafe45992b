/**
 * Constructed overloads, one per place a Linux receive path drops packets.
 * Each case is tuned so that exactly one kind of drop happens, and checks that
 * the matching Linux counter moves while the others stay at zero.
 */
import { describe, expect, test } from 'vitest';
import { explainDrop, type DropCounter, type DropPlace, type DropRecord } from './drop-log';
import { ReceivePathSim, type Counters } from './model';
import { APP_CPU, MODE, PATTERN } from './params';
import { modelValues } from './run';
import { runScenario } from './calibration';
import { DROP_SCENARIOS } from './drop-scenarios';
import { summarize } from './summary';

const BIG_RMEM = 67_108_864;

function runCase(params: Record<string, number | boolean>, ms = 2, seed = 1) {
  const sim = new ReceivePathSim(modelValues(params), seed, 20_000);
  sim.advanceTo(ms * 1e6);
  return { sim, c: sim.counters() };
}

/** The three drop counters (and their twins rx_dropped / UdpInErrors) as one object. */
const dropCounters = (c: Counters) => ({
  rx_missed_errors: c.rx_missed_errors,
  'softnet_stat.dropped': c['softnet_stat.dropped'],
  rx_dropped: c.rx_dropped,
  UdpRcvbufErrors: c.UdpRcvbufErrors,
  UdpInErrors: c.UdpInErrors,
});

/** What explainDrop must name for each kind, as the tools print it. */
const COUNTER_WORDS: Record<DropCounter, RegExp> = {
  rx_missed_errors: /rx_missed_errors/,
  'softnet_stat.dropped': /softnet_stat/,
  UdpRcvbufErrors: /RcvbufErrors/,
};

/** Checks the first record of a kind, its explanation and find() on the latest drop. */
function checkRecords(sim: ReceivePathSim, counter: DropCounter, place: DropPlace): DropRecord {
  const first = sim.drops.first();
  expect(Object.keys(first)).toEqual([counter]);
  const d = first[counter]!;
  expect(d.place).toBe(place);
  expect(d.counter).toBe(counter);
  expect(d.t_ns).toBeGreaterThan(0);
  expect(d.t_ns).toBeLessThanOrEqual(sim.now);
  // The place was full before this packet came.
  expect(d.full_since_ns).toBeGreaterThanOrEqual(0);
  expect(d.full_since_ns).toBeLessThanOrEqual(d.t_ns);
  expect(d.serial).toBeGreaterThanOrEqual(0);
  expect(d.serial).toBeLessThan(sim.offered);
  expect(d.cpu_doing).toMatch(new RegExp(`^CPU ${d.cpu} was running `));

  const sentences = explainDrop(d);
  expect(sentences.length).toBeGreaterThanOrEqual(3);
  for (const s of sentences) {
    expect(s.trim().length).toBeGreaterThan(0);
    expect(s).not.toMatch(/undefined|NaN/);
  }
  expect(sentences.join(' ')).toMatch(COUNTER_WORDS[counter]);

  // The most recent drops are in the log, findable by serial, in arrival order.
  const recent = sim.drops.recent();
  expect(recent.length).toBe(Math.min(sim.totalDrops, 1024));
  for (const r of recent) expect(r.counter).toBe(counter);
  for (let i = 1; i < recent.length; i++) {
    expect(recent[i]!.t_ns).toBeGreaterThanOrEqual(recent[i - 1]!.t_ns);
    expect(recent[i]!.serial).toBeGreaterThan(recent[i - 1]!.serial);
  }
  const last = recent[recent.length - 1]!;
  expect(sim.drops.find(last.serial)).toEqual(last);
  const mid = recent[recent.length >> 1]!;
  expect(sim.drops.find(mid.serial)).toEqual(mid);
  expect(sim.drops.recent(3)).toEqual(recent.slice(-3));
  expect(sim.drops.find(-1)).toBeUndefined();
  expect(sim.drops.find(sim.offered + 10)).toBeUndefined();
  expect(summarize(sim, 'drops').first_drops).toEqual(first);
  return d;
}

describe('each drop is counted where Linux counts it, and nowhere else', () => {
  test('(i) RX ring full ⇒ rx_missed_errors', () => {
    // 14.88 Mpps of 64-byte frames into a 64-descriptor ring: one core cannot keep up.
    const { sim, c } = runCase({ link_gbps: 10, frame_bytes: 64, load_pct: 100, ring_size: 64, rmem_default: BIG_RMEM, app_cpu: APP_CPU.other });
    const missed = c.rx_missed_errors;
    expect(missed).toBeGreaterThan(1000);
    expect(dropCounters(c)).toEqual({ rx_missed_errors: missed, 'softnet_stat.dropped': 0, rx_dropped: 0, UdpRcvbufErrors: 0, UdpInErrors: 0 });
    expect(sim.lanes[0]!.rxMissed).toBe(missed);
    expect(sim.totalDrops).toBe(missed);
    const d = checkRecords(sim, 'rx_missed_errors', 'nic-ring');
    expect(d.capacity).toBe(64);
    expect(d.occupancy).toBe(64);
    expect(d.queue).toBe(0);
    expect(d.cpu).toBe(0); // the CPU taking rx-0's interrupt
    expect(explainDrop(d)[0]).toMatch(/all 64 descriptors/);
  });

  test('(ii) socket receive buffer full ⇒ UdpRcvbufErrors, and UdpInErrors with it', () => {
    // A reader that needs 20 µs per datagram and a 4 KiB buffer: the socket overflows, the kernel keeps up.
    const { sim, c } = runCase({ rmem_default: 4096, app_ns_per_packet: 20_000, app_cpu: APP_CPU.other, load_pct: 5 });
    const errors = c.UdpRcvbufErrors;
    expect(errors).toBeGreaterThan(100);
    expect(dropCounters(c)).toEqual({ rx_missed_errors: 0, 'softnet_stat.dropped': 0, rx_dropped: 0, UdpRcvbufErrors: errors, UdpInErrors: errors });
    expect(sim.totalDrops).toBe(errors);
    const d = checkRecords(sim, 'UdpRcvbufErrors', 'socket');
    expect(d.capacity).toBe(4096);
    expect(d.occupancy).toBeGreaterThan(d.capacity);
    expect(d.cpu).toBe(sim.apps[0]!.cpu);
    expect(d.cpu).toBe(1);
  });

  test('(iii) backlog full with RPS ⇒ softnet_stat.dropped on the target CPU, and rx_dropped', () => {
    // RPS steers every packet to the application's CPU, whose backlog holds one packet.
    const { sim, c } = runCase({ rps: true, app_cpu: APP_CPU.other, netdev_max_backlog: 1, load_pct: 10, rmem_default: BIG_RMEM });
    const dropped = c['softnet_stat.dropped'];
    expect(dropped).toBeGreaterThan(100);
    expect(dropCounters(c)).toEqual({ rx_missed_errors: 0, 'softnet_stat.dropped': dropped, rx_dropped: dropped, UdpRcvbufErrors: 0, UdpInErrors: 0 });
    expect(sim.cores.map((k) => k.dropped)).toEqual([0, dropped]);
    expect(c['softnet_stat.received_rps']).toBeGreaterThan(0);
    const d = checkRecords(sim, 'softnet_stat.dropped', 'backlog');
    expect(d.cpu).toBe(1);
    expect(d.capacity).toBe(1);
    expect(d.occupancy).toBe(1);
    expect(explainDrop(d)[0]).toMatch(/backlog of CPU 1/);
  });

  test('(iii) backlog full in IRQ-per-packet mode ⇒ softnet_stat.dropped, and rx_dropped', () => {
    // netif_rx from the interrupt handler: bursts of 128 back-to-back frames into a one-packet backlog.
    const { sim, c } = runCase({
      mode: MODE.irq,
      netdev_max_backlog: 1,
      pattern: PATTERN.bursty,
      burst_frames: 128,
      load_pct: 2,
      rx_frames: 1,
      rmem_default: BIG_RMEM,
    });
    const dropped = c['softnet_stat.dropped'];
    expect(dropped).toBeGreaterThan(100);
    expect(dropCounters(c)).toEqual({ rx_missed_errors: 0, 'softnet_stat.dropped': dropped, rx_dropped: dropped, UdpRcvbufErrors: 0, UdpInErrors: 0 });
    const d = checkRecords(sim, 'softnet_stat.dropped', 'backlog');
    expect(d.cpu).toBe(0);
    expect(d.capacity).toBe(1);
  });

  test('(iv) running out of netdev_budget counts time_squeeze, even with no drops', () => {
    // One packet per softirq run: every poll that leaves work behind is a squeeze.
    const { sim, c } = runCase({ netdev_budget: 1, dev_weight: 1, load_pct: 10, app_cpu: APP_CPU.other, rmem_default: BIG_RMEM });
    expect(c['softnet_stat.time_squeeze']).toBeGreaterThan(100);
    expect(sim.totalDrops).toBe(0);
    expect(sim.cores[0]!.timeSqueeze).toBe(c['softnet_stat.time_squeeze']);
    // The same traffic with the default budget never squeezes.
    const base = runCase({ load_pct: 10, app_cpu: APP_CPU.other, rmem_default: BIG_RMEM });
    expect(base.c['softnet_stat.time_squeeze']).toBe(0);
  });

  test('(iv) netdev_budget 1 or netdev_budget_usecs 1 at line rate squeezes more than the defaults', () => {
    const p = { link_gbps: 10, frame_bytes: 64, load_pct: 100, app_cpu: APP_CPU.other, rmem_default: BIG_RMEM };
    const defaults = runCase(p).c['softnet_stat.time_squeeze'];
    const byPackets = runCase({ ...p, netdev_budget: 1 }).c['softnet_stat.time_squeeze'];
    const byTime = runCase({ ...p, netdev_budget_usecs: 1 }).c['softnet_stat.time_squeeze'];
    expect(byPackets).toBeGreaterThan(0);
    expect(byTime).toBeGreaterThan(0);
    expect(byPackets).toBeGreaterThan(defaults);
    expect(byTime).toBeGreaterThan(defaults);
  });

  test('(iv) a huge budget at low load never squeezes', () => {
    for (const mode of [MODE.napi, MODE.irq]) {
      const { sim, c } = runCase({ netdev_budget: 10_000, netdev_budget_usecs: 100_000, load_pct: 1, mode });
      expect(c['softnet_stat.time_squeeze']).toBe(0);
      expect(sim.totalDrops).toBe(0);
      expect(sim.delivered).toBeGreaterThan(0);
    }
  });
});

test('a run with no overload drops nothing and explains nothing', () => {
  const { sim, c } = runCase({ load_pct: 1 });
  expect(dropCounters(c)).toEqual({ rx_missed_errors: 0, 'softnet_stat.dropped': 0, rx_dropped: 0, UdpRcvbufErrors: 0, UdpInErrors: 0 });
  expect(sim.drops.first()).toEqual({});
  expect(sim.drops.recent()).toEqual([]);
  expect(sim.drops.find(0)).toBeUndefined();
});

describe('chapter 3 exercise scenarios', () => {
  for (const s of DROP_SCENARIOS) {
    test(`${s.id} loses packets only under ${s.answer}`, () => {
      const r = runScenario({ id: s.id, label: s.setup, values: s.params, durationMs: 20 });
      expect(r.drops[s.answer]).toBeGreaterThan(0);
      for (const [k, n] of Object.entries(r.drops)) if (k !== s.answer) expect(n, k).toBe(0);
      expect(r.first_drops[s.answer]?.counter).toBe(s.answer);
    });
  }
});

describe('drop log lookups', () => {
  test('latest() and visitRecent() agree with the materialised recent drops', () => {
    const r = new ReceivePathSim(modelValues({ ring_size: 64 }), 1);
    r.advanceTo(2_000_000);
    const recent = r.drops.recent();
    const lastMissed = [...recent].reverse().find((d) => d.counter === 'rx_missed_errors');
    expect(lastMissed).toBeDefined();
    expect(r.drops.latest('rx_missed_errors')).toEqual(lastMissed);
    const visited: Array<[string, number, number]> = [];
    r.drops.visitRecent(5, (place, queue, serial) => visited.push([place, queue, serial]));
    expect(visited).toEqual(recent.slice(-5).map((d) => [d.place, d.queue, d.serial]));
    expect(r.drops.latest('softnet_stat.dropped')).toBeUndefined();
  });
});
