/**
 * The JSON Schema `npm run sim -- --list --json` prints for each entry. It is
 * derived from the strict zod schema of the resolved values (numbers), then
 * widened so that it also describes what a run echoes and the command line
 * takes: a choice by its name (`"stack": "dpdk"`) as well as by its number.
 */
import { namedValue } from '../simulations/core/named-values';
import type { ParamSpecs } from '../simulations/core/params';

type JsonSchema = { properties?: Record<string, unknown> };

export function listedSchema<T extends JsonSchema>(schema: T, spec: ParamSpecs): T {
  const properties: Record<string, unknown> = { ...schema.properties };
  for (const [key, p] of Object.entries(spec)) {
    const prop = properties[key];
    if (p.kind !== 'choice' || typeof prop !== 'object' || prop === null) continue;
    const names = p.options.map((o) => namedValue(p, o.value)).filter((v): v is string => typeof v === 'string');
    if (names.length === 0) continue;
    properties[key] = { ...prop, type: ['number', 'string'], enum: [...p.options.map((o) => o.value), ...names], default: namedValue(p, p.default) };
  }
  return { ...schema, properties };
}
