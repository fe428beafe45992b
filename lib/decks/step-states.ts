/**
 * Every simulation's complete state at every step of a slide, filled forward:
 * step k = the figure's own params, then steps 1 … k that set it. Going back a
 * step is then just applying an earlier state, never undoing (PAIR's pattern).
 */
import type { Literal } from '@/lib/mdx/estree-literal';
import type { ContentRegistry } from '@/lib/mdx/registry';
import { coerceParams } from '@/simulations/core/coerce';
import { formatParamValue } from '@/simulations/core/format-param';
import { withDefaults } from '@/simulations/core/params';
import type { SimSnapshot } from './deck-types';

export type SlideSim = { id: string; params: Record<string, Literal> };
export type StepSetting = { sim?: string; params: Record<string, Literal>; line?: number };

export function fillStepStates(sims: readonly SlideSim[], steps: readonly StepSetting[], registry: ContentRegistry): SimSnapshot[][] {
  const states: SimSnapshot[][] = [];
  for (let k = 0; k <= steps.length; k++) {
    const upTo = steps.slice(0, k);
    states.push(
      sims.flatMap((sim): SimSnapshot[] => {
        const entry = registry.simulation(sim.id);
        if (!entry) return [];
        const raw: Record<string, Literal> = { ...sim.params };
        for (const s of upTo) if (s.sim === sim.id) Object.assign(raw, s.params);
        const values = withDefaults(entry.params, coerceParams(entry.params, raw).values);
        const shown = Object.keys(raw)
          .filter((key) => Object.hasOwn(entry.params, key))
          .map((key) => ({ label: entry.params[key]!.label, value: formatParamValue(entry.params[key]!, values[key]!) }));
        return [{ id: sim.id, title: entry.title, values, shown }];
      }),
    );
  }
  return states;
}
