/**
 * What each MDX component accepts. The remark plugin checks every capitalised
 * tag against this table at build time, so a typo in a chapter fails the build
 * with a file and line instead of breaking a page at runtime.
 */
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { coerceParams } from '@/simulations/core/coerce';
import type { Literal } from './estree-literal';
import type { ContentRegistry } from './registry';

export type Props = Record<string, Literal | undefined>;

type PropRule = { required?: boolean; type: 'string' | 'object'; oneOf?: readonly string[] };

export type ComponentRule = {
  props: Record<string, PropRule>;
  /** Extra checks that need the registry; return problem messages. */
  check?: (props: Props, registry: ContentRegistry) => string[];
};

const known = (what: string, set: ReadonlySet<string>, id: Literal | undefined): string[] =>
  typeof id === 'string' && !set.has(id) ? [`unknown ${what} id "${id}"`] : [];

export function checkParams(sim: AnySimulationEntry, params: Literal | undefined): string[] {
  if (params === undefined) return [];
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return ['params must be an object literal'];
  // Authors get errors, not clamps: a wrong number in prose should never ship.
  return coerceParams(sim.params, params, `parameter of "${sim.id}"`).notices.map((n) => `params: ${n.message}`);
}

/** "unknown metric "x" for "line-rate"; metrics: a, b" when `name` is not one of `keys`. */
function member(what: string, name: Literal | undefined, keys: readonly string[], simId: string): string[] {
  return typeof name === 'string' && !keys.includes(name) ? [`unknown ${what} "${name}" for "${simId}"; ${what}s: ${keys.join(', ')}`] : [];
}

/** Prose figures are computed while the page renders, which only analytic models can do. */
function analyticOnly(sim: AnySimulationEntry): string[] {
  return sim.kind === 'analytic' ? [] : [`"${sim.id}" is an event-driven simulation; quote its figures from its view, not from prose`];
}

/**
 * The check shared by every component that names a simulation: the id must
 * exist, literal params must be valid, and then the component's own members.
 */
function simulationCheck(simKey: 'id' | 'sim', members: (p: Props, sim: AnySimulationEntry) => string[]) {
  return (p: Props, r: ContentRegistry): string[] => {
    const id = p[simKey];
    if (typeof id !== 'string') return [];
    const sim = r.simulation(id);
    if (!sim) return [`unknown simulation "${id}"`];
    return [...checkParams(sim, p.params), ...members(p, sim)];
  };
}

export const componentRules: Record<string, ComponentRule> = {
  Figure: { props: { id: { required: true, type: 'string' }, caption: { required: true, type: 'string' } } },
  Sidenote: { props: {} },
  // Inserted by the pipeline (narrow-screen copy of a Sidenote); authors need not write it.
  SidenoteBlock: { props: {} },
  Term: { props: { id: { required: true, type: 'string' } }, check: (p, r) => known('glossary', r.terms, p.id) },
  Cite: { props: { id: { required: true, type: 'string' }, loc: { type: 'string' } }, check: (p, r) => known('reference', r.refs, p.id) },
  Callout: { props: { kind: { type: 'string', oneOf: ['note', 'try', 'warning'] }, title: { type: 'string' } } },
  Const: {
    props: { id: { required: true, type: 'string' }, show: { type: 'string', oneOf: ['value', 'full', 'adjective', 'words'] } },
    check: (p, r) => known('constant', r.constants, p.id),
  },
  ChapterMap: { props: {} },
  // Chapter 3's exercise: which counter moved? (components/sims/receive-path/drop-quiz.tsx)
  DropQuiz: { props: {} },
  Simulation: {
    props: { id: { required: true, type: 'string' }, panel: { type: 'string' }, title: { type: 'string' }, params: { type: 'object' } },
    // Every catalog entry has a view: components/sims/frame/bindings.ts has a row per SimulationId.
    check: simulationCheck('id', (p, sim) => member('panel', p.panel, sim.panels, sim.id)),
  },
  Param: {
    props: { sim: { required: true, type: 'string' }, name: { required: true, type: 'string' } },
    check: simulationCheck('sim', (p, sim) => member('parameter', p.name, Object.keys(sim.params), sim.id)),
  },
  Live: {
    props: { sim: { required: true, type: 'string' }, metric: { required: true, type: 'string' } },
    check: simulationCheck('sim', (p, sim) => [...analyticOnly(sim), ...member('metric', p.metric, Object.keys(sim.metrics), sim.id)]),
  },
  // A link in prose that sets a figure on the page to one of its catalog presets.
  Preset: {
    props: { sim: { required: true, type: 'string' }, id: { required: true, type: 'string' } },
    check: simulationCheck('sim', (p, sim) =>
      member(
        'preset',
        p.id,
        sim.presets.map((x) => x.id),
        sim.id,
      ),
    ),
  },
  Value: {
    props: { sim: { required: true, type: 'string' }, metric: { required: true, type: 'string' }, params: { type: 'object' } },
    check: simulationCheck('sim', (p, sim) => [...analyticOnly(sim), ...member('metric', p.metric, Object.keys(sim.metrics), sim.id)]),
  },
};

export function checkProps(name: string, props: Props, registry: ContentRegistry, rules: Record<string, ComponentRule> = componentRules): string[] {
  const rule = rules[name];
  if (!rule) return [`unknown component <${name}>; available: ${Object.keys(rules).join(', ')}`];
  const problems: string[] = [];
  for (const key of Object.keys(props)) {
    if (!Object.hasOwn(rule.props, key)) problems.push(`<${name}> has no prop "${key}"`);
  }
  for (const [key, r] of Object.entries(rule.props)) {
    const v = props[key];
    if (v === undefined) {
      if (r.required) problems.push(`<${name}> needs a "${key}" prop`);
      continue;
    }
    const actual = typeof v === 'object' && v !== null && !Array.isArray(v) ? 'object' : typeof v;
    if (actual !== r.type) problems.push(`<${name}> prop "${key}" must be a ${r.type}`);
    else if (r.oneOf && !r.oneOf.includes(String(v))) problems.push(`<${name}> prop "${key}" must be one of ${r.oneOf.join(', ')} (got "${v}")`);
  }
  if (problems.length === 0 && rule.check) problems.push(...rule.check(props, registry).map((m) => `<${name}>: ${m}`));
  return problems;
}
