/**
 * Simulation state in the URL: `?line-rate.frameBytes=1518&line-rate.linkGbps=100`.
 * Only values that differ from the defaults are written, so links stay short and
 * a link made today still means the same if a default changes... only for
 * parameters that were changed on purpose.
 */
export type SimValues = Readonly<Record<string, number | boolean>>;

/** The raw strings for one simulation, keyed by parameter name. */
export function readSimQuery(search: string, simId: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const prefix = `${simId}.`;
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(prefix) && key.length > prefix.length) out[key.slice(prefix.length)] = value;
  }
  return out;
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
