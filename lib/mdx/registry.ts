/** The ids content may refer to, gathered from the data modules (server side, build time). */
import { glossary } from '@/content/glossary';
import { references } from '@/content/references';
import { getSimulation } from '@/simulations/catalog';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { quotable } from '@/simulations/quotable';

export type ContentRegistry = {
  terms: ReadonlySet<string>;
  refs: ReadonlySet<string>;
  constants: ReadonlySet<string>;
  simulation(id: string): AnySimulationEntry | undefined;
};

export function siteRegistry(): ContentRegistry {
  return {
    terms: new Set(glossary.map((g) => g.id)),
    refs: new Set(references.map((r) => r.id)),
    constants: new Set(Object.keys(quotable)),
    simulation: getSimulation,
  };
}
