/**
 * The other direction of derive.ts: the commands that take a freshly booted
 * machine to given model values. The lab runs them when its state comes from
 * outside the console (a shared link, a preset, Reset), so the terminal, the
 * exported script and the simulation always describe the same machine.
 */
import { APP_CPU, type ReceivePathValues } from '../models/receive-path/params';
import { STOCK_VALUES } from '../models/receive-path/tuned';
import { APP_PID, IFACE, MAX_CHANNELS, NCPUS } from './machine';

/** "4-7", "1" — a taskset CPU list. */
const cpuList = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

export function commandsForValues(values: Partial<ReceivePathValues>): string[] {
  const v = { ...STOCK_VALUES, ...values } as ReceivePathValues;
  const stock = STOCK_VALUES as ReceivePathValues;
  const out: string[] = [];
  const queues = Math.min(v.queues, MAX_CHANNELS);
  if (queues !== stock.queues) out.push(`ethtool -L ${IFACE} combined ${queues}`);
  if (v.ring_size !== stock.ring_size) out.push(`ethtool -G ${IFACE} rx ${v.ring_size}`);
  const coalesce: string[] = [];
  if (v.adaptive_rx !== stock.adaptive_rx) coalesce.push(`adaptive-rx ${v.adaptive_rx ? 'on' : 'off'}`);
  if (v.rx_usecs !== stock.rx_usecs) coalesce.push(`rx-usecs ${v.rx_usecs}`);
  if (v.rx_frames !== stock.rx_frames) coalesce.push(`rx-frames ${v.rx_frames}`);
  if (coalesce.length > 0) out.push(`ethtool -C ${IFACE} ${coalesce.join(' ')}`);
  if (v.gro !== stock.gro) out.push(`ethtool -K ${IFACE} gro ${v.gro ? 'on' : 'off'}`);
  const sysctls: Array<[keyof ReceivePathValues, string]> = [
    ['dev_weight', 'dev_weight'],
    ['netdev_budget', 'netdev_budget'],
    ['netdev_budget_usecs', 'netdev_budget_usecs'],
    ['netdev_max_backlog', 'netdev_max_backlog'],
    ['rmem_default', 'rmem_default'],
    ['busy_poll_us', 'busy_read'],
  ];
  for (const [knob, key] of sysctls) if (v[knob] !== stock[knob]) out.push(`sysctl -w net.core.${key}=${Number(v[knob])}`);
  // Queue q's interrupt goes to CPU q (machine.ts); the readers move to the CPUs after them.
  if (v.app_cpu === APP_CPU.other && v.app_cpu !== stock.app_cpu) out.push(`taskset -apc ${cpuList(queues, Math.min(NCPUS - 1, 2 * queues - 1))} ${APP_PID}`);
  if (v.rps && v.rps !== stock.rps) {
    for (let q = 0; q < queues; q++) out.push(`echo ff > /sys/class/net/${IFACE}/queues/rx-${q}/rps_cpus`);
  }
  return out;
}
