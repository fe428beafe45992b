'use client';
/** The control for one parameter, chosen from its spec: slider + scrubbable number, segments, or a switch. */
import { useId } from 'react';
import type { ParamSpec } from '@/simulations/core/params';
import { ScrubbableNumber } from './scrubbable-number';
import { Segmented } from './segmented';
import { Slider } from './slider';
import { Toggle } from './toggle';

type Props = { spec: ParamSpec; value: number | boolean; onChange: (v: number | boolean) => void };

export function ParamControl({ spec, value, onChange }: Props) {
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
