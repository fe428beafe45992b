/**
 * `npm run sim -- <id> [--preset=NAME] [--<param>=<value> ...] [--seed=N] [--duration-ms=N] [--chunk=N] [--json]`
 * runs one catalog simulation headless and prints its result (one JSON object
 * with --json). `npm run sim -- --list [--json]` lists simulations, parameters
 * and presets. A bad parameter exits with status 2 and says what is allowed.
 */
import { z } from 'zod';
import { getSimulation } from '../simulations/catalog';
import { paramSchema } from '../simulations/param-schema';
import { describeCatalog, execute, resolveRun, RunRequestError } from '../simulations/run-request';

const USAGE = `usage: npm run sim -- <simulation> [--preset=NAME] [--<param>=<value> ...] [--seed=N] [--duration-ms=N] [--chunk=N] [--json]
       npm run sim -- --list [--json]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

type Parsed = { id?: string; list: boolean; json: boolean; preset?: string; seed?: number; durationMs?: number; chunk?: number; params: Record<string, string> };

function parseArgs(argv: string[]): Parsed {
  // A prototype-less bag, so --__proto__=1 is kept (and rejected as unknown) instead of vanishing.
  const out: Parsed = { list: false, json: false, params: Object.create(null) as Record<string, string> };
  for (const arg of argv) {
    if (!arg.startsWith('--')) {
      if (out.id !== undefined) fail(`Unexpected argument "${arg}" (the simulation is already "${out.id}").`);
      out.id = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    // A bare --flag means "on", so --rps and --rps=on are the same.
    const value = eq < 0 ? 'on' : arg.slice(eq + 1);
    const number = (what: string) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) fail(`--${key} needs a number (${what}), got "${value}".`);
      return n;
    };
    switch (key) {
      case 'list':
        out.list = true;
        break;
      case 'json':
        out.json = true;
        break;
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      case 'preset':
        out.preset = value;
        break;
      case 'seed':
        out.seed = number('an integer 0 … 4294967295');
        break;
      case 'chunk':
        out.chunk = number('a part of a sweep, 0-based');
        break;
      case 'duration-ms':
      case 'duration_ms':
        out.durationMs = number('milliseconds of simulated time');
        break;
      default:
        out.params[key] = value;
    }
  }
  return out;
}

function printList(json: boolean) {
  // The JSON listing adds each entry's parameters as a JSON Schema (from the same
  // zod schema the tests use), for scripts that want to validate before running.
  const list = describeCatalog().map((e) => ({ ...e, schema: z.toJSONSchema(paramSchema(getSimulation(e.id)!.params)) }));
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
    for (const [side, s] of [['kernel', kernel], ['bypass', bypass]] as const) printHuman({ ...s, simulation: `${side} (${s.label})`, line_rate_pps: r.line_rate_pps, duration_ms: 0 });
    return;
  }
  if (r.delivered_pps === undefined) return void console.log(JSON.stringify(result, null, 2));
  const s = r as Summary;
  const mpps = (x: number) => `${(x / 1e6).toFixed(3)} Mpps`;
  console.log(`${s.simulation}: offered ${mpps(s.offered_pps)} (line rate ${mpps(s.line_rate_pps)}), delivered ${mpps(s.delivered_pps)} = ${s.delivered_gbps} Gbit/s`);
  // Analytic entries have no simulated duration: their drops are rates, not counts.
  const rates = (result as { duration_ms?: unknown }).duration_ms === undefined;
  console.log(`drops${rates ? ' per second' : ''}: ${Object.entries(s.drops).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`latency (µs): ${Object.entries(s.latency_ns).filter(([k]) => k !== 'samples').map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}`);
  console.log(`cpu busy: ${s.cpu_util.map((c) => `cpu${c.cpu} ${(c.busy * 100).toFixed(0)}%`).join(', ')}`);
}

// `npm run sim -- … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) return printList(args.json);
  if (!args.id) fail('Which simulation? Try --list.');
  let run;
  try {
    run = resolveRun({ id: args.id, preset: args.preset, params: args.params, seed: args.seed, durationMs: args.durationMs, chunk: args.chunk });
  } catch (e) {
    if (e instanceof RunRequestError) fail(e.message);
    throw e;
  }
  // Belt and braces: the resolved values must satisfy the entry's strict schema.
  paramSchema(run.entry.params).parse(run.values);
  const result = await execute(run);
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printHuman(result);
}

await main();
