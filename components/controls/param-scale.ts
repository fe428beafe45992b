/** Maps a number parameter to a 0..1 track position and back (linear or log). */
import { clampNumber, type NumberParam } from '@/simulations/core/params';

export function toFraction(p: NumberParam, v: number): number {
  const f = p.scale === 'log' ? Math.log(v / p.min) / Math.log(p.max / p.min) : (v - p.min) / (p.max - p.min);
  return Math.min(1, Math.max(0, f));
}

export function fromFraction(p: NumberParam, f: number): number {
  const t = Math.min(1, Math.max(0, f));
  const raw = p.scale === 'log' ? p.min * Math.pow(p.max / p.min, t) : p.min + t * (p.max - p.min);
  return clampNumber(raw, p);
}
