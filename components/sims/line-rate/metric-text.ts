import { formatMetric } from '@/simulations/core/format';
import { metricString } from '@/lib/format-metric';
import { lineRateEntry, type LineRateResult } from '@/simulations/models/line-rate';

export type LineRateMetric = keyof typeof lineRateEntry.metrics;

/** A line-rate metric formatted exactly as <Value> and <Live> print it in the prose. */
export function metricParts(name: LineRateMetric, r: LineRateResult): { value: string; unit: string } {
  const m = lineRateEntry.metrics[name]!;
  return formatMetric(m.get(r), m.digits, m.unit);
}

export function metricText(name: LineRateMetric, r: LineRateResult): string {
  return metricString(lineRateEntry.metrics[name]!, r);
}
