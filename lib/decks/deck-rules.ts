/**
 * Components a deck may use: everything a chapter may, plus <Step> (a fragment
 * revealed on a key press, which may also set a figure's parameters) and
 * <Notes> (speaker notes, shown only in the presenter view).
 */
import { checkParams, componentRules, type ComponentRule } from '@/lib/mdx/component-rules';

export const deckComponentRules: Record<string, ComponentRule> = {
  ...componentRules,
  Step: {
    props: { sim: { type: 'string' }, params: { type: 'object' } },
    check: (p, r) => {
      if (p.params !== undefined && p.sim === undefined) return ['params need a "sim" naming the simulation they set'];
      if (typeof p.sim !== 'string') return [];
      const sim = r.simulation(p.sim);
      if (!sim) return [`unknown simulation "${p.sim}"`];
      return checkParams(sim, p.params);
    },
  },
  Notes: { props: {} },
};
