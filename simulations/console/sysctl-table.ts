/**
 * The files under /proc/sys/net/core of a Linux 6.8 host: their defaults and
 * what the kernel accepts when one is written (net/core/sysctl_net_core.c:
 * proc_dointvec takes any int, proc_dointvec_minmax refuses values below
 * extra1 with -EINVAL). The eight the tuning lab is about are `modelled`; the
 * rest exist so `sysctl net.core` and tab completion look like a real host,
 * and a write to them is kept but changes nothing in the simulation.
 */
import { kernelMask, parseKernelMask } from './cpuset';

type IntKey = { kind: 'int'; min?: number; max?: number; default: number };
type MaskKey = { kind: 'mask'; default: number };
type QdiscKey = { kind: 'qdisc'; default: string };
type ReadOnlyKey = { kind: 'readonly'; default: string };
export type SysctlKey = (IntKey | MaskKey | QdiscKey | ReadOnlyKey) & {
  /** Read by deriveValues: the simulation follows this key. */
  modelled?: boolean;
};

/** SOCK_MIN_RCVBUF / SOCK_MIN_SNDBUF on x86_64: 2048 + SKB_TRUESIZE overhead (include/net/sock.h). */
const SOCK_MIN_RCVBUF = 2_304;
const SOCK_MIN_SNDBUF = 4_608;
const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;

/**
 * net.core.netdev_rss_key: 52 random bytes chosen at boot (net/core/dev.c
 * netdev_rss_key_fill); mlx5 takes the first 40 as its Toeplitz key. A fixed
 * pseudo-random sequence keeps the lab's output identical from run to run.
 */
export const NETDEV_RSS_KEY: readonly number[] = (() => {
  let x = 0x2545f491;
  return Array.from({ length: 52 }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0xff;
  });
})();

export const SYSCTL_KEYS: Readonly<Record<string, SysctlKey>> = {
  bpf_jit_enable: { kind: 'int', min: 0, max: 2, default: 1 },
  bpf_jit_harden: { kind: 'int', min: 0, max: 2, default: 0 },
  bpf_jit_kallsyms: { kind: 'int', min: 0, max: 1, default: 1 },
  bpf_jit_limit: { kind: 'int', min: 1, default: 264_241_152 },
  busy_poll: { kind: 'int', min: 0, default: 0, modelled: true },
  busy_read: { kind: 'int', min: 0, default: 0, modelled: true },
  default_qdisc: { kind: 'qdisc', default: 'fq_codel' },
  // Min 1 since "net: Fix the NAPI weight … dev_weight" (Jan 2025, in the stable kernels): a zero weight stalled the backlog.
  dev_weight: { kind: 'int', min: 1, default: 64, modelled: true },
  dev_weight_rx_bias: { kind: 'int', min: 1, default: 1 },
  dev_weight_tx_bias: { kind: 'int', min: 1, default: 1 },
  devconf_inherit_init_net: { kind: 'int', min: 0, max: 3, default: 0 },
  fb_tunnels_only_for_init_net: { kind: 'int', min: 0, max: 2, default: 0 },
  flow_limit_cpu_bitmap: { kind: 'mask', default: 0 },
  flow_limit_table_len: { kind: 'int', default: 4_096 },
  gro_normal_batch: { kind: 'int', min: 1, default: 8 },
  high_order_alloc_disable: { kind: 'int', min: 0, max: 1, default: 0 },
  max_skb_frags: { kind: 'int', min: 1, max: 17, default: 17 },
  message_burst: { kind: 'int', default: 10 },
  message_cost: { kind: 'int', default: 5 },
  netdev_budget: { kind: 'int', default: 300, modelled: true },
  netdev_budget_usecs: { kind: 'int', min: 0, default: 2_000, modelled: true },
  netdev_max_backlog: { kind: 'int', default: 1_000, modelled: true },
  netdev_rss_key: { kind: 'readonly', default: NETDEV_RSS_KEY.map((b) => b.toString(16).padStart(2, '0')).join(':') },
  netdev_tstamp_prequeue: { kind: 'int', default: 1 },
  netdev_unregister_timeout_secs: { kind: 'int', min: 1, max: 3_600, default: 10 },
  optmem_max: { kind: 'int', default: 131_072 },
  rmem_default: { kind: 'int', min: SOCK_MIN_RCVBUF, default: 212_992, modelled: true },
  rmem_max: { kind: 'int', min: SOCK_MIN_RCVBUF, default: 212_992, modelled: true },
  rps_default_mask: { kind: 'mask', default: 0 },
  rps_sock_flow_entries: { kind: 'int', min: 0, max: 1 << 29, default: 0 },
  skb_defer_max: { kind: 'int', min: 0, default: 64 },
  somaxconn: { kind: 'int', min: 0, default: 4_096 },
  tstamp_allow_data: { kind: 'int', min: 0, max: 1, default: 1 },
  txrehash: { kind: 'int', min: 0, max: 1, default: 1 },
  warnings: { kind: 'int', default: 0 },
  wmem_default: { kind: 'int', min: SOCK_MIN_SNDBUF, default: 212_992 },
  wmem_max: { kind: 'int', min: SOCK_MIN_SNDBUF, default: 212_992 },
  xfrm_acq_expires: { kind: 'int', default: 30 },
  xfrm_aevent_etime: { kind: 'int', default: 10 },
  xfrm_aevent_rseqth: { kind: 'int', default: 2 },
  xfrm_larval_drop: { kind: 'int', default: 1 },
};

