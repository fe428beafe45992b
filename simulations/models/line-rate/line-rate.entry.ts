/** Catalog entry: the line-rate budget of chapter 1. */
import type { AnalyticEntry } from '../../core/entry-types';
import { JUMBO_FRAME_BYTES, MAX_FRAME_BYTES, MIN_FRAME_BYTES } from '../../core/ethernet';
import { frameSizeParam, linkSpeedParam } from '../../core/wire-params';
import { lineRate, type LineRateResult } from './line-rate';

export const lineRateParams = {
  linkGbps: linkSpeedParam,
  frameBytes: frameSizeParam,
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

export const lineRateEntry: AnalyticEntry<typeof lineRateParams, LineRateResult, 'line-rate'> = {
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
  panels: ['full', 'wire', 'budget', 'chart', 'teaser'],
  metrics: {
    pps: { label: 'packets per second', unit: '', digits: 0, get: (r) => r.pps },
    mpps: { label: 'million packets per second', unit: 'Mpps', digits: 2, get: (r) => r.pps / 1e6 },
    nsPerPacket: { label: 'nanoseconds per packet', unit: 'ns', digits: 'sig3', get: (r) => r.nsPerPacket },
    cyclesPerPacket: { label: 'CPU cycles per packet', unit: 'cycles', digits: 0, get: (r) => r.cyclesPerPacket },
    wireBytes: { label: 'bytes of wire time per frame', unit: 'B', digits: 0, get: (r) => r.wireBytes },
    frameShare: { label: 'share of wire time carrying frames', unit: '%', digits: 0, get: (r) => r.frameShare * 100 },
    gbpsFrames: { label: 'frame throughput', unit: 'Gbit/s', digits: 2, get: (r) => r.frameBitsPerSecond / 1e9 },
  },
  evaluate: (v) => lineRate(v),
};
