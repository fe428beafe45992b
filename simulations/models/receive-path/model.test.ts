import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { calibrate, calibrationMarkdown, runScenario, SCENARIOS } from './calibration';
import { lineRatePps, ReceivePathSim, truesizeOf } from './model';
import { APP_CPU, MODE } from './params';
import { modelValues } from './run';
import { summarize } from './summary';
import { RMEM_DEFAULT } from './linux-defaults';

const summaryJson = (sim: ReceivePathSim) => JSON.stringify(summarize(sim, 't'));

describe('arrivals', () => {
  it('spaces 64-byte frames at 10 GbE exactly 67.2 ns apart on average, with integer times', () => {
    const sim = new ReceivePathSim(modelValues({ ring_size: 8192 }), 1);
    // Frame k (from 0) ends at floor((k+1) * 67.2) ns and lands DMA_NS later; 1 ms holds these:
    sim.advanceTo(1_000_000);
    const landed = sim.offered;
    // Count k ≥ 0 with floor((k+1)·672/10) + 800 ≤ 1e6  ⇔  (k+1)·672 < (1e6 − 800 + 1)·10.
    const expected = Math.ceil(((1_000_000 - 800 + 1) * 10) / 672) - 1;
    expect(landed).toBe(expected);
    expect(lineRatePps(10, 64)).toBeCloseTo(14_880_952.38, 1);
  });

  it('offers the load asked for', () => {
    for (const load_pct of [0.1, 25, 100]) {
      const s = runScenario({ id: 'x', label: '', values: { load_pct, link_gbps: 1 }, durationMs: 10 });
      expect(s.offered_pps / s.line_rate_pps).toBeCloseTo(load_pct / 100, 2);
    }
  });
});

describe('socket accounting', () => {
  it('charges SKB_TRUESIZE: 212992 bytes hold 256 small datagrams', () => {
    expect(truesizeOf(64)).toBe(832);
    expect(RMEM_DEFAULT / truesizeOf(64)).toBe(256);
    expect(truesizeOf(1518)).toBe(1536 + 576);
  });
});

describe('stepping', () => {
  it('gives the same result however the time is sliced (animation at any speed)', () => {
    const values = modelValues({ queues: 2, load_pct: 40, pattern: 1, busy_poll_us: 20 });
    const whole = new ReceivePathSim(values, 3);
    whole.advanceTo(2_000_000);
    const sliced = new ReceivePathSim(values, 3);
    for (let t = 1_237; t < 2_000_000; t += 1_237) sliced.advanceTo(t);
    sliced.advanceTo(2_000_000);
    const stepped = new ReceivePathSim(values, 3);
    while (stepped.nextEventTime() <= 2_000_000) stepped.step();
    stepped.advanceTo(2_000_000);
    expect(summaryJson(sliced)).toBe(summaryJson(whole));
    expect(summaryJson(stepped)).toBe(summaryJson(whole));
  });

  it('reset returns to time 0 and replays identically', () => {
    const sim = new ReceivePathSim(modelValues({ pattern: 1 }), 9);
    sim.advanceTo(500_000);
    const first = summaryJson(sim);
    sim.reset();
    expect(sim.now).toBe(0);
    expect(sim.offered).toBe(0);
    sim.advanceTo(500_000);
    expect(summaryJson(sim)).toBe(first);
  });

  it('snapshot shows every packet in flight where the counters say it is', () => {
    const sim = new ReceivePathSim(modelValues({ queues: 2, app_cpu: APP_CPU.other, rps: true }), 1);
    sim.advanceTo(300_000);
    const snap = sim.snapshot(1_000_000);
    expect(snap.packets.length).toBe(sim.inFlight);
    const inRings = snap.packets.filter((p) => p.stage === 'ring').length;
    expect(inRings).toBe(snap.rings.reduce((a, r) => a + r.length, 0));
    expect(snap.cores).toHaveLength(4);
    for (const p of snap.packets) expect(p.progress).toBeGreaterThanOrEqual(0);
    expect(new Set(snap.packets.map((p) => p.serial)).size).toBe(snap.packets.length);
    expect(snap.cores.some((c) => c.activity !== 'idle')).toBe(true);
  });
});