export const SYSCTL_NAMES = Object.keys(SYSCTL_KEYS).sort();

/** Qdiscs a stock Ubuntu kernel can make the default (net/sched). */
const QDISCS = ['pfifo_fast', 'fq_codel', 'fq', 'sfq', 'pfifo', 'bfifo', 'cake', 'fq_pie', 'noqueue'];

export function defaultSysctls(overrides: Partial<Record<string, number>>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [name, key] of Object.entries(SYSCTL_KEYS)) out[name] = key.kind === 'readonly' ? key.default : (overrides[name] ?? key.default);
  return out;
}

/** The file's content without its newline, as `cat` and `sysctl` show it. */
export function formatSysctl(name: string, value: number | string): string {
  const key = SYSCTL_KEYS[name];
  if (key?.kind === 'mask') return kernelMask(value as number);
  return String(value);
}

export type SysctlWrite = { ok: true; value: number | string } | { ok: false; errno: 'EINVAL' | 'EPERM' | 'ENOENT' };

/**
 * What writing `text` to /proc/sys/net/core/<name> does: the parsed value, or
 * the errno the handler returns. proc_dointvec reads one decimal integer with
 * optional sign and surrounding whitespace; anything else is -EINVAL.
 */
export function parseSysctlWrite(name: string, text: string): SysctlWrite {
  const key = SYSCTL_KEYS[name];
  if (!key) return { ok: false, errno: 'ENOENT' };
  const s = text.trim();
  switch (key.kind) {
    case 'readonly':
      return { ok: false, errno: 'EPERM' };
    case 'qdisc':
      // set_default_qdisc: an unknown name is -ENOENT (qdisc_set_default).
      return QDISCS.includes(s) ? { ok: true, value: s } : { ok: false, errno: 'ENOENT' };
    case 'mask': {
      const parsed = parseKernelMask(s);
      if (!parsed.ok) return { ok: false, errno: 'EINVAL' };
      let m = 0;
      for (const c of parsed.cpus) m |= 1 << c;
      return { ok: true, value: m };
    }
    case 'int': {
      if (!/^[-+]?\d+$/.test(s)) return { ok: false, errno: 'EINVAL' };
      const v = Number(s);
      if (v > INT_MAX || v < INT_MIN) return { ok: false, errno: 'EINVAL' };
      if ((key.min !== undefined && v < key.min) || (key.max !== undefined && v > key.max)) return { ok: false, errno: 'EINVAL' };
      return { ok: true, value: v };
    }
  }
}

/** What the lab says about each key it keeps but the simulation reads differently, or not at all. */
export function sysctlNote(name: string): string | undefined {
  switch (name) {
    case 'rmem_default':
      return 'a socket takes rmem_default when it is created; the lab restarts udp-sink so its socket gets the new size.';
    case 'busy_read':
      return 'a socket takes busy_read when it is created; the lab restarts udp-sink so its recvmsg() busy polls for that long.';
    case 'rmem_max':
      return 'rmem_max caps what setsockopt(SO_RCVBUF) may ask for; udp-sink asks for nothing, so its buffer stays rmem_default and the simulation does not change.';
    case 'busy_poll':
      return 'busy_poll only affects poll(), select() and epoll_wait(); udp-sink blocks in recvmsg(), so the simulation follows busy_read instead.';
    case 'dev_weight':
      return 'on real hardware dev_weight is the quota of the per-CPU backlog poll (RPS, netif_rx) only; mlx5 fixes its own NAPI weight at 64. The simulation applies it to every poll.';
  }
  const key = SYSCTL_KEYS[name];
  if (key && !key.modelled) return `net.core.${name} is kept, but the simulation does not use it.`;
  return undefined;
}
