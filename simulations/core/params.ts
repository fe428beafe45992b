/**
 * Declarative parameter specs. One spec per simulation parameter drives the
 * controls, the URL codec, MDX prop validation and the zod schema
 * (param-schema.ts, kept apart so zod stays out of the browser bundle), so the model
 * never reads a widget and a widget never invents a range (simulations/README.md,
 * "The entry contract").
 */
type ParamBase = {
  /** Short label shown next to the control. */
  label: string;
  /** One sentence shown as help text / tooltip. */
  help: string;
  /** Unit symbol shown after the value ('' for unitless). */
  unit: string;
};

export type NumberParam = ParamBase & {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
  /** How a slider maps position to value; log suits sizes spanning decades. */
  scale?: 'linear' | 'log';
  /** Notable values: ticks on the slider, PageUp/PageDown jump between them. */
  marks?: readonly number[];
};

/** `name` is the word scripts may use instead of the number (`--mode=irq`). */
export type ChoiceOption = { value: number; label: string; name?: string };

export type ChoiceParam = ParamBase & {
  kind: 'choice';
  options: readonly ChoiceOption[];
  default: number;
};

export type ToggleParam = ParamBase & { kind: 'toggle'; default: boolean };

export type ParamSpec = NumberParam | ChoiceParam | ToggleParam;
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

export type ParamValue<P extends ParamSpec> = P extends ToggleParam ? boolean : number;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: ParamValue<S[K]> };

/** Values with every parameter present and the same types as the spec. */
export function defaultValues<S extends ParamSpecs>(spec: S): ParamValues<S> {
  const out: Record<string, number | boolean> = {};
  for (const [key, p] of Object.entries(spec)) out[key] = p.default;
  return out as ParamValues<S>;
}

export function isOnStep(v: number, p: NumberParam): boolean {
  const k = (v - p.min) / p.step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}

/** Rounds to the nearest step from min, without floating-point crumbs. */
export function snapToStep(v: number, p: NumberParam): number {
  const k = Math.round((v - p.min) / p.step);
  const decimals = (String(p.step).split('.')[1] ?? '').length;
  return Number((p.min + k * p.step).toFixed(decimals));
}

export function clampNumber(v: number, p: NumberParam): number {
  return Math.min(p.max, Math.max(p.min, snapToStep(v, p)));
}

/** `base` with the given values on top; undefined means "not given", keys outside the spec are dropped. */
export function overlay<S extends ParamSpecs>(spec: S, base: ParamValues<S>, partial: Partial<ParamValues<S>>): ParamValues<S> {
  const out: Record<string, number | boolean> = { ...base };
  for (const [key, v] of Object.entries(partial)) if (v !== undefined && Object.hasOwn(spec, key)) out[key] = v as number | boolean;
  return out as ParamValues<S>;
}

/** Defaults overlaid with whichever values are given. */
export function withDefaults<S extends ParamSpecs>(spec: S, partial: Partial<ParamValues<S>>): ParamValues<S> {
  return overlay(spec, defaultValues(spec), partial);
}
