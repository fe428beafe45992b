/**
 * Simulation figures for `npm run bench`: speed of the bare event queue, wall
 * time of the receive-path model at 10 GbE line rate on 4 queues, heap after
 * 100 ms vs 1 s of simulated time, and the calibration against published
 * figures. Timings vary by machine and load; they are printed, never asserted.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EventQueue } from '../simulations/engine/event-queue';
import { Rng } from '../simulations/engine/rng';
import { calibrate, TUNING_RUN, TUNING_STEPS, lineRatePps, ReceivePathSim, modelValues, runReceivePath } from '../simulations/models/receive-path';
import { calibrate as calibrateStacks, stackSweep } from '../simulations/models/stacks';

/**
 * Classic "hold" benchmark: pop the earliest event, schedule one a random time
 * later, with a fixed number pending. 64 pending is the receive-path model's
 * scale (an event per CPU, a timer per queue, the next arrival: under 50 at
 * 16 queues); 1,000 shows how it degrades (log n) with a deeper calendar.
 */
export function engineEventsPerSecond(pending = 64): { pending: number; events: number; ms: number; events_per_s: number } {
  const q = new EventQueue(1024);
  const rng = new Rng(1);
  for (let i = 0; i < pending; i++) q.push(Math.floor(rng.float() * 1000), 0, i);
  // Random increments drawn beforehand, so the loop times the queue, not the generator.
  const steps = Int32Array.from({ length: 4096 }, () => 1 + rng.below(1000));
  const hold = (n: number) => {
    for (let i = 0; i < n; i++) {
      q.pop();
      q.push(q.popTime + steps[i & 4095]!, q.popKind, q.popA);
    }
  };
  hold(1_000_000); // JIT warm-up
  const n = 10_000_000;
  const start = performance.now();
  hold(n);
  const ms = performance.now() - start;
  return { pending, events: n, ms: Math.round(ms), events_per_s: Math.round((n / ms) * 1000) };
}

const FOUR_QUEUES = { link_gbps: 10, frame_bytes: 64, load_pct: 100, queues: 4 };

export function receivePathSpeed(simulatedMs = 100) {
  // Warm the JIT on a short run so the figure is the model, not the compiler.
  new ReceivePathSim(modelValues(FOUR_QUEUES), 2).advanceTo(5e6);
  const sim = new ReceivePathSim(modelValues(FOUR_QUEUES), 1);
  const start = performance.now();
  sim.advanceTo(simulatedMs * 1e6);
  const ms = performance.now() - start;
  return {
    scenario: '10 GbE, 64 B, 100 % load, 4 queues, stock',
    simulated_ms: simulatedMs,
    wall_ms: Math.round(ms),
    events: sim.events,
    events_per_s: Math.round((sim.events / ms) * 1000),
    packets: sim.offered,
    slower_than_real_time: Number((ms / simulatedMs).toFixed(1)),
  };
}

function gc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function heapGrowth() {
  const collect = gc();
  const sim = new ReceivePathSim(modelValues(FOUR_QUEUES), 1);
  sim.advanceTo(100e6);
  collect();
  const at100 = process.memoryUsage().heapUsed;
  sim.advanceTo(1000e6);
  collect();
  const at1000 = process.memoryUsage().heapUsed;
  return {
    heap_after_100ms_mb: Number((at100 / 2 ** 20).toFixed(2)),
    heap_after_1s_mb: Number((at1000 / 2 ** 20).toFixed(2)),
    growth_pct: Number((((at1000 - at100) / at100) * 100).toFixed(2)),
    packets_simulated: sim.offered,
  };
}

export function simulationFigures() {
  const engine = engineEventsPerSecond(64);
  const engineDeep = engineEventsPerSecond(1000);
  const receivePath = receivePathSpeed();
  const heap = heapGrowth();
  const calibration = calibrate();
  return {
    engine,
    engine_1000_pending: engineDeep,
    receive_path: receivePath,
    heap,
    calibration,
    tuning: tuningSteps(),
    stacks: { calibration: calibrateStacks(), sweep: sweepSpeed() },
  };
}

