/**
 * Choices as scripts name them. A choice parameter is stored as a number (the
 * models index tables with it, and the URL codec writes it that way), but
 * scripts say `--stack=dpdk`; what a headless run prints should say "dpdk"
 * back, not 5, or every reader needs the option table to understand it.
 */
import type { ParamSpec, ParamSpecs } from './params';

export type EchoedValue = number | boolean | string;

/**
 * The option's name when it has one that is a word; the number otherwise.
 * Names that only spell the number (`frames=64` is named "64") stay numbers,
 * so a frame size is still a number to a script.
 */
export function namedValue(p: ParamSpec | undefined, v: number | boolean): EchoedValue {
  if (p?.kind !== 'choice' || typeof v !== 'number') return v;
  const name = p.options.find((o) => o.value === v)?.name;
  return name === undefined || name === String(v) ? v : name;
}

/** Every value of a set with its choices named; keys without a spec pass through unchanged. */
export function namedValues(spec: ParamSpecs, values: Readonly<Record<string, number | boolean>>): Record<string, EchoedValue> {
  const out: Record<string, EchoedValue> = {};
  for (const [key, v] of Object.entries(values)) out[key] = namedValue(Object.hasOwn(spec, key) ? spec[key] : undefined, v);
  return out;
}
