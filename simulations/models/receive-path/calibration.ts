/**
 * The published figures the receive-path model must reproduce (sources in
 * content/references.ts), as runnable scenarios. Tests assert each `holds`; the bench
 * prints the table that docs/calibration.md shows.
 */
import { MODE, APP_CPU, type ReceivePathValues } from './params';
import { modelValues, runReceivePath } from './run';
import type { RunSummary } from './summary';
import { TUNED_VALUES } from './tuned';

export type Scenario = { id: string; label: string; values: Partial<ReceivePathValues>; durationMs: number };

export const SCENARIOS = {
  stock64: { id: 'stock64', label: 'stock, 1 queue / 1 CPU, 10 GbE, 64 B, line rate', values: {}, durationMs: 50 },
  stock1518: { id: 'stock1518', label: 'stock, 1 queue / 1 CPU, 10 GbE, 1518 B, line rate', values: { frame_bytes: 1518 }, durationMs: 50 },
  tuned64: { id: 'tuned64', label: 'tuned, 10 GbE, 64 B, line rate', values: TUNED_VALUES, durationMs: 50 },
  stockIdle: { id: 'stockIdle', label: 'stock, 10 GbE, 64 B, 0.1 % load (14.9 kpps)', values: { load_pct: 0.1 }, durationMs: 50 },
  busyPollIdle: {
    id: 'busyPollIdle',
    label: 'busy_read 50 µs, app on its own CPU, 0.1 % load',
    values: { load_pct: 0.1, busy_poll_us: 50, app_cpu: APP_CPU.other },
    durationMs: 50,
  },
} satisfies Record<string, Scenario>;

/** Offered loads (% of 1 GbE at 64 B) for the livelock curve. */
export const LIVELOCK_LOADS = [10, 20, 30, 40, 50, 60, 80, 100] as const;

export function livelockScenario(mode: number, loadPct: number): Scenario {
  return {
    id: `livelock-${mode === MODE.irq ? 'irq' : 'napi'}-${loadPct}`,
    label: `${mode === MODE.irq ? 'interrupt per packet' : 'NAPI'}, 1 GbE 64 B, ${loadPct} % load`,
    values: { link_gbps: 1, load_pct: loadPct, mode, rx_usecs: 0, app_cpu: APP_CPU.other },
    durationMs: 30,
  };
}

export function runScenario(s: Scenario, seed = 1): RunSummary {
  return runReceivePath(s.id, modelValues(s.values), seed, s.durationMs);
}

export type CalibrationRow = { what: string; published: string; source: string; model: string; holds: boolean };

const mpps = (pps: number) => `${(pps / 1e6).toFixed(2)} Mpps`;
const kpps = (pps: number) => `${Math.round(pps / 1e3)} kpps`;
const us = (ns: number) => `${(ns / 1000).toFixed(1)} µs`;