describe('mechanisms', () => {
  it('NAPI raises far fewer interrupts than packets once the CPU is saturated (NAPI_HOWTO’s “inherent mitigation”)', () => {
    // The interrupt CPU cannot keep up with 14.88 Mpps, so its ring never drains and NAPI keeps polling.
    const s = runScenario({ id: 'x', label: '', values: { link_gbps: 10, load_pct: 100, rx_usecs: 0, app_cpu: APP_CPU.other }, durationMs: 20 });
    expect(s.counters.interrupts).toBeLessThan(10);
    expect(s.counters.rx_packets).toBeGreaterThan(50_000);
    const irq = runScenario({ id: 'x', label: '', values: { link_gbps: 1, load_pct: 30, rx_usecs: 0, mode: MODE.irq }, durationMs: 20 });
    // One interrupt per packet (the last one may still be in flight when the run stops).
    expect(irq.counters.interrupts - irq.counters.rx_packets).toBeGreaterThanOrEqual(0);
    expect(irq.counters.interrupts - irq.counters.rx_packets).toBeLessThanOrEqual(1);
  });

  it('interrupt moderation trades interrupts for latency', () => {
    const none = runScenario({ id: 'x', label: '', values: { load_pct: 1, rx_usecs: 0 }, durationMs: 20 });
    const moderated = runScenario({ id: 'x', label: '', values: { load_pct: 1, rx_usecs: 50, rx_frames: 1024 }, durationMs: 20 });
    expect(moderated.counters.interrupts).toBeLessThan(none.counters.interrupts / 5);
    expect(moderated.latency_ns.p50).toBeGreaterThan(none.latency_ns.p50 + 10_000);
  });

  it('recvmmsg batching raises what one application CPU can take', () => {
    const single = runScenario({ id: 'x', label: '', values: { app_cpu: APP_CPU.other }, durationMs: 20 });
    const batched = runScenario({ id: 'x', label: '', values: { app_cpu: APP_CPU.other, recv_batch: 32 }, durationMs: 20 });
    expect(batched.delivered_pps).toBeGreaterThan(single.delivered_pps * 1.3);
  });

  it('busy polling on the interrupt CPU under overload keeps delivering: releasing the queue never loses its interrupt', () => {
    // Regression: re-arming from inside recv() raised the interrupt on the same
    // CPU mid-dispatch and the interrupt was lost, leaving the queue masked and unpolled.
    const stock = runScenario({ id: 'x', label: '', values: {}, durationMs: 20 });
    const busy = runScenario({ id: 'x', label: '', values: { busy_poll_us: 50 }, durationMs: 20 });
    expect(busy.delivered_pps).toBeGreaterThan(stock.delivered_pps * 0.5);
  });

  it('spreads flows over queues with RSS', () => {
    const s = runScenario({ id: 'x', label: '', values: { queues: 4, flows: 256, load_pct: 5 }, durationMs: 10 });
    const per = s.per_queue.map((q) => q.rx_packets);
    for (const n of per) expect(n).toBeGreaterThan(0.15 * s.counters.rx_packets);
    const one = runScenario({ id: 'x', label: '', values: { queues: 4, flows: 1, load_pct: 5 }, durationMs: 10 });
    expect(one.per_queue.filter((q) => q.rx_packets > 0)).toHaveLength(1);
  });
});

describe('calibration against published figures', () => {
  const calibration = calibrate();
  const { rows, curve } = calibration;
  it('docs/calibration.md shows the current table', () => {
    const readme = readFileSync(new URL('../../../docs/calibration.md', import.meta.url), 'utf8');
    expect(readme).toContain(calibrationMarkdown(calibration));
  });
  for (const row of rows) {
    it(`${row.what}: ${row.published} (model: ${row.model})`, () => {
      expect(row.holds).toBe(true);
    });
  }
  it('the livelock curve: interrupt per packet falls after its peak, NAPI does not', () => {
    const irq = curve.map((c) => c.irq_pps);
    const peak = irq.indexOf(Math.max(...irq));
    for (let i = peak + 1; i < irq.length; i++) expect(irq[i]).toBeLessThanOrEqual(irq[i - 1]!);
    const napi = curve.map((c) => c.napi_pps);
    for (let i = 1; i < napi.length; i++) expect(napi[i]).toBeGreaterThanOrEqual(0.95 * napi[i - 1]!);
  });
  it('stock at 64 B keeps the CPU saturated while tuned uses two CPUs', () => {
    const stock = runScenario(SCENARIOS.stock64);
    expect(stock.cpu_util).toHaveLength(1);
    expect(stock.cpu_util[0]!.busy).toBeGreaterThan(0.99);
    const tuned = runScenario(SCENARIOS.tuned64);
    expect(tuned.cpu_util).toHaveLength(2);
  });
});
