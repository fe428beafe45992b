/** The kernel-vs-bypass family's public face: what code outside simulations/ may import (simulations/README.md). */
import { kernelVsBypassEntry } from './kernel-vs-bypass.entry';
export { KernelVsBypassSim } from './sim';
export { KERNEL, kernelSide, kernelVsBypassParams } from './params';
export type { KernelVsBypassParams } from './params';
export type { KernelVsBypassSummary } from './summary';
export { kernelVsBypassEntry } from './kernel-vs-bypass.entry';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [kernelVsBypassEntry] as const;
