/**
 * The files under /proc and /sys the lab has, built on demand from the
 * machine state and the live counters. Reading returns the text the kernel
 * would; writing goes through the same checks the kernel's handlers make and
 * returns a new state or the errno. Paths outside /proc and /sys do not exist
 * in the lab (the caller says so with a note).
 */
import type { CmdContext, Errno } from './context';
import { kernelMask, lowestCpu, maskList, maskOf, parseKernelList, parseKernelMask } from './cpuset';
import { cloneState, IFACE, IRQ_BASE, irqName, MAC_ADDR, NCPUS, type MachineState } from './machine';
import { eth0Stats, procInterrupts, procNetDev, procNetSnmp, softnetStat } from './procfs';
import { formatSysctl, parseSysctlWrite, SYSCTL_KEYS, SYSCTL_NAMES, sysctlNote } from './sysctl-table';

export type VfsContext = Pick<CmdContext, 'state' | 'counters'>;
export type WriteResult = { state: MachineState; notes?: string[] } | { errno: Errno };

export type FileNode = {
  kind: 'file';
  read(ctx: VfsContext): string;
  /** Absent: the file is read-only; `openErrno` says how a write fails. */
  write?(ctx: VfsContext, data: string): WriteResult;
  /** sysfs refuses to open a read-only attribute for writing (EACCES); procfs opens it and fails the write (EIO). */
  openErrno?: Errno;
  /** Reading it shows live counters (the CLI runs the simulation first). */
  live?: boolean;
};
export type DirNode = { kind: 'dir'; children(ctx: VfsContext): Record<string, Node> };
export type Node = FileNode | DirNode;

const dir = (children: (ctx: VfsContext) => Record<string, Node>): DirNode => ({ kind: 'dir', children });
const ro = (read: (ctx: VfsContext) => string, live = false): FileNode => ({ kind: 'file', read, live });
const sysfsRo = (read: (ctx: VfsContext) => string, live = false): FileNode => ({ kind: 'file', read, live, openErrno: 'EACCES' });

function withState(ctx: VfsContext, change: (s: MachineState) => void): { state: MachineState } {
  const s = cloneState(ctx.state);
  change(s);
  return { state: s };
}

/** /proc/irq/<irq>/ for RX queue q (kernel/irq/proc.c register_irq_proc). */
function irqDir(q: number): DirNode {
  const affinity = (ctx: VfsContext) => ctx.state.queues[q]!.irqAffinity;
  const effective = (ctx: VfsContext) => 1 << lowestCpu(affinity(ctx));
  // write_irq_affinity: parse, refuse a mask without an online CPU (-EINVAL).
  const setAffinity = (ctx: VfsContext, cpus: number[]): WriteResult => {
    const mask = maskOf(cpus);
    if (mask === 0) return { errno: 'EINVAL' };
    const notes =
      mask & (mask - 1)
        ? [`an interrupt is delivered to one CPU of its mask at a time (effective_affinity_list); the lab uses the lowest, CPU ${lowestCpu(mask)}.`]
        : [];
    return {
      ...withState(ctx, (s) => {
        s.queues[q]!.irqAffinity = mask;
      }),
      notes,
    };
  };
  return dir(() => ({
    affinity_hint: ro(() => `${kernelMask(1 << (q % NCPUS))}\n`),
    effective_affinity: ro((ctx) => `${kernelMask(effective(ctx))}\n`),
    effective_affinity_list: ro((ctx) => `${maskList(effective(ctx))}\n`),
    node: ro(() => '0\n'),
    smp_affinity: {
      kind: 'file',
      read: (ctx) => `${kernelMask(affinity(ctx))}\n`,
      write: (ctx, data) => {
        const p = parseKernelMask(data);
        return p.ok ? setAffinity(ctx, p.cpus) : { errno: p.errno };
      },
    },
    smp_affinity_list: {
      kind: 'file',
      read: (ctx) => `${maskList(affinity(ctx))}\n`,
      write: (ctx, data) => {
        const p = parseKernelList(data);
        return p.ok ? setAffinity(ctx, p.cpus) : { errno: p.errno };
      },
    },
    spurious: ro(() => 'count 0\nunhandled 0\nlast_unhandled 0 ms\n'),
    [irqName(q)]: dir(() => ({})),
  }));
}

/** /sys/class/net/eth0/queues/rx-<q>/ (net/core/net-sysfs.c rx_queue_default_attrs). */
function rxQueueDir(q: number): DirNode {
  return dir(() => ({
    rps_cpus: {
      kind: 'file',
      read: (ctx) => `${kernelMask(ctx.state.queues[q]!.rpsCpus)}\n`,
      // store_rps_map: bitmap_parse, then keep online housekeeping CPUs.
      write: (ctx, data) => {
        const p = parseKernelMask(data);
        if (!p.ok) return { errno: p.errno };
        const mask = maskOf(p.cpus);
        return {
          ...withState(ctx, (s) => {
            s.queues[q]!.rpsCpus = mask;
          }),
          notes: mask ? ["with RPS on, the simulation hands each packet to its reader's CPU (as RFS would), whichever CPUs rps_cpus lists."] : [],
        };
      },
    },
    rps_flow_cnt: {
      kind: 'file',
      read: (ctx) => `${ctx.state.queues[q]!.rpsFlowCnt}\n`,
      // store_rps_dev_flow_table_cnt: kstrtoul, rounded up to a power of two.
      write: (ctx, data) => {
        const s = data.trim();
        if (!/^\d+$/.test(s)) return { errno: 'EINVAL' };
        const n = Number(s);
        if (n > 2 ** 30) return { errno: 'EINVAL' };
        const count = n === 0 ? 0 : 2 ** Math.ceil(Math.log2(n));
        return {
          ...withState(ctx, (st) => {
            st.queues[q]!.rpsFlowCnt = count;
          }),
          notes: ["RFS's flow table is kept; the simulation already steers packets to their reader's CPU whenever RPS is on."],
        };
      },
    },
  }));
}

