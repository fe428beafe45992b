/**
 * One way to ask for a headless run, shared by the CLI and the Web Worker so
 * both give byte-identical JSON for the same request: a simulation id, an
 * optional preset, parameter values (numbers, booleans, or the words scripts
 * use: `irq`, `on`), a seed and a simulated duration. Anything wrong is
 * reported by name with what would have been accepted; nothing is clamped,
 * because a script asking for an impossible machine should hear about it.
 * An event run is also bounded by the packets it would simulate (its wall
 * time grows with those, not with simulated milliseconds), here rather than in
 * the CLI, so the page's Web Worker cannot be asked for an hour's work either.
 */
import { catalog, getSimulation } from './catalog';
import type { AnySimulationEntry } from './core/entry-types';
import { coerceValue } from './core/coerce';
import { echo } from './core/echo';
import { formatParamValue } from './core/format-param';
import { namedValue, namedValues } from './core/named-values';
import { overlay, withDefaults, type ParamSpec, type ParamSpecs } from './core/params';
import { LINK_SPEEDS_GBPS, MIN_FRAME_BYTES, WIRE_OVERHEAD_BYTES } from './core/ethernet';

export const MAX_DURATION_MS = 10_000;
export const DEFAULT_SEED = 1;

/**
 * The most packets one event run may simulate: 15 million, so that every event
 * entry's default duration runs at any traffic it offers (the largest is
 * receive-path's 100 ms at 100 GbE with 64-byte frames: 14.88 million), and so
 * does everything the project documents or asks for (docs/cli.md's largest
 * example, receive-path's default at 10 GbE, is 1.49 million; the page's tuning
 * lab runs 50 ms steps, 7.44 million at 100 GbE). On the project's 2-core
 * machines the largest allowed runs take 5–10 s of wall time (receive-path at
 * 100 GbE for 100 ms, irq-vs-napi's interrupt-per-packet mode at 1 GbE for
 * 10 s), up to about a minute when the machine is busy with other work, where
 * 10 s of 100 GbE asked for 1.5 billion packets: an hour or more. Longer runs
 * stay possible at lower rates (a 10 GbE line-rate run may last 1 s, a 1 GbE
 * one the full 10 s). kernel-vs-bypass feeds the same packets to both sides.
 */
export const MAX_RUN_PACKETS = 15_000_000;

export type RunRequest = {
  id: string;
  preset?: string;
  params?: Record<string, unknown>;
  seed?: number;
  durationMs?: number;
  /** One part of an entry that offers its result in parts (core/entry-types.ts `chunks`), 0-based. */
  chunk?: number;
};

export type ResolvedRun = {
  entry: AnySimulationEntry;
  values: Record<string, number | boolean>;
  seed: number;
  durationMs: number;
  chunk?: number;
};

export class RunRequestError extends Error {}

const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

function checkDuration(id: string, values: Record<string, number | boolean>, ms: unknown, given: unknown): number {
  const t = trafficOf(values);
  const min = minDurationMs(t);
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < min || ms > MAX_DURATION_MS) {
    throw new RunRequestError(
      `Bad duration ${echo(given)} ms. Allowed: at least ${min} ms (one ${t.frameBytes}-byte frame's time on the wire at ${t.linkGbps} Gbit/s; a shorter run sees no packet), at most ${MAX_DURATION_MS} ms of simulated time.`,
    );
  }
  const packets = offeredPackets(t, ms);
  if (packets > MAX_RUN_PACKETS) {
    const knobs = (
      [
        ['load_pct', 'a lower'],
        ['link_gbps', 'a slower'],
        ['frame_bytes', 'larger'],
      ] as const
    )
      .filter(([k]) => Object.hasOwn(values, k))
      .map(([k, how]) => `${how} ${k}`);
    const maxMs = Math.floor((MAX_RUN_PACKETS / offeredPps(t)) * 1000);
    throw new RunRequestError(
      `${id} would simulate ${grouped(packets)} packets (${(offeredPps(t) / 1e6).toFixed(2)} Mpps offered for ${ms} ms${given === undefined ? ', its default duration' : ''}); the limit is ${grouped(MAX_RUN_PACKETS)} packets per run. ` +
        `To stay under it, ask for at most ${maxMs} ms at this traffic${knobs.length > 0 ? `, or ${knobs.join(', ').replace(/, ([^,]*)$/, ' or $1')}` : ''}.`,
    );
  }
  return ms;
}

