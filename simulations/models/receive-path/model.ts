/**
 * The Linux receive path as a discrete-event simulation: frames arrive on the
 * wire, the NIC hashes them to a queue and DMAs them into that queue's
 * descriptor ring, an interrupt (moderated by rx-usecs / rx-frames) schedules
 * NAPI, net_rx_action polls with dev_weight and netdev_budget in softirq or in
 * ksoftirqd, RPS may hand packets to another CPU's backlog, UDP queues them on
 * a socket charged by truesize, and an application thread takes them with
 * recvmsg()/recvmmsg(), sleeping or busy polling when there is nothing to read.
 *
 * Everything is integers of nanoseconds, typed arrays and a seeded PRNG, so a
 * run is a pure function of (parameters, seed).
 *
 * This module is what the rest of the code imports; the model itself is one
 * class, ReceivePathSim, stacked in four files, each layer extending the one
 * before so the hot loop reads and writes its fields directly:
 *  - sim-state.ts: the codes, types and pure helpers, and the state a run carries;
 *  - readouts.ts: what views read (counters, CPU time, snapshots, the time
 *    series, the latency histogram, the drop log);
 *  - work-items.ts: what each work item does (NAPI poll, backlog, socket, reader);
 *  - event-loop.ts: the loop itself, the wire and NIC, and the CPU scheduler.
 */
export { ReceivePathSim } from './event-loop';
export {
  lineRatePps,
  payloadOf,
  SERIES_COLUMNS,
  truesizeOf,
  type CoreView,
  type Counters,
  type PacketView,
  type SeriesColumn,
  type Snapshot,
} from './sim-state';
export { CORE_ACTIVITIES, STAGES, type CoreActivity, type Stage } from './vocabulary';
export type { DropCounter, DropPlace } from './drop-log';
