/** The choose family's public face: what code outside simulations/ may import (simulations/README.md). */
import { chooseEntry } from './choose.entry';
export { chooseEntry, chooseParams } from './choose.entry';
export type { ChooseResult, ChooseValues } from './choose.entry';
export type { Reason, Verdict } from './recommend';
export { claimsOf, STACK_PROPERTIES } from './properties';
export type { Fit } from './properties';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [chooseEntry] as const;