/** "64 … 9000 B in steps of 1", "one of constant, poisson, bursty", "on or off". */
export function allowedRange(p: ParamSpec): string {
  switch (p.kind) {
    case 'number':
      return `${p.min} … ${p.max}${p.unit ? ` ${p.unit}` : ''} in steps of ${p.step}`;
    case 'choice':
      return `one of ${p.options.map((o) => (o.name ? `${o.name} (${o.value})` : String(o.value))).join(', ')}`;
    case 'toggle':
      return 'on or off';
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function resolveRun(request: unknown): ResolvedRun {
  if (!isRecord(request)) throw new RunRequestError('A run request must be an object with at least an "id".');
  const { id, preset, params = {}, seed = DEFAULT_SEED, durationMs, chunk } = request as RunRequest;
  if (typeof id !== 'string' || !id) throw new RunRequestError(`Missing simulation id. Known: ${catalog.map((e) => e.id).join(', ')}.`);
  const entry = getSimulation(id);
  if (!entry) throw new RunRequestError(`Unknown simulation ${echo(id)}. Known: ${catalog.map((e) => e.id).join(', ')}.`);
  if (!isRecord(params)) throw new RunRequestError('"params" must be an object of parameter values.');

  let base = withDefaults(entry.params, {});
  if (preset !== undefined) {
    const found = entry.presets.find((p) => p.id === preset);
    if (!found) throw new RunRequestError(`Unknown preset ${echo(preset)} for ${id}. Presets: ${entry.presets.map((p) => p.id).join(', ')}.`);
    base = overlay(entry.params, base, found.values);
  }
  const given: Record<string, number | boolean> = {};
  for (const [name, raw] of Object.entries(params)) {
    const spec = Object.hasOwn(entry.params, name) ? entry.params[name] : undefined;
    if (!spec) throw new RunRequestError(`Unknown parameter ${echo(name)} for ${id}. Parameters: ${Object.keys(entry.params).join(', ')}.`);
    const { value, notice } = coerceValue(name, spec, raw);
    if (notice) throw new RunRequestError(`Bad value for ${name}: ${echo(raw)}. Allowed: ${allowedRange(spec)}.`);
    given[name] = value;
  }
  const values = overlay(entry.params, base, given);

  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RunRequestError(`Bad seed ${echo(seed)}. Allowed: an integer 0 … 4294967295.`);
  }
  if (entry.kind === 'analytic' && durationMs !== undefined) {
    throw new RunRequestError(`${id} is computed directly from its parameters; it has no simulated time, so a duration does not apply.`);
  }
  const ms = entry.kind === 'event' ? checkDuration(id, values, durationMs ?? entry.defaultDurationMs, durationMs) : 0;
  if (chunk !== undefined) {
    const count = entry.kind === 'analytic' && entry.chunks ? entry.chunks.count(values) : 0;
    if (count === 0) throw new RunRequestError(`${id} is not computed in parts; ask for it without a chunk.`);
    if (typeof chunk !== 'number' || !Number.isInteger(chunk) || chunk < 0 || chunk >= count) {
      throw new RunRequestError(`Bad chunk ${echo(chunk)}. Allowed: an integer 0 … ${count - 1}.`);
    }
    return { entry, values, seed, durationMs: ms, chunk };
  }
  return { entry, values, seed, durationMs: ms };
}

/** The result with the choices it echoes under `params` named (`"stack": "dpdk"`, not 5). */
function withNamedChoices(result: unknown, spec: ParamSpecs): unknown {
  if (!isRecord(result) || !isRecord(result.params)) return result;
  return { ...result, params: namedValues(spec, result.params as Record<string, number | boolean>) };
}

export type ExecuteOptions = {
  /** Hears the share of simulated time done, a tenth at a time; event runs only. */
  onProgress?: (fraction: number) => void;
};

/** Runs a resolved request to its JSON-ready result. */
export async function execute(run: ResolvedRun, options: ExecuteOptions = {}): Promise<unknown> {
  const { entry, values, seed, durationMs } = run;
  if (entry.kind === 'analytic') {
    if (run.chunk !== undefined && entry.chunks) return withNamedChoices(entry.chunks.evaluate(values, run.chunk), entry.params);
    const result = entry.evaluate(values);
    return withNamedChoices(entry.toJson ? entry.toJson(values, result) : { simulation: entry.id, params: values, result }, entry.params);
  }
  const model = await entry.load();
  const summary = model.run(values, { seed, durationMs, onProgress: options.onProgress });
  return withNamedChoices(summary, { ...model.params, ...entry.params });
}

/** How many packets a resolved event run offers (0 for analytic entries): what the CLI's progress line is for. */
export function runPackets(run: ResolvedRun): number {
  return run.entry.kind === 'event' ? offeredPackets(trafficOf(run.values), run.durationMs) : 0;
}

/** The catalog as data, for `npm run sim -- --list --json`. */
export function describeCatalog() {
  return catalog.map((e: AnySimulationEntry) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    default_duration_ms: e.kind === 'event' ? e.defaultDurationMs : null,
    params: Object.entries(e.params).map(([name, p]) => ({
      name,
      kind: p.kind,
      label: p.label,
      unit: p.unit,
      help: p.help,
      // A choice's default by its name, as --param=NAME takes it and a run's `params` echo it.
      default: namedValue(p, p.default),
      default_text: formatParamValue(p, p.default),
      allowed: allowedRange(p),
      ...(p.kind === 'number' ? { min: p.min, max: p.max, step: p.step } : {}),
      ...(p.kind === 'choice' ? { options: p.options } : {}),
    })),
    presets: e.presets.map((p) => ({ id: p.id, label: p.label, values: namedValues(e.params, p.values as Record<string, number | boolean>) })),
    panels: e.panels,
    metrics: Object.entries(e.metrics).map(([name, m]) => ({ name, label: m.label, unit: m.unit })),
  }));
}

