/**
 * Keyboard behaviour shared by the slider and the scrubbable number, following
 * the WAI-ARIA slider pattern: arrows move one step (Shift: ten), PageUp/PageDown
 * jump to the next notable value (the spec's marks) or a tenth of the range,
 * Home/End go to the ends. Returns undefined for keys it does not handle.
 */
import { clampNumber, type NumberParam } from '@/simulations/core/params';

export function valueForKey(p: NumberParam, v: number, key: string, shift = false): number | undefined {
  const step = p.step * (shift ? 10 : 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clampNumber(v + step, p);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampNumber(v - step, p);
    case 'Home':
      return p.min;
    case 'End':
      return p.max;
    case 'PageUp':
      return p.marks ? (p.marks.find((m) => m > v) ?? p.max) : clampNumber(v + (p.max - p.min) / 10, p);
    case 'PageDown':
      return p.marks ? ([...p.marks].reverse().find((m) => m < v) ?? p.min) : clampNumber(v - (p.max - p.min) / 10, p);
    default:
      return undefined;
  }
}
