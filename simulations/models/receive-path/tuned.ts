import { defaultValues } from '../../core/params';
import { APP_CPU, receivePathParams, type ReceivePathValues } from './params';

/**
 * The knobs a host administrator or the application's author sets, as
 * opposed to the traffic (link, frame size, load, arrivals, flows). The
 * `stock` preset puts every one of them back to its Linux default and leaves
 * the traffic alone; `tuned` starts from there. The tuning lab's console
 * (simulations/console/derive.ts) derives exactly these from the machine.
 */
export const KERNEL_KNOBS = [
  'queues',
  'app_cpu',
  'mode',
  'ring_size',
  'rx_usecs',
  'rx_frames',
  'adaptive_rx',
  'dev_weight',
  'netdev_budget',
  'netdev_budget_usecs',
  'netdev_max_backlog',
  'rps',
  'gro',
  'rmem_default',
  'busy_poll_us',
  'recv_batch',
] as const satisfies ReadonlyArray<keyof ReceivePathValues>;
export type KernelKnob = (typeof KERNEL_KNOBS)[number];

const defaults = defaultValues(receivePathParams);
export const STOCK_VALUES: Partial<ReceivePathValues> = Object.fromEntries(KERNEL_KNOBS.map((k) => [k, defaults[k]]));

/**
 * The `tuned` preset: what a careful administrator changes without touching
 * the application (packagecloud 2016; Red Hat network performance tuning
 * guide): the application pinned to a CPU other than the one taking the
 * queue's interrupt (taskset, /proc/irq/N/smp_affinity_list), the RX ring
 * grown to 4096 (ethtool -G), twice the softirq budget (netdev_budget 600),
 * GRO off because plain UDP never merges (ethtool -K gro off), and busy
 * polling for latency (net.core.busy_read 50).
 */
export const TUNED_VALUES: Partial<ReceivePathValues> = {
  ...STOCK_VALUES,
  app_cpu: APP_CPU.other,
  ring_size: 4096,
  netdev_budget: 600,
  gro: false,
  busy_poll_us: 50,
};
