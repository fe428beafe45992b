'use client';
/** The control for one parameter, chosen from its spec: slider + scrubbable number, segments, or a switch. */
import { useId } from 'react';
import type { ParamSpec, ParamValue } from '@/simulations/core/params';
import { ScrubbableNumber } from './scrubbable-number';
import { Segmented } from './segmented';
import { Slider } from './slider';
import { Toggle } from './toggle';

/** Generic in the spec, so a view's typed `set` takes what `onChange` gives (a number for numbers and choices, a boolean for toggles). */
type Props<P extends ParamSpec> = { spec: P; value: ParamValue<P>; onChange: (v: ParamValue<P>) => void };

export function ParamControl<P extends ParamSpec>({ spec, value, onChange: onValue }: Props<P>) {
  // Each control below hands back its spec's kind of value.
  const onChange = onValue as (v: number | boolean) => void;
  const id = useId();
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  return (
    <div className="min-w-0 font-sans" data-param={spec.label}>
      <div className="flex items-baseline justify-between gap-3">
        <span id={labelId} className="text-[0.8rem] font-semibold text-ink">
          {spec.label}
        </span>
        {spec.kind === 'number' && (
          <ScrubbableNumber spec={spec} value={Number(value)} onChange={onChange} label={`${spec.label} value`} describedBy={helpId} className="text-sm" />
        )}
      </div>
      <div className="mt-1.5">
        {spec.kind === 'number' && <Slider spec={spec} value={Number(value)} onChange={onChange} labelledBy={labelId} describedBy={helpId} />}
        {spec.kind === 'choice' && (
          <Segmented label={spec.label} labelledBy={labelId} options={spec.options} value={Number(value)} onChange={onChange} size="sm" />
        )}
        {spec.kind === 'toggle' && <Toggle label={spec.label} checked={Boolean(value)} onChange={onChange} describedBy={helpId} />}
      </div>
      <p id={helpId} className="sr-only">
        {spec.help}
      </p>
    </div>
  );
}
