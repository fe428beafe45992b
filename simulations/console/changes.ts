/**
 * The record of what the reader changed, and the shell script that replays
 * it on a real host: every applied state-changing command, what it does and
 * what it costs, with eth0 and udp-sink's pid turned into variables.
 */
import { maskList } from './cpuset';
import { FEATURES, featureOn } from './features';
import { APP_NAME, APP_PID, IFACE, irqOf, tidOf, type MachineState } from './machine';
import { quoteWord } from './shell';

export type ChangeRecord = {
  /** The command as typed (one pipeline of the line). */
  command: string;
  /** The same command as the exported script runs it. */
  script: string;
  /** What it changes, and why one would. */
  effect: string;
  /** What it costs: throughput, latency or CPU. */
  cost: string;
};

type Sentence = { effect: string; cost: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "CPU 3" or "CPUs 4-7". */
const cpuWord = (mask: number) => `${mask & (mask - 1) ? 'CPUs' : 'CPU'} ${maskList(mask)}`;

/** Explains the difference between two machines in the terms of the trade-off it makes. */
export function describeChange(before: MachineState, after: MachineState): Sentence {
  const out: Sentence[] = [];
  if (before.ring.rx !== after.ring.rx) {
    const up = after.ring.rx > before.ring.rx;
    out.push({
      effect: `RX ring ${before.ring.rx} → ${after.ring.rx} descriptors per queue: ${up ? 'a longer burst waits in the ring instead of being dropped by the NIC (rx_out_of_buffer)' : 'less buffering between the NIC and the CPU'}.`,
      cost: up
        ? 'More memory per queue and, when the ring does fill, packets wait longer in it: latency traded for fewer drops.'
        : 'Bursts overflow sooner (more drops), but a full ring holds less waiting time: throughput traded for latency.',
    });
  }
  if (before.ring.tx !== after.ring.tx)
    out.push({ effect: `TX ring ${before.ring.tx} → ${after.ring.tx} descriptors.`, cost: 'Memory; no effect on receiving.' });
  const bc = before.coalesce;
  const ac = after.coalesce;
  if (bc.rxUsecs !== ac.rxUsecs || bc.rxFrames !== ac.rxFrames) {
    const later = ac.rxUsecs > bc.rxUsecs || ac.rxFrames > bc.rxFrames;
    out.push({
      effect: `Interrupt moderation rx-usecs ${bc.rxUsecs} → ${ac.rxUsecs} µs, rx-frames ${bc.rxFrames} → ${ac.rxFrames}: the NIC ${later ? 'waits longer before interrupting, so one interrupt covers more packets' : 'interrupts sooner after a packet arrives'}.`,
      cost: later
        ? 'Fewer interrupts (less CPU per packet), but the first packet of a batch waits up to rx-usecs: latency for CPU.'
        : 'Lower latency at light load, but more interrupts and more CPU per packet at high rates.',
    });
  }
  if (bc.adaptiveRx !== ac.adaptiveRx)
    out.push({
      effect: `adaptive-rx ${ac.adaptiveRx ? 'on: the driver shortens moderation at low packet rates and lengthens it when busy' : 'off: moderation is exactly rx-usecs / rx-frames'}.`,
      cost: ac.adaptiveRx
        ? 'Latency becomes load-dependent and less predictable.'
        : 'One fixed trade-off for every load: either interrupt-heavy when busy or slow when idle.',
    });
  if (
    bc.txUsecs !== ac.txUsecs ||
    bc.txFrames !== ac.txFrames ||
    bc.adaptiveTx !== ac.adaptiveTx ||
    bc.cqeModeRx !== ac.cqeModeRx ||
    bc.cqeModeTx !== ac.cqeModeTx
  )
    out.push({ effect: 'Other interrupt moderation settings (transmit side or CQE mode).', cost: 'No effect on the receive path the lab simulates.' });
  if (before.channels !== after.channels)
    out.push({
      effect: `${after.channels} RX queue${after.channels === 1 ? '' : 's'} (was ${before.channels}): RSS spreads flows over ${after.channels === 1 ? 'one ring, one interrupt and one CPU' : `${after.channels} rings, each with its own interrupt and CPU`}.`,
      cost:
        after.channels > before.channels
          ? 'More CPUs busy with interrupt and softirq work; one flow still lands on one queue, so a single fat flow gains nothing.'
          : 'Fewer CPUs share the receive work: less parallelism.',
    });
  for (const f of FEATURES) {
    const b = featureOn(before.features, f.name);
    const a = featureOn(after.features, f.name);
    if (a === b) continue;
    if (f.name === 'rx-gro')
      out.push({
        effect: `GRO ${a ? 'on: the stack tries to merge consecutive segments of a flow' : 'off: the stack stops looking for segments to merge, which plain UDP datagrams never are'}.`,
        cost: a
          ? 'CPU per packet for UDP, which never merges; TCP streams gain batching.'
          : 'TCP streams lose GRO batching (more CPU per byte); for UDP only saves CPU.',
      });
    else out.push({ effect: `${f.name} ${a ? 'on' : 'off'}.`, cost: 'Not part of the receive path the lab simulates.' });
  }
  // A table nobody set by hand follows the channel count; that is -L's doing, not a change of its own.
  if (!same(before.rss, after.rss) && (before.rss.configured || after.rss.configured)) {
    const queues = [...new Set(after.rss.table)].sort((x, y) => x - y);
    out.push({
      effect: `RSS indirection table ${after.rss.configured ? `spreads flows over rx-${queues.join(', rx-')}` : 'back to the driver default (all queues, equally)'}.`,
      cost: 'Queues left out of the table get no RSS traffic: their CPUs idle while the others work.',
    });
  }
  for (const name of Object.keys(after.sysctl)) {
    const b = before.sysctl[name];
    const a = after.sysctl[name];
    if (b === a) continue;
    out.push(sysctlSentence(name, b!, a!));
  }
  const common = Math.min(before.queues.length, after.queues.length);
  for (let q = 0; q < common; q++) {
    const bq = before.queues[q]!;
    const aq = after.queues[q]!;
    if (bq.irqAffinity !== aq.irqAffinity)
      out.push({
        effect: `rx-${q}'s interrupt (IRQ ${irqOf(q)}) may now go to ${cpuWord(aq.irqAffinity)} (was ${cpuWord(bq.irqAffinity)}): that CPU runs the queue's hard interrupt and NAPI softirq.`,
        cost: "Keep it off the application's CPU to stop the two competing for one core, or on it for cache locality; irqbalance, if running, may move it back.",
      });
    if (bq.rpsCpus !== aq.rpsCpus)
      out.push({
        effect: aq.rpsCpus
          ? `RPS for rx-${q} onto ${cpuWord(aq.rpsCpus)}: the interrupt CPU only hashes each packet and hands it to another CPU's backlog for protocol work.`
          : `RPS off for rx-${q}: the interrupt CPU does all protocol work itself.`,
        cost: aq.rpsCpus
          ? 'An inter-processor interrupt per batch and cross-CPU cache traffic; helps when one queue is the bottleneck.'
          : 'One CPU per queue does everything again.',
      });
    if (bq.rpsFlowCnt !== aq.rpsFlowCnt)
      out.push({
        effect: `RFS flow table for rx-${q}: ${aq.rpsFlowCnt} entries.`,
        cost: 'Memory; steers flows to the CPU where their reader last ran (needs net.core.rps_sock_flow_entries).',
      });
  }
  // Threads that moved the same way are one sentence (taskset -a).
  const moves = new Map<string, number[]>();
  const threads = Math.min(before.threads.length, after.threads.length);
  for (let t = 0; t < threads; t++) {
    if (before.threads[t] === after.threads[t]) continue;
    const key = `${before.threads[t]}>${after.threads[t]}`;
    moves.set(key, [...(moves.get(key) ?? []), t]);
  }
  for (const [key, ts] of moves) {
    const [was, now] = key.split('>').map(Number) as [number, number];
    const who =
      ts.length === 1 ? `thread ${tidOf(ts[0]!)} (rx-${ts[0]}'s reader)` : `threads ${ts.map(tidOf).join(', ')} (the readers of rx-${ts.join(', rx-')})`;
    out.push({
      effect: `${APP_NAME} ${who} may run on ${cpuWord(now)} (was ${cpuWord(was)}).`,
      cost: 'The scheduler can no longer move them elsewhere: pinned away from the interrupt CPUs they stop competing with softirq work, but wait when their CPU is busy, and packets now cross CPUs (cache misses).',
    });
  }
  if (out.length === 0) return { effect: 'No change.', cost: 'None.' };
  return { effect: out.map((s) => s.effect).join(' '), cost: [...new Set(out.map((s) => s.cost))].join(' ') };
}

function sysctlSentence(name: string, before: number | string, after: number | string): Sentence {
  const change = `net.core.${name} ${before} → ${after}`;
  const up = Number(after) > Number(before);
  switch (name) {
    case 'netdev_budget':
      return {
        effect: `${change}: one softirq run (net_rx_action) may process up to ${after} packets over all queues before yielding${up ? ', so fewer runs end early (time_squeeze)' : ''}.`,
        cost: up
          ? 'Longer softirq runs delay everything else on that CPU, the application included: its latency for receive throughput.'
          : 'More runs end with work left over (time_squeeze) and continue later in ksoftirqd.',
      };
    case 'netdev_budget_usecs':
      return {
        effect: `${change}: the time limit of one softirq run.`,
        cost: up ? 'Longer uninterrupted softirq runs: other work on the CPU waits longer.' : 'Runs end sooner and hand work to ksoftirqd.',
      };
    case 'netdev_max_backlog':
      return {
        effect: `${change}: each CPU's input backlog (used by RPS and netif_rx) holds ${after} packets before dropping (softnet_stat dropped).`,
        cost: up
          ? 'Memory, and packets can queue longer before being processed (bufferbloat): latency for fewer drops.'
          : 'Drops sooner under bursts, but less queueing delay.',
      };
    case 'dev_weight':
      return {
        effect: `${change}: packets one NAPI poll may take before the next queue's turn.`,
        cost: up
          ? 'A busy queue holds the CPU longer, delaying the other queues on it: fairness and latency for per-poll efficiency.'
          : 'More switching between queues, a little more overhead per packet.',
      };
    case 'rmem_default':
      return {
        effect: `${change}: the receive buffer a new socket gets; a bigger one absorbs longer bursts before drops (UDP RcvbufErrors).`,
        cost: up
          ? 'Memory per socket, and a full buffer means datagrams wait longer before the application reads them.'
          : 'Drops sooner when the application falls behind.',
      };
    case 'rmem_max':
      return { effect: `${change}: the most a socket may ask for with setsockopt(SO_RCVBUF).`, cost: 'Only memory, and only for applications that ask.' };
    case 'busy_read':
      return {
        effect: `${change}: recvmsg() on an empty socket polls the NIC queue for up to ${after} µs instead of sleeping.`,
        cost:
          Number(after) > 0
            ? 'Lower, steadier latency, paid with a CPU spinning at 100% while it waits.'
            : 'No spinning: the reader sleeps and is woken by the interrupt path (slower, but no wasted CPU).',
      };
    case 'busy_poll':
      return {
        effect: `${change}: poll(), select() and epoll_wait() spin up to ${after} µs on sockets with busy polling.`,
        cost: 'CPU spent spinning; only for event-loop applications.',
      };
    default:
      return { effect: `${change}.`, cost: 'Not part of the receive path the lab simulates.' };
  }
}

/** One command of a pipeline as the console ran it: expanded words and redirections. */
export type RanCommand = { argv: string[]; redirects: Array<{ fd: 1 | 2; append: boolean; target: string }> };

const SYS_ETH0 = `/sys/class/net/${IFACE}/`;

/** A word for the script: eth0 and udp-sink's pid become variables so the script works on another host. */
function scriptWord(word: string, command: string): string {
  if (word === IFACE) return '"$IFACE"';
  if (word.startsWith(SYS_ETH0)) return `"/sys/class/net/$IFACE/${word.slice(SYS_ETH0.length)}"`;
  if (command === 'taskset' && word === String(APP_PID)) return '"$APP_PID"';
  return quoteWord(word);
}

/** The pipeline as a line of the exported script (without sudo: the script runs as root). */
export function scriptLine(commands: RanCommand[]): string {
  return commands
    .map((c) => {
      const argv = c.argv[0] === 'sudo' ? c.argv.slice(1) : c.argv;
      const words = argv.map((w) => scriptWord(w, argv[0]!));
      for (const r of c.redirects) words.push(`${r.fd === 2 ? '2' : ''}${r.append ? '>>' : '>'} ${scriptWord(r.target, '')}`);
      return words.join(' ');
    })
    .join(' | ');
}

/** Wraps a comment to ~76 columns. */
function comment(text: string): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '#';
  for (const w of words) {
    if (line.length + 1 + w.length > 78 && line !== '#') {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${w}`;
  }
  lines.push(line);
  return lines;
}

/**
 * A POSIX shell script that makes the same changes on a real host: eth0 is
 * $IFACE (first argument), udp-sink's pid is $APP_PID (second argument);
 * each command is preceded by what it does and what it costs.
 */
export function exportScript(changes: readonly ChangeRecord[]): string {
  const lines = [
    '#!/bin/sh',
    '# Receive-path tuning, recorded in the tuning lab.',
    '# Usage (as root): sh tune.sh [interface] [pid of the receiving application]',
    "# IRQ numbers and thread ids below are the lab machine's: look yours up",
    '# in /proc/interrupts (grep mlx5_comp) and /proc/<pid>/task first.',
    'set -e',
    'IFACE=${1:-eth0}',
    `APP_PID=\${2:-${APP_PID}}`,
  ];
  for (const c of changes) {
    lines.push('');
    lines.push(...comment(c.effect));
    lines.push(...comment(`Cost: ${c.cost}`));
    lines.push(c.script);
  }
  if (changes.length === 0) lines.push('', '# (no changes recorded)');
  return `${lines.join('\n')}\n`;
}
