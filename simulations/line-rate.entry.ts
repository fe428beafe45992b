/** Catalog entry: the line-rate budget of chapter 1. */
import type { AnalyticEntry } from './catalog-types';
import { JUMBO_FRAME_BYTES, LINK_SPEEDS_GBPS, MAX_FRAME_BYTES, MIN_FRAME_BYTES } from './models/ethernet';
import { lineRate, type LineRateResult } from './models/line-rate';

export const lineRateParams = {
  linkGbps: {
    kind: 'choice',
    label: 'Link speed',
    unit: 'Gbit/s',
    help: 'Nominal Ethernet line rate.',
    options: LINK_SPEEDS_GBPS.map((v) => ({ value: v, label: `${v} GbE` })),
    default: 10,
  },
  frameBytes: {
    kind: 'number',
    label: 'Frame size',
    unit: 'B',
    help: 'Ethernet frame from destination MAC to FCS: 64 is the minimum, 1518 a full 1500-byte MTU, 9000 a jumbo frame.',
    min: MIN_FRAME_BYTES,
    max: JUMBO_FRAME_BYTES,
    step: 1,
    default: MIN_FRAME_BYTES,
    scale: 'log',
    marks: [MIN_FRAME_BYTES, 128, 256, 512, 1024, MAX_FRAME_BYTES, JUMBO_FRAME_BYTES],
  },
  cpuGhz: {
    kind: 'number',
    label: 'CPU clock',
    unit: 'GHz',
    help: 'Core clock used to turn the time budget into cycles.',
    min: 1,
    max: 5,
    step: 0.1,
    default: 3,
  },
} as const;

export const lineRateEntry: AnalyticEntry<typeof lineRateParams, LineRateResult> = {
  kind: 'analytic',
  id: 'line-rate',
  title: 'The line-rate budget',
  summary: 'Link speed and frame size set how many packets arrive each second, and how little time each one may take.',
  params: lineRateParams,
  presets: [
    { id: 'worst-case', label: '10 GbE, 64 B', values: { linkGbps: 10, frameBytes: MIN_FRAME_BYTES } },
    { id: 'mtu', label: '10 GbE, 1518 B', values: { linkGbps: 10, frameBytes: MAX_FRAME_BYTES } },
    { id: 'jumbo', label: '10 GbE, jumbo', values: { linkGbps: 10, frameBytes: JUMBO_FRAME_BYTES } },
    { id: '100g', label: '100 GbE, 64 B', values: { linkGbps: 100, frameBytes: MIN_FRAME_BYTES } },
  ],
  evaluate: (v) => lineRate(v),
};
