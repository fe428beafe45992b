import { APP_CPU, type ReceivePathValues } from './params';

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
  app_cpu: APP_CPU.other,
  ring_size: 4096,
  netdev_budget: 600,
  gro: false,
  busy_poll_us: 50,
};
