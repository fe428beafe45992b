/**
 * The receive-path family's public face: what code outside simulations/ may
 * import (simulations/README.md). Views take the entries, the types and the
 * vocabulary; the live model itself reaches a page through `entry.load()`,
 * and scripts and tests use it directly.
 */
import { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from './receive-path.entry';

// The entries and their parameters.
export { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from './receive-path.entry';
export { APP_CPU, modelValues, receivePathParams } from './params';
export type { ReceivePathValues } from './params';

// What views draw and name: results, stages, counters, drops.
export type { RunSummary } from './summary';
export type { Snapshot } from './model';
export { CORE_ACTIVITIES, STAGES } from './vocabulary';
export type { CoreActivity } from './vocabulary';
export { explainDrop } from './drop-log';
export type { DropCounter, DropRecord } from './drop-log';
export { DROP_SCENARIOS } from './drop-scenarios';
export { TUNING_RUN, TUNING_STEPS } from './tuning-steps';
export { DRIVER_RX_NS, GRO_NS, IP_RX_NS, UDP_RX_NS } from './stage-costs';
export { NETDEV_MAX_BACKLOG, RMEM_DEFAULT, SKB_MIN_DATA_BYTES, SKB_OVERHEAD_BYTES } from './linux-defaults';

// The model, for the console, the bench and tests.
export { ReceivePathSim, lineRatePps } from './model';
export { runReceivePath } from './run';
export { calibrate } from './calibration';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [rxRingEntry, irqVsNapiEntry, receivePathEntry, cpuPlacementEntry] as const;
