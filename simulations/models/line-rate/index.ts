/** The line-rate family's public face: what code outside simulations/ may import (simulations/README.md). */
import { lineRateEntry } from './line-rate.entry';
export { lineRateEntry, lineRateParams } from './line-rate.entry';
export { lineRate, nsPerPacket, packetsPerSecond, ppsCurves, wireBytes } from './line-rate';
export type { LineRateResult } from './line-rate';
export { nsToByteTimes, wireLayout } from './wire-layout';
export type { WireRect } from './wire-layout';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [lineRateEntry] as const;
