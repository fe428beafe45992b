/** Number formatting shared by prose, readouts and charts (en-US grouping, thin units). */

const cache = new Map<number, Intl.NumberFormat>();

const trimmed = new Map<number, Intl.NumberFormat>();

/** Grouped number with exactly `digits` fraction digits (stable widths for readouts). */
export function formatNumber(value: number, digits = 0): string {
  let f = cache.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(digits, f);
  }
  return f.format(value);
}

/** Grouped number with at most `digits` fraction digits, trailing zeros dropped (for prose). */
export function formatTrimmed(value: number, digits = 0): string {
  let f = trimmed.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    trimmed.set(digits, f);
  }
  return f.format(value);
}

/** A duration in ns, switching to µs and ms when that reads better; trailing zeros dropped. */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0 ns';
  if (ns >= 1e6) return `${formatTrimmed(ns / 1e6, ns >= 1e7 ? 0 : 1)} ms`;
  if (ns >= 1e3) return `${formatTrimmed(ns / 1e3, ns >= 1e4 ? 0 : 2)} µs`;
  if (ns >= 100) return `${formatTrimmed(ns, 0)} ns`;
  return `${formatTrimmed(ns, ns >= 10 ? 1 : 2)} ns`;
}

/** Packets per second, in Mpps / kpps above a thousand. */
export function formatRate(pps: number): string {
  if (pps >= 1e6) return `${formatTrimmed(pps / 1e6, pps >= 1e8 ? 1 : 2)} Mpps`;
  if (pps >= 1e3) return `${formatTrimmed(pps / 1e3, pps >= 1e5 ? 0 : 1)} kpps`;
  return `${formatNumber(pps, 0)} pps`;
}

/** A value with its unit, or the bare number with unit '' . */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit === '%' ? `${text}\u202f%` : `${text}\u00a0${unit}`;
}

/** Fraction digits that give at least `n` significant digits without rounding the integer part. */
export function significantDigits(value: number, n: number): number {
  const intDigits = Math.abs(value) < 1 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
  return Math.max(0, n - intDigits);
}

/** A metric value as prose, readouts and live numbers all print it. */
export function formatMetric(value: number, digits: number | 'sig3', unit: string): { value: string; unit: string } {
  const d = digits === 'sig3' ? significantDigits(value, 3) : digits;
  return { value: formatNumber(value, d), unit };
}

/** A latency with three significant digits from 10 µs to 100 µs too (19.5 µs, not 19 µs), so p50 and p99 stay apart. */
export function formatLatency(ns: number): string {
  return ns >= 1e4 && ns < 1e5 ? `${formatNumber(ns / 1e3, 1)} µs` : formatDuration(ns);
}
