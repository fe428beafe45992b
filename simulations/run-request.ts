/**
 * One way to ask for a headless run, shared by the CLI and the Web Worker so
 * both give byte-identical JSON for the same request: a simulation id, an
 * optional preset, parameter values (numbers, booleans, or the words scripts
 * use: `irq`, `on`), a seed and a simulated duration. Anything wrong is
 * reported by name with what would have been accepted; nothing is clamped,
 * because a script asking for an impossible machine should hear about it.
 */
import { catalog, getSimulation } from './catalog';
import type { AnySimulationEntry } from './catalog-types';
import { coerceValue } from './coerce';
import { formatParamValue } from './format-param';
import { overlay, withDefaults, type ParamSpec } from './params';

export const MAX_DURATION_MS = 10_000;
export const DEFAULT_SEED = 1;

export type RunRequest = {
  id: string;
  preset?: string;
  params?: Record<string, unknown>;
  seed?: number;
  durationMs?: number;
  /** One part of an entry that offers its result in parts (catalog-types `chunks`), 0-based. */
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
  if (!entry) throw new RunRequestError(`Unknown simulation "${id}". Known: ${catalog.map((e) => e.id).join(', ')}.`);
  if (!isRecord(params)) throw new RunRequestError('"params" must be an object of parameter values.');

  let base = withDefaults(entry.params, {});
  if (preset !== undefined) {
    const found = entry.presets.find((p) => p.id === preset);
    if (!found) throw new RunRequestError(`Unknown preset "${String(preset)}" for ${id}. Presets: ${entry.presets.map((p) => p.id).join(', ')}.`);
    base = overlay(entry.params, base, found.values);
  }
  const given: Record<string, number | boolean> = {};
  for (const [name, raw] of Object.entries(params)) {
    const spec = Object.hasOwn(entry.params, name) ? entry.params[name] : undefined;
    if (!spec) throw new RunRequestError(`Unknown parameter "${name}" for ${id}. Parameters: ${Object.keys(entry.params).join(', ')}.`);
    const { value, notice } = coerceValue(name, spec, raw);
    if (notice) throw new RunRequestError(`Bad value for ${name}: ${JSON.stringify(raw)}. Allowed: ${allowedRange(spec)}.`);
    given[name] = value;
  }
  const values = overlay(entry.params, base, given);

  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RunRequestError(`Bad seed ${JSON.stringify(seed)}. Allowed: an integer 0 … 4294967295.`);
  }
  if (entry.kind === 'analytic' && durationMs !== undefined) {
    throw new RunRequestError(`${id} is computed directly from its parameters; it has no simulated time, so a duration does not apply.`);
  }
  const defaultMs = entry.kind === 'event' ? entry.defaultDurationMs : 0;
  const ms = durationMs ?? defaultMs;
  if (entry.kind === 'event' && (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0 || ms > MAX_DURATION_MS)) {
    throw new RunRequestError(`Bad duration ${JSON.stringify(durationMs)} ms. Allowed: more than 0, at most ${MAX_DURATION_MS} ms of simulated time.`);
  }
  if (chunk !== undefined) {
    const count = entry.kind === 'analytic' && entry.chunks ? entry.chunks.count(values) : 0;
    if (count === 0) throw new RunRequestError(`${id} is not computed in parts; ask for it without a chunk.`);
    if (typeof chunk !== 'number' || !Number.isInteger(chunk) || chunk < 0 || chunk >= count) {
      throw new RunRequestError(`Bad chunk ${JSON.stringify(chunk)}. Allowed: an integer 0 … ${count - 1}.`);
    }
    return { entry, values, seed, durationMs: ms, chunk };
  }
  return { entry, values, seed, durationMs: ms };
}

/** Runs a resolved request to its JSON-ready result. */
export async function execute(run: ResolvedRun): Promise<unknown> {
  const { entry, values, seed, durationMs } = run;
  if (entry.kind === 'analytic') {
    if (run.chunk !== undefined && entry.chunks) return entry.chunks.evaluate(values, run.chunk);
    const result = entry.evaluate(values);
    return entry.toJson ? entry.toJson(values, result) : { simulation: entry.id, params: values, result };
  }
  const model = await entry.load();
  return model.run(values, { seed, durationMs });
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
      default: p.default,
      default_text: formatParamValue(p, p.default),
      allowed: allowedRange(p),
      ...(p.kind === 'number' ? { min: p.min, max: p.max, step: p.step } : {}),
      ...(p.kind === 'choice' ? { options: p.options } : {}),
    })),
    presets: e.presets.map((p) => ({ id: p.id, label: p.label, values: p.values })),
    panels: e.panels,
    metrics: Object.entries(e.metrics).map(([name, m]) => ({ name, label: m.label, unit: m.unit })),
  }));
}
