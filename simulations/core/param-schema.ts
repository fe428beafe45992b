/** A strict zod schema derived from a parameter spec (Node side: tests, CLI, messages). */
import { z } from 'zod';
import { isOnStep, type ParamSpec, type ParamSpecs } from './params';

function paramZod(p: ParamSpec) {
  const meta = { label: p.label, unit: p.unit, help: p.help };
  switch (p.kind) {
    case 'number':
      return z
        .number()
        .min(p.min)
        .max(p.max)
        .refine((v) => isOnStep(v, p), { message: `must be a multiple of ${p.step} from ${p.min}` })
        .meta({ ...meta, min: p.min, max: p.max, step: p.step, default: p.default });
    case 'choice':
      // A literal set (not a refine) so JSON Schema exports show the allowed values as an enum.
      return z
        .literal(
          p.options.map((o) => o.value),
          { message: `must be one of ${p.options.map((o) => o.value).join(', ')}` },
        )
        .meta({ ...meta, default: p.default, options: p.options.map((o) => ({ ...o })) });
    case 'toggle':
      return z.boolean().meta({ ...meta, default: p.default });
  }
}

/** A strict zod schema for a complete set of values (used by tests, CLI, messages). */
export function paramSchema<S extends ParamSpecs>(spec: S) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, p] of Object.entries(spec)) shape[key] = paramZod(p);
  return z.strictObject(shape);
}
