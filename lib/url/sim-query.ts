/**
 * Simulation state in the URL: `?line-rate.frameBytes=1518&line-rate.linkGbps=100`.
 * Only values that differ from the defaults are written, so links stay short and
 * a link made today still means the same if a default changes... only for
 * parameters that were changed on purpose.
 */
import { coerceParams, type Notice } from '@/simulations/core/coerce';
import type { ParamSpecs } from '@/simulations/core/params';

export type SimValues = Readonly<Record<string, number | boolean>>;

/**
 * The raw strings for one simulation, keyed by parameter name; a repeated key
 * keeps its last value. The bag has no prototype, so `?sim.__proto__=5` is an
 * own key like any other (and reported as unknown) instead of vanishing into
 * an assignment to the prototype.
 */
export function readSimQuery(search: string, simId: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const prefix = `${simId}.`;
  const out = Object.create(null) as Record<string, string>;
  for (const [key, value] of params) {
    if (key.startsWith(prefix) && key.length > prefix.length) out[key.slice(prefix.length)] = value;
  }
  return out;
}

export const MAX_SEED = 4294967295;

export type DecodedSimQuery = { values: Record<string, number | boolean>; notices: Notice[]; seed?: number };

/**
 * One simulation's state from a query string, as a link opens it: every value
 * within its spec, and a notice naming each parameter that was clamped,
 * replaced or unknown. `seed` is there when the link sets a valid one; a bad
 * one keeps `currentSeed`, with a notice. Never throws.
 */
export function decodeSimQuery(search: string, sim: { id: string; title: string; params: ParamSpecs }, currentSeed: number): DecodedSimQuery {
  const raw = readSimQuery(search, sim.id);
  let seed: number | undefined;
  const seedNotices: Notice[] = [];
  if (raw.seed !== undefined) {
    const n = Number(raw.seed);
    if (raw.seed.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED) seed = n;
    else
      seedNotices.push({
        param: 'seed',
        message: `Seed: “${Array.from(raw.seed).slice(0, 24).join('')}” is not a whole number from 0 to ${MAX_SEED}; using ${currentSeed}.`,
      });
    delete raw.seed;
  }
  const { values, notices } = coerceParams(sim.params, raw, `parameter of “${sim.title}”`);
  return { values: values as Record<string, number | boolean>, notices: [...seedNotices, ...notices], ...(seed === undefined ? {} : { seed }) };
}

export function encodeValue(v: number | boolean): string {
  return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
}

/** A new query string with this simulation's keys replaced; other keys are kept in place. */
export function writeSimQuery(search: string, simId: string, values: SimValues, defaults: SimValues): string {
  const params = new URLSearchParams(search);
  const prefix = `${simId}.`;
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  for (const [name, v] of Object.entries(values)) {
    if (defaults[name] !== v) params.set(`${prefix}${name}`, encodeValue(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