const STAT_FILES = [
  'rx_bytes',
  'rx_dropped',
  'rx_errors',
  'rx_fifo_errors',
  'rx_missed_errors',
  'rx_packets',
  'tx_bytes',
  'tx_dropped',
  'tx_errors',
  'tx_packets',
] as const;

function eth0Dir(): DirNode {
  return dir(() => ({
    address: sysfsRo(() => `${MAC_ADDR}\n`),
    mtu: sysfsRo(() => '1500\n'),
    operstate: sysfsRo(() => 'up\n'),
    queues: dir((ctx) => Object.fromEntries(Array.from({ length: ctx.state.channels }, (_, q) => [`rx-${q}`, rxQueueDir(q)]))),
    statistics: dir(() => Object.fromEntries(STAT_FILES.map((name) => [name, sysfsRo((ctx) => `${eth0Stats(ctx.counters())[name]}\n`, true)]))),
  }));
}

function sysctlFile(name: string): FileNode {
  return {
    kind: 'file',
    read: (ctx) => `${formatSysctl(name, ctx.state.sysctl[name]!)}\n`,
    write:
      SYSCTL_KEYS[name]!.kind === 'readonly'
        ? undefined
        : (ctx, data) => {
            const r = parseSysctlWrite(name, data);
            if (!r.ok) return { errno: r.errno };
            const note = sysctlNote(name);
            return {
              ...withState(ctx, (s) => {
                s.sysctl[name] = r.value;
              }),
              notes: note ? [note] : [],
            };
          },
    openErrno: 'EACCES',
  };
}

const ROOT: DirNode = dir(() => ({
  proc: dir(() => ({
    interrupts: ro((ctx) => procInterrupts(ctx.state, ctx.counters()), true),
    irq: dir((ctx) => ({
      default_smp_affinity: ro(() => `${kernelMask((1 << NCPUS) - 1)}\n`),
      ...Object.fromEntries(Array.from({ length: ctx.state.channels }, (_, q) => [String(IRQ_BASE + q), irqDir(q)])),
    })),
    net: dir(() => ({
      dev: ro((ctx) => procNetDev(eth0Stats(ctx.counters())), true),
      snmp: ro((ctx) => procNetSnmp(ctx.counters()), true),
      softnet_stat: ro((ctx) => softnetStat(ctx.counters()), true),
    })),
    sys: dir(() => ({ net: dir(() => ({ core: dir(() => Object.fromEntries(SYSCTL_NAMES.map((n) => [n, sysctlFile(n)]))) })) })),
  })),
  sys: dir(() => ({ class: dir(() => ({ net: dir(() => ({ [IFACE]: eth0Dir(), lo: dir(() => ({})) })) })) })),
}));

/** "/proc//irq/./120/" → ["proc", "irq", "120"]; relative paths are taken from / (the lab has no working directory to speak of). */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export type Lookup = { node: Node } | { errno: 'ENOENT' | 'ENOTDIR' };

export function lookup(ctx: VfsContext, path: string): Lookup {
  let node: Node = ROOT;
  for (const part of splitPath(path)) {
    if (node.kind !== 'dir') return { errno: 'ENOTDIR' };
    const next: Node | undefined = node.children(ctx)[part];
    if (!next) return { errno: 'ENOENT' };
    node = next;
  }
  return { node };
}

/** Whether the lab simulates this path at all (everything else is outside its world). */
export function inLab(path: string): boolean {
  const first = splitPath(path)[0];
  return path.startsWith('/') && (first === 'proc' || first === 'sys' || first === undefined);
}

/** Entries in byte order, as `LC_ALL=C ls` sorts them. */
export function listDir(ctx: VfsContext, node: DirNode): string[] {
  return Object.keys(node.children(ctx)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Matches a glob against the tree, one path segment at a time; sorted like bash. */
export function globPaths(ctx: VfsContext, pattern: string, toRegExp: (p: string) => RegExp): string[] {
  if (!pattern.startsWith('/')) return [];
  let paths = [''];
  for (const part of pattern.split('/').filter((p) => p !== '')) {
    const next: string[] = [];
    for (const p of paths) {
      const l = lookup(ctx, p || '/');
      if (!('node' in l) || l.node.kind !== 'dir') continue;
      if (/[*?[]/.test(part)) {
        const re = toRegExp(part);
        for (const name of listDir(ctx, l.node)) if (re.test(name)) next.push(`${p}/${name}`);
      } else if (part in l.node.children(ctx)) next.push(`${p}/${part}`);
    }
    paths = next;
  }
  return paths.sort();
}