/** Runs every scenario and compares with the published figures. Takes a few seconds. */
export function calibrate(): { rows: CalibrationRow[]; curve: Array<{ load_pct: number; offered_pps: number; napi_pps: number; irq_pps: number }> } {
  const stock64 = runScenario(SCENARIOS.stock64);
  const stock1518 = runScenario(SCENARIOS.stock1518);
  const tuned64 = runScenario(SCENARIOS.tuned64);
  const idle = runScenario(SCENARIOS.stockIdle);
  const busy = runScenario(SCENARIOS.busyPollIdle);
  const curve = LIVELOCK_LOADS.map((load) => {
    const napi = runScenario(livelockScenario(MODE.napi, load));
    const irq = runScenario(livelockScenario(MODE.irq, load));
    return { load_pct: load, offered_pps: napi.offered_pps, napi_pps: napi.delivered_pps, irq_pps: irq.delivered_pps };
  });
  const irqPeak = Math.max(...curve.map((c) => c.irq_pps));
  const irqLast = curve[curve.length - 1]!.irq_pps;
  const napiPeak = Math.max(...curve.map((c) => c.napi_pps));
  const napiLast = curve[curve.length - 1]!.napi_pps;
  const ratio = tuned64.delivered_pps / stock64.delivered_pps;
  const rows: CalibrationRow[] = [
    {
      what: '10 GbE line rate at 64 B',
      published: '14.88 Mpps (67.2 ns per packet)',
      source: 'Rizzo, netmap (ACM Queue 2012)',
      model: mpps(stock64.line_rate_pps),
      holds: Math.abs(stock64.line_rate_pps - 14_880_952.4) < 1,
    },
    {
      what: 'stock kernel, one queue and one CPU, UDP into an application, 64 B',
      published: 'a small fraction of line rate: ≈1 Mpps per core or below (171 kpps with conntrack)',
      source: 'Cloudflare 2015, 2018',
      model: `${kpps(stock64.delivered_pps)} (${((stock64.delivered_pps / stock64.line_rate_pps) * 100).toFixed(1)} % of line rate)`,
      holds: stock64.delivered_pps <= 1_000_000 && stock64.delivered_pps >= 100_000,
    },
    {
      what: 'stock kernel at 1518 B (812.7 kpps)',
      published: 'keeps up (≥ 99 % delivered)',
      source: 'the talk',
      model: `${(stock1518.delivered_share * 100).toFixed(2)} % delivered`,
      holds: stock1518.delivered_share >= 0.99,
    },
    {
      what: 'tuned vs stock at 64 B',
      published: 'tuning roughly doubles it, still below line rate',
      source: 'the talk’s abstract',
      model: `${kpps(tuned64.delivered_pps)} = ${ratio.toFixed(2)} × stock, ${((tuned64.delivered_pps / tuned64.line_rate_pps) * 100).toFixed(1)} % of line rate`,
      holds: ratio >= 1.7 && ratio <= 3 && tuned64.delivered_pps < 0.5 * tuned64.line_rate_pps,
    },
    {
      what: 'interrupt per packet without NAPI, past saturation',
      published: 'delivered rate rises to a peak, then falls toward zero (receive livelock)',
      source: 'Mogul & Ramakrishnan 1997',
      model: `peak ${kpps(irqPeak)}, ${kpps(irqLast)} at ${LIVELOCK_LOADS[LIVELOCK_LOADS.length - 1]} % load`,
      holds: irqLast < 0.1 * irqPeak,
    },
    {
      what: 'NAPI past saturation',
      published: 'stays near its peak (“a flat curve at MLFFR”)',
      source: 'Salim, Olsson, Kuznetsov 2001; NAPI_HOWTO',
      model: `peak ${kpps(napiPeak)}, ${kpps(napiLast)} at ${LIVELOCK_LOADS[LIVELOCK_LOADS.length - 1]} % load`,
      holds: napiLast >= 0.9 * napiPeak,
    },
    {
      what: 'kernel latency at low load, wire to recv()',
      published: 'tens of µs with interrupt coalescing and wake-up (≥ 7 µs half round trip on typical NICs)',
      source: 'Solarflare; XDP paper (CoNEXT 2018)',
      model: `p50 ${us(idle.latency_ns.p50)}, p99 ${us(idle.latency_ns.p99)}`,
      holds: idle.latency_ns.p50 >= 10_000 && idle.latency_ns.p50 <= 100_000,
    },
    {
      what: 'busy polling at low load',
      published: 'cuts it to a few µs',
      source: 'sysctl/net.rst busy_read; XDP paper DPDK 2–3 µs',
      model: `p50 ${us(busy.latency_ns.p50)}`,
      holds: busy.latency_ns.p50 < idle.latency_ns.p50 / 3,
    },
  ];
  return { rows, curve };
}

/** The calibration as the Markdown tables docs/calibration.md shows (a test keeps it in step). */
export function calibrationMarkdown(c: ReturnType<typeof calibrate> = calibrate()): string {
  const { rows, curve } = c;
  const lines = ['| what | published | source | model | holds |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.published} | ${r.source} | ${r.model} | ${r.holds ? 'yes' : '**no**'} |`);
  lines.push('', 'The livelock curve behind two of those rows (1 GbE, 64 B, no interrupt moderation, application on its own CPU; delivered kpps):', '');
  const k = (pps: number) => String(Math.round(pps / 1e3));
  lines.push(`| offered load | ${curve.map((x) => `${x.load_pct} %`).join(' | ')} |`);
  lines.push(`|---|${curve.map(() => '---').join('|')}|`);
  lines.push(`| offered (kpps) | ${curve.map((x) => k(x.offered_pps)).join(' | ')} |`);
  lines.push(`| NAPI | ${curve.map((x) => k(x.napi_pps)).join(' | ')} |`);
  lines.push(`| interrupt per packet | ${curve.map((x) => k(x.irq_pps)).join(' | ')} |`);
  return lines.join('\n');
}
