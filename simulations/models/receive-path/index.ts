/** The receive-path family's public face: what code outside simulations/ may import (simulations/README.md). */
import { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from './receive-path.entry';
export { DRIVER_RX_NS, GRO_NS, IP_RX_NS, UDP_RX_NS } from './stage-costs';
export { explainDrop } from './drop-log';
export type { DropCounter, DropRecord } from './drop-log';
export { ReceivePathSim, lineRatePps } from './model';
export type { Snapshot } from './model';
export { CORE_ACTIVITIES, STAGES } from './vocabulary';
export type { CoreActivity } from './vocabulary';
export { DROP_SCENARIOS } from './drop-scenarios';
export { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from './receive-path.entry';
export { TUNING_RUN, TUNING_STEPS } from './tuning-steps';
export type { RunSummary } from './summary';
export { NETDEV_MAX_BACKLOG, RMEM_DEFAULT, SKB_MIN_DATA_BYTES, SKB_OVERHEAD_BYTES } from './linux-defaults';
export { APP_CPU, modelValues, receivePathParams } from './params';
export type { ReceivePathValues } from './params';
export { runReceivePath } from './run';
export { calibrate } from './calibration';

/** The family's catalog entries, in the order simulations/catalog.ts lists them. */
export const entries = [rxRingEntry, irqVsNapiEntry, receivePathEntry, cpuPlacementEntry] as const;
