/**
 * Properties of the receive-path simulation that hold for any parameters and
 * seed: packets are conserved, runs are reproducible, counters stay sane and
 * the drop log agrees with the Linux counters.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ReceivePathSim } from './model';
import { receivePathParams } from './params';
import { modelValues } from './run';
import { summarize } from './summary';
import { DROP_COUNTERS } from './drop-log';

const SAMPLE_NS = 20_000;
const NUM_RUNS = 40;

/** A partial of receivePathParams: any key may be missing (then the Linux default applies). */
const partialParams = fc.record(
  {
    link_gbps: fc.constantFrom(...receivePathParams.link_gbps.options.map((o) => o.value)),
    frame_bytes: fc.integer({ min: 64, max: 1518 }),
    load_pct: fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
    pattern: fc.integer({ min: 0, max: 2 }),
    burst_frames: fc.integer({ min: 2, max: 1024 }),
    flows: fc.integer({ min: 1, max: 4096 }),
    queues: fc.integer({ min: 1, max: 4 }),
    app_cpu: fc.integer({ min: 0, max: 1 }),
    mode: fc.integer({ min: 0, max: 1 }),
    ring_size: fc.integer({ min: 64, max: 4096 }),
    rx_usecs: fc.integer({ min: 0, max: 100 }),
    rx_frames: fc.integer({ min: 1, max: 256 }),
    adaptive_rx: fc.boolean(),
    dev_weight: fc.integer({ min: 1, max: 128 }),
    netdev_budget: fc.integer({ min: 1, max: 600 }),
    netdev_budget_usecs: fc.integer({ min: 1, max: 4000 }),
    netdev_max_backlog: fc.integer({ min: 1, max: 2000 }),
    rps: fc.boolean(),
    gro: fc.boolean(),
    rmem_default: fc.integer({ min: 4096, max: 4_194_304 }),
    busy_poll_us: fc.integer({ min: 0, max: 100 }),
    app_ns_per_packet: fc.integer({ min: 0, max: 5000 }),
    recv_batch: fc.integer({ min: 1, max: 64 }),
  },
  { requiredKeys: [] },
);

const scenario = fc.record({
  params: partialParams,
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  durationNs: fc.integer({ min: 1_000_000, max: 2_000_000 }),
});

type Scenario = { params: Record<string, number | boolean>; seed: number; durationNs: number };

function run({ params, seed, durationNs }: Scenario): ReceivePathSim {
  const sim = new ReceivePathSim(modelValues(params), seed, SAMPLE_NS);
  sim.advanceTo(durationNs);
  return sim;
}

const isSane = (x: number) => Number.isFinite(x) && x >= 0;

