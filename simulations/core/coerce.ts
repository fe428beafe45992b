/**
 * Lenient reading of parameter values that come from outside (URL query,
 * MDX props, postMessage): every value becomes valid, and every change made to
 * get there produces a notice the reader can see. Never throws.
 */
import { clampNumber, type ChoiceParam, type ParamSpec, type ParamSpecs, type ParamValues } from './params';
import { formatParamValue } from './format-param';

export type Notice = { param: string; message: string };

export type Coerced<S extends ParamSpecs> = { values: Partial<ParamValues<S>>; notices: Notice[] };

const TRUE = new Set(['1', 'true', 'on', 'yes']);
const FALSE = new Set(['0', 'false', 'off', 'no']);

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : undefined;
}

function nearestOption(p: ChoiceParam, v: number): number {
  let best = p.options[0]!.value;
  for (const o of p.options) if (Math.abs(o.value - v) < Math.abs(best - v)) best = o.value;
  return best;
}

function show(raw: unknown): string {
  // String() for numbers: NaN and Infinity (which postMessage can carry) read as a URL's "NaN" and "Infinity" do,
  // where JSON would print null. A cut at 24 UTF-16 units could split an emoji; Array.from cuts by character.
  const s = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : (JSON.stringify(raw) ?? String(raw));
  const chars = Array.from(s);
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : s;
}

/** Coerces one raw value; returns the value and, if it had to change, why. */
export function coerceValue(name: string, p: ParamSpec, raw: unknown): { value: number | boolean; notice?: Notice } {
  const fallback = (why: string) => ({
    value: p.default,
    notice: { param: name, message: `${p.label}: “${show(raw)}” ${why}; using the default ${formatParamValue(p, p.default)}.` },
  });
  if (p.kind === 'toggle') {
    if (typeof raw === 'boolean') return { value: raw };
    const s = String(raw).toLowerCase();
    if (TRUE.has(s)) return { value: true };
    if (FALSE.has(s)) return { value: false };
    return fallback('is not on/off');
  }
  if (p.kind === 'choice' && typeof raw === 'string') {
    const named = p.options.find((o) => o.name !== undefined && o.name === raw.trim().toLowerCase());
    if (named) return { value: named.value };
  }
  const n = toNumber(raw);
  if (n === undefined) return fallback(p.kind === 'choice' ? 'is not one of the options' : 'is not a number');
  if (p.kind === 'choice') {
    // The option's own value: a host's -0 is the option 0, as the URL's "-0" reads.
    const exact = p.options.find((o) => o.value === n);
    if (exact) return { value: exact.value };
    const v = nearestOption(p, n);
    return {
      value: v,
      notice: { param: name, message: `${p.label}: ${show(raw)} is not an option; using the nearest, ${formatParamValue(p, v)}.` },
    };
  }
  const v = clampNumber(n, p);
  if (v === n) return { value: v };
  const why = n < p.min ? `is below the minimum` : n > p.max ? `is above the maximum` : `is between steps`;
  return { value: v, notice: { param: name, message: `${p.label}: ${show(raw)} ${why}; using ${formatParamValue(p, v)}.` } };
}

/**
 * Coerces a bag of raw values. Unknown keys are reported, not applied, so a
 * typo in a shared link is visible instead of silently ignored.
 */
export function coerceParams<S extends ParamSpecs>(spec: S, raw: Readonly<Record<string, unknown>>, label = 'parameter'): Coerced<S> {
  const values: Record<string, number | boolean> = {};
  const notices: Notice[] = [];
  for (const [key, rawValue] of Object.entries(raw)) {
    const p = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (!p) {
      notices.push({ param: key, message: `Unknown ${label} “${show(key)}” ignored. Known: ${Object.keys(spec).join(', ')}.` });
      continue;
    }
    const { value, notice } = coerceValue(key, p, rawValue);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as Partial<ParamValues<S>>, notices };
}
