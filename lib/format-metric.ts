import type { Metric } from '@/simulations/core/entry-types';
import { formatMetric, withUnit } from '../simulations/core/format';

/** “67.2 ns”: one formatter for every place a catalog metric is printed. */
export function metricString<R>(m: Metric<R>, result: R): string {
  const { value, unit } = formatMetric(m.get(result), m.digits, m.unit);
  return withUnit(value, unit);
}
