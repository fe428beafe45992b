/**
 * The small commands around the real tools: help, clear, pgrep, nproc, and
 * the bash builtins a pasted script uses (true, false, :, set, export, exit).
 */
import { fail, ok, type CmdContext, type CmdResult } from '../context';
import { APP_CMDLINE, APP_NAME, APP_PID, IFACE, IRQ_BASE, MAX_CHANNELS, NCPUS, RING_MAX, RING_MIN } from '../machine';

export const HELP = `The lab machine: ${IFACE} (mlx5_core, starting with one RX queue), ${NCPUS} CPUs, and
${APP_NAME} (pid ${APP_PID}) receiving UDP with one thread per RX queue. Read commands show the
running simulation's counters; changes apply to it at once.

Look:
  ethtool -g|-c|-l|-k|-x|-S|-i ${IFACE}   ring, coalescing, channels, features, RSS table, counters, driver
  cat /proc/net/softnet_stat          per CPU (hex): processed, dropped, time_squeeze, …
  cat /proc/interrupts                ${IFACE}'s interrupts per CPU (IRQ ${IRQ_BASE} + queue)
  cat /proc/irq/${IRQ_BASE}/smp_affinity_list  CPUs that IRQ may interrupt
  cat /sys/class/net/${IFACE}/queues/rx-0/rps_cpus
  nstat [-az] [PATTERN]               SNMP counters, e.g. nstat -az 'Udp*'
  ip -s [-s] link [show ${IFACE}]         interface counters
  sysctl net.core.NAME, sysctl -a     kernel settings
  taskset -pc ${APP_PID}                  ${APP_NAME}'s CPU affinity (-a: all its threads)

Change:
  ethtool -G ${IFACE} rx N                RX ring, ${RING_MIN}…${RING_MAX} descriptors
  ethtool -C ${IFACE} rx-usecs N rx-frames N adaptive-rx on|off
  ethtool -L ${IFACE} combined N          RX queues, 1…${MAX_CHANNELS}
  ethtool -K ${IFACE} gro on|off
  ethtool -X ${IFACE} equal N | weight W0 W1 … | default
  sysctl -w net.core.NAME=VALUE       netdev_budget, netdev_budget_usecs, netdev_max_backlog,
                                      dev_weight, rmem_default, rmem_max, busy_read, busy_poll
  echo 2 > /proc/irq/${IRQ_BASE}/smp_affinity_list     (or a hex mask into smp_affinity)
  echo f > /sys/class/net/${IFACE}/queues/rx-0/rps_cpus
  taskset -pc 3 ${APP_PID}                pin ${APP_NAME}'s thread (taskset -apc 4-7 ${APP_PID}: all threads)

Also: grep, head, tail, wc, ls, cat, echo, tee, pgrep, nproc, clear, help. Pipes, ;, &&, ||,
> and 2> work; irqbalance is not running, so IRQs stay where you put them.
`;

export function help(): CmdResult {
  return ok(HELP);
}

export function clear(): CmdResult {
  return { ...ok(), clear: true };
}

/** procps pgrep: -l adds the name, -a the command line; -x is an exact match (as ours always is). */
export function pgrep(argv: string[]): CmdResult {
  const flags = argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const pattern = argv.slice(1).find((a) => !a.startsWith('-'));
  if (pattern === undefined) return fail("pgrep: no matching criteria specified\nTry `pgrep --help' for more information.", 2);
  let re: RegExp;
  try {
    re = flags.includes('x') ? new RegExp(`^(?:${pattern})$`) : new RegExp(pattern);
  } catch {
    return fail(`pgrep: invalid regular expression: ${pattern}`, 2);
  }
  if (!re.test(APP_NAME)) return { stdout: '', stderr: '', exitCode: 1, notes: [] };
  if (flags.includes('a')) return ok(`${APP_PID} ${APP_CMDLINE}\n`);
  if (flags.includes('l')) return ok(`${APP_PID} ${APP_NAME}\n`);
  return ok(`${APP_PID}\n`);
}

export function nproc(): CmdResult {
  return ok(`${NCPUS}\n`);
}

/** `set -e`, `set -x`…: accepted so a pasted script runs; the console runs one line at a time anyway. */
export function set(): CmdResult {
  return ok();
}

export function exportVars(argv: string[], ctx: CmdContext): CmdResult {
  for (const a of argv.slice(1)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
    if (m) ctx.session.env[m[1]!] = m[2]!;
  }
  return ok();
}

export function exit(): CmdResult {
  return { ...ok(), notes: ['this console stays open; clear empties the screen.'] };
}

/** Tools people reach for that the lab does not have; they get bash's answer and a pointer. */
export const NOT_SIMULATED = new Set([
  'ss',
  'netstat',
  'perf',
  'top',
  'htop',
  'mpstat',
  'sar',
  'irqbalance',
  'systemctl',
  'service',
  'dropwatch',
  'bpftrace',
  'watch',
  'tc',
  'iptables',
  'nft',
  'modprobe',
  'lscpu',
  'ps',
  'numactl',
  'ifconfig',
  'tcpdump',
  'iperf3',
  'sockperf',
  'vmstat',
  'dmesg',
]);
