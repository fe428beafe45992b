import { metricString } from '@/lib/format-metric';
import { getAnalyticSimulation } from '@/simulations/catalog';
import { coerceParams } from '@/simulations/core/coerce';
import { withDefaults } from '@/simulations/core/params';

/** A number computed by a simulation's model, e.g. packets/s at 10 GbE and 64 B. */
export function Value({ sim, metric, params = {} }: { sim: string; metric: string; params?: Record<string, unknown> }) {
  const entry = getAnalyticSimulation(sim);
  const m = entry?.metrics[metric];
  if (!entry || !m)
    return (
      <span className="text-warn">
        [unknown value {sim}.{metric}]
      </span>
    );
  const values = withDefaults(entry.params, coerceParams(entry.params, params).values);
  const text = metricString(m, entry.evaluate(values));
  return (
    <span className="tabular whitespace-nowrap" data-value={`${sim}.${metric}`}>
      {text}
    </span>
  );
}
