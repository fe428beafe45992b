/** The stacks family's public face: what code outside simulations/ may import (simulations/README.md). */
import { architecturesEntry } from './architectures.entry';
import { frameSizeSweepEntry } from './frame-size-sweep.entry';
import { latencyBudgetEntry } from './latency-budget.entry';
import { stackEntry } from './stack.entry';
import { zeroCopyEntry } from './zero-copy.entry';

// The entries, their parameters and results.
export { stackEntry, stackParams } from './stack.entry';
export { evaluateStack } from './evaluate';
export type { StackResult } from './evaluate';
export { frameSizeSweepEntry, frameSizeSweepParams, linksOf } from './frame-size-sweep.entry';
export type { FrameSizeSweepChunk, FrameSizeSweepResult } from './frame-size-sweep.entry';
export { evaluateLatencyBudget, latencyBudgetEntry, latencyBudgetParams } from './latency-budget.entry';
export type { LatencyBudgetResult } from './latency-budget.entry';
export { ARCH_FRAME_BYTES, ARCH_LINK_GBPS, architecturesEntry, architecturesParams, evaluateArchitecture } from './architectures.entry';
export type { ArchitectureResult, ArchitectureStep, ArchitectureSummary } from './architectures.entry';
export { evaluateZeroCopy, zeroCopyEntry, zeroCopyParams } from './zero-copy.entry';
export type { ZeroCopyResult } from './zero-copy.entry';

// The stacks and what views draw of them: paths, buffers, latency categories, the sweep for every stack.
export { STACKS, STACK_IDS } from './stacks';
export type { StackSpec } from './types';
export { stepNote } from './path-notes';
export { LAYERS, LAYER_LABELS, dataPath, pathCounts } from './paths';
export type { Layer, PathStep, StepKind } from './paths';
export { BUFFER_PHASES, bufferJourney, phaseText } from './buffers';
export type { BufferJourney, CopyJourney, ZeroCopyJourney } from './buffers';
export { CATEGORY_INFO, LATENCY_CATEGORIES, latencyBars } from './latency-categories';
export type { LatencyBar } from './latency-categories';
export { copyLoad } from './model';
export { SWEEP_FRAME_SIZES, stackSweep } from './sweep';
export type { SweepPoint } from './sweep';

// For the bench.
export { calibrate } from './calibration';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [stackEntry, frameSizeSweepEntry, latencyBudgetEntry, architecturesEntry, zeroCopyEntry] as const;
