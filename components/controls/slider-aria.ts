import { formatParamValue } from '@/simulations/core/format-param';
import type { NumberParam } from '@/simulations/core/params';

/** The ARIA slider attributes both number controls expose, with the unit in the spoken value. */
export function sliderAria(spec: NumberParam, value: number) {
  return {
    role: 'slider',
    tabIndex: 0,
    'aria-valuemin': spec.min,
    'aria-valuemax': spec.max,
    'aria-valuenow': value,
    'aria-valuetext': formatParamValue(spec, value),
  } as const;
}
