/**
 * `npm run sim -- <id> [--preset=NAME] [--<param>=<value> ...] [--seed=N] [--duration-ms=N] [--chunk=N] [--json]`
 * runs one catalog simulation headless and prints its result (one JSON object
 * with --json). `npm run sim -- --list [--json]` lists simulations, parameters
 * and presets. A bad parameter exits with status 2 and says what is allowed.
 */
import { z } from 'zod';
import { getSimulation } from '../simulations/catalog';
import { paramSchema } from '../simulations/core/param-schema';
import { describeCatalog, execute, runPackets } from '../simulations/run-request';
import { listedSchema } from './sim-list';
import { planSim, USAGE } from './sim-args';
import { progressReporter } from './sim-progress';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function printList(json: boolean) {
  // The JSON listing adds each entry's parameters as a JSON Schema (from the same
  // zod schema the tests use), for scripts that want to validate before running.
  const list = describeCatalog().map((e) => {
    const spec = getSimulation(e.id)!.params;
    return { ...e, schema: listedSchema(z.toJSONSchema(paramSchema(spec)), spec) };
  });
  if (json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  for (const e of list) {
    console.log(`${e.id} (${e.kind}) — ${e.title}`);
    console.log(`  presets: ${e.presets.map((p) => p.id).join(', ')}`);
    for (const p of e.params) console.log(`  --${p.name}=${String(p.default)}  ${p.label}: ${p.allowed}`);
    console.log('');
  }
}

type Summary = {
  simulation: string;
  offered_pps: number;
  delivered_pps: number;
  delivered_gbps: number;
  line_rate_pps: number;
  drops: Record<string, number>;
  latency_ns: Record<string, number>;
  cpu_util: Array<{ cpu: number; busy: number }>;
};

type Ranking = {
  simulation: string;
  required_pps: number;
  ranked: Array<{ rank: number; label: string; fit: string; reasons: Array<{ fit: string; text: string }> }>;
  caveats: Array<{ text: string }>;
};

/** A ranking (choose-stack): one line per stack, best first, with what holds it back. */
function printRanking(r: Ranking) {
  console.log(`${r.simulation}: ${(r.required_pps / 1e6).toFixed(3)} Mpps to take`);
  for (const v of r.ranked) {
    const against = v.reasons.filter((x) => x.fit === 'fails' || x.fit === 'partly').map((x) => x.text);
    console.log(`${String(v.rank).padStart(2)}. ${v.label} — ${v.fit}${against.length > 0 ? `: ${against.join(' ')}` : ''}`);
  }
  for (const c of r.caveats) console.log(`note: ${c.text}`);
}

type Sweep = { frame_sizes: number[]; points: Array<{ stack: string; link_gbps: number; frame_bytes: number; delivered_pps: number; line_rate_pps: number }> };

/** A sweep as a table: one row per stack and link speed, Mpps delivered at each frame size. */
function printSweep(s: Sweep) {
  const rows = new Map<string, Map<number, number>>();
  const lineRate = new Map<string, Map<number, number>>();
  for (const p of s.points) {
    const key = `${p.stack} @ ${p.link_gbps}G`;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key)!.set(p.frame_bytes, p.delivered_pps);
    if (!lineRate.has(`line rate @ ${p.link_gbps}G`)) lineRate.set(`line rate @ ${p.link_gbps}G`, new Map());
    lineRate.get(`line rate @ ${p.link_gbps}G`)!.set(p.frame_bytes, p.line_rate_pps);
  }
  const all = [...lineRate, ...rows];
  const w = Math.max(...all.map(([k]) => k.length));
  console.log(`Mpps delivered by frame size (bytes)\n${''.padEnd(w)} ${s.frame_sizes.map((f) => String(f).padStart(7)).join('')}`);
  for (const [k, m] of all) console.log(`${k.padEnd(w)} ${s.frame_sizes.map((f) => ((m.get(f) ?? 0) / 1e6).toFixed(2).padStart(7)).join('')}`);
}

function printHuman(result: unknown) {
  if (Array.isArray((result as Partial<Ranking>).ranked)) return printRanking(result as Ranking);
  if (Array.isArray((result as Partial<Sweep>).points) && Array.isArray((result as Partial<Sweep>).frame_sizes)) return printSweep(result as Sweep);
  const r = result as Partial<Summary> & { kernel?: Summary & { label: string }; bypass?: Summary & { label: string } };
  // Two-sided runs (kernel-vs-bypass): each side as its own summary.
  const { kernel, bypass } = r;
  if (kernel?.delivered_pps !== undefined && bypass?.delivered_pps !== undefined) {
    for (const [side, s] of [
      ['kernel', kernel],
      ['bypass', bypass],
    ] as const)
      printHuman({ ...s, simulation: `${side} (${s.label})`, line_rate_pps: r.line_rate_pps, duration_ms: 0 });
    return;
  }
  if (r.delivered_pps === undefined) return void console.log(JSON.stringify(result, null, 2));
  const s = r as Summary;
  const mpps = (x: number) => `${(x / 1e6).toFixed(3)} Mpps`;
  console.log(
    `${s.simulation}: offered ${mpps(s.offered_pps)} (line rate ${mpps(s.line_rate_pps)}), delivered ${mpps(s.delivered_pps)} = ${s.delivered_gbps} Gbit/s`,
  );
  // Analytic entries have no simulated duration: their drops are rates, not counts.
  const rates = (result as { duration_ms?: unknown }).duration_ms === undefined;
  console.log(
    `drops${rates ? ' per second' : ''}: ${Object.entries(s.drops)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `latency (µs): ${Object.entries(s.latency_ns)
      .filter(([k]) => k !== 'samples')
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(', ')}`,
  );
  console.log(`cpu busy: ${s.cpu_util.map((c) => `cpu${c.cpu} ${(c.busy * 100).toFixed(0)}%`).join(', ')}`);
}

// `npm run sim -- … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main() {
  const plan = planSim(process.argv.slice(2));
  switch (plan.kind) {
    case 'help':
      return void process.stdout.write(`${USAGE}\n`);
    case 'list':
      return printList(plan.json);
    case 'error':
      return fail(plan.message);
  }
  const { run } = plan;
  // Belt and braces: the resolved values must satisfy the entry's strict schema.
  paramSchema(run.entry.params).parse(run.values);
  const onProgress = progressReporter(run.entry.id, runPackets(run), run.durationMs, process.stderr);
  const result = await execute(run, { onProgress });
  if (plan.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printHuman(result);
}

await main();
