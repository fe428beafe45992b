/**
 * Chapter 4's "one knob at a time": each standard tuning step as the command an
 * administrator types and the model values it sets, starting from the stock
 * kernel at 10 GbE line rate with 64-byte frames on one queue. MEASURED holds
 * what the model delivers for each (50 ms, seed 1), so prose can quote the
 * figures; tuning-steps.test.ts reruns them and fails if the model drifts.
 */
import { APP_CPU, type ReceivePathValues } from './params';
import { TUNED_VALUES } from './tuned';

export type TuningStep = { id: string; label: string; command: string; values: Partial<ReceivePathValues> };

export const TUNING_STEPS = [
  { id: 'stock', label: 'Stock kernel, one queue', command: '', values: {} },
  { id: 'app-other-cpu', label: 'Application pinned to another CPU', command: 'taskset -pc 2 $(pidof udp-sink)', values: { app_cpu: APP_CPU.other } },
  { id: 'ring-4096', label: 'RX ring 4096', command: 'ethtool -G eth0 rx 4096', values: { ring_size: 4096 } },
  { id: 'budget-600', label: 'netdev_budget 600', command: 'sysctl -w net.core.netdev_budget=600', values: { netdev_budget: 600 } },
  { id: 'gro-off', label: 'GRO off', command: 'ethtool -K eth0 gro off', values: { gro: false } },
  { id: 'busy-read', label: 'busy_read 50 µs', command: 'sysctl -w net.core.busy_read=50', values: { busy_poll_us: 50 } },
  { id: 'recvmmsg', label: 'recvmmsg, 32 per call', command: '(in the application: recvmmsg with 32 messages)', values: { recv_batch: 32 } },
  {
    id: 'rps',
    label: 'RPS to the application’s CPU',
    command: 'echo 4 > /sys/class/net/eth0/queues/rx-0/rps_cpus',
    values: { rps: true, app_cpu: APP_CPU.other },
  },
  { id: 'queues-4', label: 'Four queues (RSS)', command: 'ethtool -L eth0 combined 4', values: { queues: 4 } },
  { id: 'tuned', label: 'Tuned (all of the standard set)', command: '', values: TUNED_VALUES },
  { id: 'tuned-4q', label: 'Tuned, on four queues', command: 'ethtool -L eth0 combined 4', values: { ...TUNED_VALUES, queues: 4 } },
] as const satisfies readonly TuningStep[];

export type TuningStepId = (typeof TUNING_STEPS)[number]['id'];

export const TUNING_RUN = { durationMs: 50, seed: 1 } as const;

/** Delivered packets per second, rounded to the kpps; checked by tuning-steps.test.ts. */
export const MEASURED_DELIVERED_PPS: Record<TuningStepId, number> = {
  stock: 684_000,
  'app-other-cpu': 1_426_000,
  'ring-4096': 684_000,
  'budget-600': 668_000,
  'gro-off': 684_000,
  'busy-read': 535_000,
  recvmmsg: 1_312_000,
  rps: 684_000,
  'queues-4': 2_720_000,
  tuned: 1_426_000,
  'tuned-4q': 5_705_000,
};