describe('receive path, for random parameters and seeds', () => {
  test('(a) conservation: offered = delivered + dropped + in flight at every sample and at the end', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sim = run(s);
        const rows = sim.series.rows();
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          if (r.offered !== r.delivered + r.dropped + r.in_flight) {
            expect(r, `row at ${r.t_ns} ns`).toEqual({ ...r, offered: r.delivered + r.dropped + r.in_flight });
          }
          // Packets waiting in queues are a subset of those in flight.
          expect(r.ring + r.backlog + r.socket).toBeLessThanOrEqual(r.in_flight);
        }
        // Cumulative columns never go down.
        for (let i = 1; i < rows.length; i++) {
          const a = rows[i - 1]!;
          const b = rows[i]!;
          expect(b.t_ns).toBeGreaterThan(a.t_ns);
          expect(b.offered >= a.offered && b.delivered >= a.delivered && b.dropped >= a.dropped).toBe(true);
        }
        expect(sim.offered).toBe(sim.delivered + sim.totalDrops + sim.inFlight);
        expect(sim.now).toBe(s.durationNs);
        // Every delivered packet has a latency sample, and UDP counts it.
        expect(sim.latency.count).toBe(sim.delivered);
        const c = sim.counters();
        expect(c.UdpInDatagrams).toBe(sim.delivered);
        // NIC accounting: what arrived was missed, taken off a ring, is still on a ring,
        // or is being read off its ring right now by some core (at most one per core).
        const onRings = sim.lanes.reduce((n, l) => n + l.ring.length, 0);
        const beingRead = sim.offered - c.rx_missed_errors - c.rx_packets - onRings;
        expect(beingRead).toBeGreaterThanOrEqual(0);
        expect(beingRead).toBeLessThanOrEqual(sim.cores.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('(b) determinism: the same values and seed give the same summary, stepping or jumping', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = JSON.stringify(summarize(run(s), 'prop'));
        const b = JSON.stringify(summarize(run(s), 'prop'));
        expect(b).toBe(a);
        // Event by event with step() reaches the same state as advanceTo().
        const stepped = new ReceivePathSim(modelValues(s.params), s.seed, SAMPLE_NS);
        while (stepped.nextEventTime() <= s.durationNs) stepped.step();
        stepped.advanceTo(s.durationNs);
        expect(JSON.stringify(summarize(stepped, 'prop'))).toBe(a);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('(c) counters, softnet_stat, CPU time and drop counts are finite and non-negative; CPU time fits in the run', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sim = run(s);
        for (const [k, v] of Object.entries(sim.counters())) expect(isSane(v), `counter ${k} = ${v}`).toBe(true);
        for (const core of sim.cores) {
          for (const k of ['processed', 'dropped', 'timeSqueeze', 'receivedRps'] as const) {
            expect(isSane(core[k]), `cpu ${core.id} ${k} = ${core[k]}`).toBe(true);
          }
        }
        for (const [cpu, t] of sim.cpuTime().entries()) {
          let total = 0;
          for (const [k, v] of Object.entries(t)) {
            expect(isSane(v), `cpu ${cpu} ${k} = ${v}`).toBe(true);
            total += v;
          }
          expect(total, `cpu ${cpu}: ${JSON.stringify(t)}`).toBeLessThanOrEqual(sim.now + 1e-6);
        }
        for (const [k, v] of Object.entries(sim.drops.byCounter)) expect(isSane(v), `drops ${k} = ${v}`).toBe(true);
        const sum = summarize(sim, 'prop');
        for (const u of sum.cpu_util) {
          for (const [k, v] of Object.entries(u)) expect(isSane(v), `cpu_util ${k} = ${v}`).toBe(true);
          expect(u.busy).toBeLessThanOrEqual(1);
        }
        expect(sum.delivered_share).toBeLessThanOrEqual(1);
        for (const q of ['p50', 'p99', 'p999', 'max', 'mean'] as const) expect(isSane(sum.latency_ns[q])).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('(d) the drop log agrees with the Linux counters', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sim = run(s);
        const by = sim.drops.byCounter;
        const total = DROP_COUNTERS.reduce((n, k) => n + by[k], 0);
        expect(total).toBe(sim.totalDrops);
        const c = sim.counters();
        expect(c.rx_missed_errors).toBe(by.rx_missed_errors);
        expect(c['softnet_stat.dropped']).toBe(by['softnet_stat.dropped']);
        expect(c.UdpRcvbufErrors).toBe(by.UdpRcvbufErrors);
        expect(c.rx_missed_errors + c['softnet_stat.dropped'] + c.UdpRcvbufErrors).toBe(sim.totalDrops);
        expect(c.UdpInErrors).toBe(c.UdpRcvbufErrors);
        expect(c.rx_dropped).toBe(c['softnet_stat.dropped']);
        // A first record exists exactly for the kinds that happened.
        const first = sim.drops.first();
        for (const k of DROP_COUNTERS) expect(first[k] !== undefined, k).toBe(by[k] > 0);
        // The ring of recent drops holds the latest min(total, 1024), in time order.
        const recent = sim.drops.recent();
        expect(recent.length).toBe(Math.min(sim.totalDrops, 1024));
        for (let i = 1; i < recent.length; i++) expect(recent[i]!.t_ns).toBeGreaterThanOrEqual(recent[i - 1]!.t_ns);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('snapshot shows every packet in flight exactly once', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sim = run(s);
        const snap = sim.snapshot(Infinity);
        expect(snap.now).toBe(sim.now);
        expect(snap.packets.length).toBe(sim.inFlight);
        expect(new Set(snap.packets.map((p) => p.serial)).size).toBe(snap.packets.length);
        const queued = (xs: Array<{ length: number }>) => xs.reduce((n, x) => n + x.length, 0);
        expect(snap.packets.filter((p) => p.stage === 'ring').length).toBe(queued(snap.rings));
        expect(snap.packets.filter((p) => p.stage === 'backlog').length).toBe(queued(snap.backlogs));
        expect(snap.packets.filter((p) => p.stage === 'socket').length).toBe(snap.sockets.reduce((n, x) => n + x.packets, 0));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
