/**
 * For fuzz tests of the lenient readers (URL, postMessage): what a raw value
 * reads as when nothing about it needs changing, written independently of
 * simulations/core/coerce.ts; undefined when it must change, which owes the reader
 * a notice. A number counts as exact only on the spec's grid as the controls
 * show it (0.30000000000000004 is shown as 0.3: a change).
 */
import { clampNumber, type ParamSpec } from '@/simulations/core/params';

const TRUE = ['1', 'true', 'on', 'yes'];
const FALSE = ['0', 'false', 'off', 'no'];

export function exactReading(p: ParamSpec, raw: unknown): number | boolean | undefined {
  if (p.kind === 'toggle') {
    if (typeof raw === 'boolean') return raw;
    const s = String(raw).toLowerCase();
    return TRUE.includes(s) ? true : FALSE.includes(s) ? false : undefined;
  }
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  if (p.kind === 'choice' && typeof raw === 'string') {
    const named = p.options.find((o) => o.name !== undefined && o.name === raw.trim().toLowerCase());
    if (named) return named.value;
  }
  if (typeof raw === 'string' && raw.trim() === '') return undefined;
  const n = typeof raw === 'number' ? raw : Number(raw.trim());
  if (p.kind === 'choice') return p.options.find((o) => o.value === n)?.value;
  if (!Number.isFinite(n)) return undefined;
  // The clamped value, not n: -0 is exact, and reads as 0.
  const v = clampNumber(n, p);
  return v === n ? v : undefined;
}
