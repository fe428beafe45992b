/**
 * What each MDX component accepts. The remark plugin checks every capitalised
 * tag against this table at build time, so a typo in a chapter fails the build
 * with a file and line instead of breaking a page at runtime.
 */
import { coerceParams } from '@/simulations/coerce';
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

function checkParams(simId: string, params: Literal | undefined, registry: ContentRegistry): string[] {
  const sim = registry.simulation(simId);
  if (!sim || params === undefined) return [];
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return ['params must be an object literal'];
  // Authors get errors, not clamps: a wrong number in prose should never ship.
  return coerceParams(sim.params, params, `parameter of "${simId}"`).notices.map((n) => `params: ${n.message}`);
}

function checkSimulation(props: Props, registry: ContentRegistry, simKey: 'id' | 'sim'): { problems: string[]; ok: boolean } {
  const id = props[simKey];
  if (typeof id !== 'string') return { problems: [], ok: false };
  const sim = registry.simulation(id);
  if (!sim) return { problems: [`unknown simulation "${id}"`], ok: false };
  return { problems: checkParams(id, props.params, registry), ok: true };
}

export const componentRules: Record<string, ComponentRule> = {
  Figure: { props: { id: { required: true, type: 'string' }, caption: { required: true, type: 'string' } } },
  Sidenote: { props: {} },
  // Inserted by the pipeline (narrow-screen copy of a Sidenote); authors need not write it.
  SidenoteBlock: { props: {} },
  Term: { props: { id: { required: true, type: 'string' } }, check: (p, r) => known('glossary', r.terms, p.id) },
  Cite: { props: { id: { required: true, type: 'string' }, loc: { type: 'string' } }, check: (p, r) => known('reference', r.refs, p.id) },
  Callout: { props: { kind: { type: 'string', oneOf: ['note', 'try', 'warning'] }, title: { type: 'string' } } },
  Const: { props: { id: { required: true, type: 'string' }, show: { type: 'string', oneOf: ['value', 'full', 'adjective', 'words'] } }, check: (p, r) => known('constant', r.constants, p.id) },
  ChapterMap: { props: {} },
  Simulation: {
    props: { id: { required: true, type: 'string' }, panel: { type: 'string' }, params: { type: 'object' } },
    check: (p, r) => {
      const { problems, ok } = checkSimulation(p, r, 'id');
      const sim = ok ? r.simulation(String(p.id)) : undefined;
      if (sim && typeof p.panel === 'string' && !sim.panels.includes(p.panel)) {
        problems.push(`unknown panel "${p.panel}" for "${sim.id}"; panels: ${sim.panels.join(', ')}`);
      }
      return problems;
    },
  },
  Param: {
    props: { sim: { required: true, type: 'string' }, name: { required: true, type: 'string' } },
    check: (p, r) => {
      const sim = typeof p.sim === 'string' ? r.simulation(p.sim) : undefined;
      if (!sim) return [`unknown simulation "${String(p.sim)}"`];
      return typeof p.name === 'string' && !Object.hasOwn(sim.params, p.name) ? [`"${sim.id}" has no parameter "${p.name}"; parameters: ${Object.keys(sim.params).join(', ')}`] : [];
    },
  },
  Live: {
    props: { sim: { required: true, type: 'string' }, metric: { required: true, type: 'string' } },
    check: (p, r) => {
      const sim = typeof p.sim === 'string' ? r.simulation(p.sim) : undefined;
      if (!sim) return [`unknown simulation "${String(p.sim)}"`];
      return typeof p.metric === 'string' && !Object.hasOwn(sim.metrics, p.metric) ? [`unknown metric "${p.metric}" for "${sim.id}"; metrics: ${Object.keys(sim.metrics).join(', ')}`] : [];
    },
  },
  Value: {
    props: { sim: { required: true, type: 'string' }, metric: { required: true, type: 'string' }, params: { type: 'object' } },
    check: (p, r) => {
      const { problems, ok } = checkSimulation(p, r, 'sim');
      const sim = ok ? r.simulation(String(p.sim)) : undefined;
      if (sim && typeof p.metric === 'string' && !Object.hasOwn(sim.metrics, p.metric)) {
        problems.push(`unknown metric "${p.metric}" for "${sim.id}"; metrics: ${Object.keys(sim.metrics).join(', ')}`);
      }
      return problems;
    },
  },
};

export function checkProps(name: string, props: Props, registry: ContentRegistry): string[] {
  const rule = componentRules[name];
  if (!rule) return [`unknown component <${name}>; available: ${Object.keys(componentRules).join(', ')}`];
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
