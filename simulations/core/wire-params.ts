/**
 * Parameter specs every simulation of a wire shares (link speed and frame
 * size), so the line-rate budget and the receive path offer the same ranges
 * and marks. Entries name them in their own style (linkGbps, link_gbps).
 */
import { JUMBO_FRAME_BYTES, LINK_SPEEDS_GBPS, MAX_FRAME_BYTES, MIN_FRAME_BYTES } from './ethernet';
import type { ChoiceParam, NumberParam } from './params';

export const linkSpeedParam = {
  kind: 'choice',
  label: 'Link speed',
  unit: 'Gbit/s',
  help: 'Nominal Ethernet line rate.',
  options: LINK_SPEEDS_GBPS.map((v) => ({ value: v, label: `${v} GbE` })),
  default: 10,
} as const satisfies ChoiceParam;

export const frameSizeParam = {
  kind: 'number',
  label: 'Frame size',
  unit: 'B',
  help: 'Ethernet frame from destination MAC to FCS: 64 is the minimum, 1518 a full 1500-byte MTU, 9000 a jumbo frame.',
  min: MIN_FRAME_BYTES,
  max: JUMBO_FRAME_BYTES,
  step: 1,
  default: MIN_FRAME_BYTES,
  scale: 'log',
  marks: [MIN_FRAME_BYTES, 128, 256, 512, MAX_FRAME_BYTES, JUMBO_FRAME_BYTES],
} as const satisfies NumberParam;
