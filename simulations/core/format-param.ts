/** Human formatting of a parameter value with its unit (shared by notices and controls). */
import type { ParamSpec } from './params';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatParamValue(p: ParamSpec, v: number | boolean): string {
  if (p.kind === 'toggle') return v ? 'on' : 'off';
  if (p.kind === 'choice') {
    const opt = p.options.find((o) => o.value === v);
    if (opt) return opt.label;
  }
  const n = grouped.format(Number(v));
  return p.unit ? `${n} ${p.unit}` : n;
}
