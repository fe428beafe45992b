import { formatNumber, withUnit } from '@/lib/format';
import { lineRateEntry } from '@/simulations/line-rate.entry';
import type { LineRateResult } from '@/simulations/models/line-rate';

export type LineRateMetric = keyof typeof lineRateEntry.metrics;

/** A line-rate metric formatted exactly as <Value> and <Live> print it in the prose. */
export function metricParts(name: LineRateMetric, r: LineRateResult): { value: string; unit: string } {
  const m = lineRateEntry.metrics[name]!;
  return { value: formatNumber(m.get(r), m.digits), unit: m.unit };
}

export function metricText(name: LineRateMetric, r: LineRateResult): string {
  const { value, unit } = metricParts(name, r);
  return withUnit(value, unit);
}