/**
 * How much work an event run asks for, known before it starts: the packets its
 * traffic offers over its simulated time. An event simulation's wall time
 * grows with the packets it simulates, not with the milliseconds it is asked
 * for (10 s of 100 GbE minimum-size frames is 1.5 billion packets), so a
 * headless run is bounded by packets (the check above).
 *
 * Every event entry names its traffic with the receive-path model's knobs
 * (link_gbps, frame_bytes, load_pct); a knob an entry does not offer counts at
 * its worst (fastest link, smallest frame, full load), so a new entry errs
 * towards refusing rather than running for minutes.
 */

type Values = Readonly<Record<string, number | boolean>>;

const num = (values: Values, key: string, worst: number) => (typeof values[key] === 'number' ? (values[key] as number) : worst);

export type Traffic = { linkGbps: number; frameBytes: number; loadPct: number };

export function trafficOf(values: Values): Traffic {
  return {
    linkGbps: num(values, 'link_gbps', Math.max(...LINK_SPEEDS_GBPS)),
    frameBytes: num(values, 'frame_bytes', MIN_FRAME_BYTES),
    loadPct: num(values, 'load_pct', 100),
  };
}

/** Nanoseconds one frame takes on the wire, preamble and gap included: 67.2 ns for 64 B at 10 Gbit/s. */
export function frameTimeNs({ linkGbps, frameBytes }: Traffic): number {
  return ((frameBytes + WIRE_OVERHEAD_BYTES) * 8) / linkGbps;
}

/** Packets per second the traffic offers (its average, for bursts and Poisson arrivals alike). */
export function offeredPps(t: Traffic): number {
  return (1e9 / frameTimeNs(t)) * (t.loadPct / 100);
}

/** Packets a run of `durationMs` offers. */
export function offeredPackets(t: Traffic, durationMs: number): number {
  return offeredPps(t) * (durationMs / 1000);
}

/**
 * The shortest simulated time worth running: one frame's time on the wire
 * (67.2 ns for 64 B at 10 Gbit/s), in ms, rounded up to three significant
 * digits so the figure a message shows is itself accepted. A shorter run ends
 * before a single packet has arrived: every rate it printed would be zero or
 * nothing at all, which is never what the caller meant (1e-9 ms is a typo).
 */
export function minDurationMs(t: Traffic): number {
  const ms = frameTimeNs(t) / 1e6;
  const unit = 10 ** (Math.floor(Math.log10(ms)) - 2);
  return Number((Math.ceil(ms / unit - 1e-9) * unit).toPrecision(3));
}