/** The stacks sweep (every stack × 3 link speeds × 12 frame sizes) is arithmetic; how long one takes. */
function sweepSpeed() {
  const runs = 50;
  const t0 = performance.now();
  let points = 0;
  for (let i = 0; i < runs; i++) points = stackSweep().length;
  return { points, ms: Number(((performance.now() - t0) / runs).toFixed(3)) };
}

/** Chapter 4's steps from the stock kernel, at 10 GbE / 64 B line rate (deterministic). */
function tuningSteps() {
  const line = lineRatePps(10, 64);
  return TUNING_STEPS.map((s) => {
    const r = runReceivePath(s.id, modelValues(s.values), TUNING_RUN.seed, TUNING_RUN.durationMs);
    return {
      id: s.id,
      label: s.label,
      command: s.command,
      delivered_pps: Math.round(r.delivered_pps),
      line_rate_share: r.delivered_pps / line,
      p99_us: r.latency_ns.p99 / 1000,
    };
  });
}

export function printSimulationFigures(f: ReturnType<typeof simulationFigures>, table: (h: string[], r: string[][], align?: 'numbers' | 'text') => void) {
  const n = (x: number) => x.toLocaleString('en');
  console.log('\nSimulation engine (timings vary by machine and load; printed only)');
  table(
    ['benchmark', 'figure', 'target'],
    [
      ['event queue, hold model, 64 pending (model scale)', `${n(f.engine.events_per_s)} events/s`, '≥ 10,000,000 events/s'],
      ['event queue, hold model, 1,000 pending', `${n(f.engine_1000_pending.events_per_s)} events/s`, '(printed only)'],
      [
        `receive-path ${f.receive_path.scenario}, ${f.receive_path.simulated_ms} ms simulated`,
        `${n(f.receive_path.wall_ms)} ms wall (${f.receive_path.slower_than_real_time}× real time), ${n(f.receive_path.events_per_s)} events/s, ${n(f.receive_path.packets)} packets`,
        '≤ 2,000 ms',
      ],
      [`stacks sweep, ${f.stacks.sweep.points} points`, `${f.stacks.sweep.ms} ms`, '≤ 3,000 ms (runs in a Web Worker)'],
      [
        'heap after 100 ms → 1 s simulated (same run)',
        `${f.heap.heap_after_100ms_mb} MB → ${f.heap.heap_after_1s_mb} MB (${f.heap.growth_pct >= 0 ? '+' : ''}${f.heap.growth_pct} %)`,
        '≤ +10 %',
      ],
    ],
    'text',
  );
  console.log('\nCalibration: the receive-path model against published figures');
  table(
    ['what', 'published', 'model', 'holds'],
    f.calibration.rows.map((r) => [r.what, r.published, r.model, r.holds ? 'yes' : 'NO']),
    'text',
  );
  console.log('\nCalibration: the stacks model against published figures');
  table(
    ['what', 'published', 'model', 'holds'],
    f.stacks.calibration.rows.map((r) => [r.what, r.published, r.model, r.holds ? 'yes' : 'NO']),
    'text',
  );
  const stock = f.tuning.find((t) => t.id === 'stock')!.delivered_pps;
  console.log('\nChapter 4, tuning one knob at a time: 10 GbE, 64 B, line rate (target: tuned ≥ 2 × stock, below line rate)');
  table(
    ['step', 'delivered', '× stock', 'of line rate', 'p99 latency'],
    f.tuning.map((t) => [
      t.label,
      `${n(Math.round(t.delivered_pps / 1e3))} kpps`,
      `${(t.delivered_pps / stock).toFixed(2)} ×`,
      `${(t.line_rate_share * 100).toFixed(1)} %`,
      `${n(Math.round(t.p99_us))} µs`,
    ]),
    'text',
  );
  console.log('\nLivelock curve, 1 GbE 64 B, application on its own CPU (delivered kpps)');
  table(
    ['load', 'offered', 'NAPI', 'IRQ per packet'],
    f.calibration.curve.map((c) => [`${c.load_pct} %`, n(Math.round(c.offered_pps / 1e3)), n(Math.round(c.napi_pps / 1e3)), n(Math.round(c.irq_pps / 1e3))]),
  );
}
