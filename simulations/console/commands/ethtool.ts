/**
 * ethtool 6.8 against eth0 (mlx5_core) on Linux 6.8. Most subcommands go
 * over netlink (ethtool's netlink/*.c); -S, -i and -X still use the ioctl
 * path (ethtool.c). Output layouts, error texts and exit codes are those
 * files'; the kernel side's checks and messages are net/ethtool/*.c and
 * mlx5e's ethtool callbacks. Each handler names its sources.
 */
import { ok, fail, STRERROR, type CmdContext, type CmdResult, type Errno } from '../context';
import { FEATURES, LEGACY_FLAGS, expandFeatureWord, featureDef, featureOn, flagPatternMatch } from '../features';
import {
  cloneState,
  COAL_MAX_FRAMES,
  COAL_MAX_USECS,
  defaultQueue,
  equalTable,
  IFACE,
  MAX_CHANNELS,
  PCI_ADDR,
  RING_MAX,
  RING_MIN,
  RSS_TABLE_SIZE,
  tidOf,
  type MachineState,
} from '../machine';
import { NETDEV_RSS_KEY } from '../sysctl-table';
import { queueTotals } from '../counters';

const VERSION = '6.8';
const BAD_ARGS = 'ethtool: bad command line argument(s)\nFor more information run ethtool -h\n';
/** netlink/netlink.h: the header nest and the device name attribute start at these offsets in every request. */
const DEVNAME_OFFSET = 24;

type NlParam = { name: string; kind: 'u32' | 'bool' };
type Parsed = { name: string; value: number; offset: number };

/**
 * Offset of the n-th attribute after the request header for device `eth0`:
 * nlmsghdr 16 + genlmsghdr 4 + header nest (4 + name "eth0\0" padded to 12)
 * = 36; u32 and u8 attributes take 8 bytes each.
 */
const attrOffset = (n: number) => 36 + 8 * n;

/** nlsock.c nlsock_process_ack: the extack message (with offset), then perror("netlink error"). */
function netlinkError(message: string | null, offset: number | null, errno: Errno, exitCode: number): CmdResult {
  let err = '';
  if (message) err += `netlink error: ${message}${offset === null ? '' : ` (offset ${offset})`}\n`;
  err += `netlink error: ${STRERROR[errno]}\n`;
  return fail(err, exitCode);
}

/** The device lookup the kernel does first for every netlink request (net/ethtool/netlink.c ethnl_parse_header_dev_get). */
function noDevice(exitCode: number): CmdResult {
  return netlinkError('no device matches name', DEVNAME_OFFSET, 'ENODEV', exitCode);
}

/** strtoul(arg, &end, 0) that must consume everything and fit u32 (netlink/parser.c parse_u32). */
function parseU32(text: string): number | undefined {
  const s = text.trim();
  let v: number;
  if (/^\+?0x[0-9a-f]+$/i.test(s)) v = Number.parseInt(s.replace('+', ''), 16);
  else if (/^\+?0[0-7]*$/.test(s)) v = Number.parseInt(s.replace('+', ''), 8);
  else if (/^\+?[1-9]\d*$/.test(s)) v = Number(s.replace('+', ''));
  else return undefined;
  return v <= 0xffffffff ? v : undefined;
}

/** netlink/parser.c nl_parser: name/value pairs, with its three complaints. */
function nlParse(cmd: string, args: string[], params: NlParam[]): { ok: true; values: Parsed[] } | { ok: false; result: CmdResult } {
  const values: Parsed[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!;
    const spec = params.find((p) => p.name === name);
    if (!spec) return { ok: false, result: fail(`ethtool (${cmd}): unknown parameter '${name}'`) };
    const raw = args[i + 1];
    if (raw === undefined) return { ok: false, result: fail(`ethtool (${cmd}): no value for parameter '${name}'`) };
    const value = spec.kind === 'bool' ? (raw === 'on' ? 1 : raw === 'off' ? 0 : undefined) : parseU32(raw);
    if (value === undefined) return { ok: false, result: fail(`ethtool (${cmd}): invalid value '${raw}' for parameter '${name}'`) };
    values.push({ name, value, offset: attrOffset(values.length) });
  }
  return { ok: true, values };
}

const get = (values: Parsed[], name: string) => values.filter((v) => v.name === name).at(-1);

const roundPow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

// ------------------------------------------------------------------ -g / -G

/** netlink/rings.c rings_reply_cb (ethtool 6.8); mlx5e_ethtool_get_ringparam reports rx/tx and tcp-data-split. */
function showRing(state: MachineState): string {
  return [
    `Ring parameters for ${IFACE}:`,
    'Pre-set maximums:',
    `RX:\t\t\t${RING_MAX}`,
    'RX Mini:\t\tn/a',
    'RX Jumbo:\t\tn/a',
    `TX:\t\t\t${RING_MAX}`,
    'TX push buff len:\tn/a',
    'Current hardware settings:',
    `RX:\t\t\t${state.ring.rx}`,
    'RX Mini:\t\tn/a',
    'RX Jumbo:\t\tn/a',
    `TX:\t\t\t${state.ring.tx}`,
    'RX Buf Len:\t\tn/a',
    'CQE Size:\t\tn/a',
    'TX Push:\t\toff',
    'RX Push:\t\toff',
    'TX push buff len:\tn/a',
    'TCP data split:\t\toff',
    '',
  ].join('\n');
}

const RING_PARAMS: NlParam[] = [
  { name: 'rx', kind: 'u32' },
  { name: 'rx-mini', kind: 'u32' },
  { name: 'rx-jumbo', kind: 'u32' },
  { name: 'tx', kind: 'u32' },
  { name: 'tx-push-buf-len', kind: 'u32' },
  { name: 'rx-buf-len', kind: 'u32' },
  { name: 'cqe-size', kind: 'u32' },
  { name: 'tx-push', kind: 'bool' },
  { name: 'rx-push', kind: 'bool' },
];

/**
 * ethtool -G: netlink/rings.c nl_sring (parse errors exit 1, kernel errors 81);
 * net/ethtool/rings.c ethnl_set_rings_validate and ethnl_set_rings (unsupported
 * attributes, "requested ring size exceeds maximum"); then
 * mlx5e_ethtool_set_ringparam: below 64 is -EINVAL, sizes round up to a power of two.
 */
function setRing(state: MachineState, args: string[]): CmdResult {
  const p = nlParse('-G', args, RING_PARAMS);
  if (!p.ok) return p.result;
  const v = p.values;
  const unsupported: Array<[string, string]> = [
    ['rx-buf-len', 'setting rx buf len not supported'],
    ['cqe-size', 'setting cqe size not supported'],
    ['tx-push', 'setting tx push not supported'],
    ['rx-push', 'setting rx push not supported'],
    ['tx-push-buf-len', 'setting tx push buf len is not supported'],
  ];
  for (const [name, message] of unsupported) {
    const a = get(v, name);
    if (a) return netlinkError(message, a.offset, 'EOPNOTSUPP', 81);
  }
  const rx = get(v, 'rx');
  const tx = get(v, 'tx');
  const mini = get(v, 'rx-mini');
  const jumbo = get(v, 'rx-jumbo');
  const newRx = rx?.value ?? state.ring.rx;
  const newTx = tx?.value ?? state.ring.tx;
  const mod = newRx !== state.ring.rx || newTx !== state.ring.tx || (mini?.value ?? 0) !== 0 || (jumbo?.value ?? 0) !== 0;
  if (!mod) return ok();
  const over = (rx && newRx > RING_MAX && rx) || (mini && mini.value > 0 && mini) || (jumbo && jumbo.value > 0 && jumbo) || (tx && newTx > RING_MAX && tx);
  if (over) return netlinkError('requested ring size exceeds maximum', over.offset, 'EINVAL', 81);
  if (newRx < RING_MIN || newTx < RING_MIN) return netlinkError(null, null, 'EINVAL', 81);
  const s = cloneState(state);
  s.ring.rx = roundPow2(newRx);
  s.ring.tx = roundPow2(newTx);
  const notes: string[] = [];
  if (s.ring.rx !== newRx) notes.push(`mlx5 rounds ring sizes up to a power of two: rx is now ${s.ring.rx}.`);
  if (tx) notes.push('the simulation has no transmit path; the TX ring is kept but changes nothing.');
  return { ...ok('', notes), state: s };
}

// ------------------------------------------------------------------ -c / -C

/** netlink/coalesce.c coalesce_reply_cb (ethtool 6.8); mlx5 supports usecs, max frames, adaptive and CQE mode. */
function showCoalesce(state: MachineState): string {
  const c = state.coalesce;
  const oo = (b: boolean) => (b ? 'on' : 'off');
  return [
    `Coalesce parameters for ${IFACE}:`,
    `Adaptive RX: ${oo(c.adaptiveRx)}  TX: ${oo(c.adaptiveTx)}`,
    'stats-block-usecs:\tn/a',
    'sample-interval:\tn/a',
    'pkt-rate-low:\t\tn/a',
    'pkt-rate-high:\t\tn/a',
    '',
    `rx-usecs:\t${c.rxUsecs}`,
    `rx-frames:\t${c.rxFrames}`,
    'rx-usecs-irq:\tn/a',
    'rx-frames-irq:\tn/a',
    '',
    `tx-usecs:\t${c.txUsecs}`,
    `tx-frames:\t${c.txFrames}`,
    'tx-usecs-irq:\tn/a',
    'tx-frames-irq:\tn/a',
    '',
    'rx-usecs-low:\tn/a',
    'rx-frame-low:\tn/a',
    'tx-usecs-low:\tn/a',
    'tx-frame-low:\tn/a',
    '',
    'rx-usecs-high:\tn/a',
    'rx-frame-high:\tn/a',
    'tx-usecs-high:\tn/a',
    'tx-frame-high:\tn/a',
    '',
    `CQE mode RX: ${oo(c.cqeModeRx)}  TX: ${oo(c.cqeModeTx)}`,
    '',
    'tx-aggr-max-bytes:\tn/a',
    'tx-aggr-max-frames:\tn/a',
    'tx-aggr-time-usecs\tn/a',
    '',
    '',
  ].join('\n');
}

/** ethtool's scoalesce_params, listed in ETHTOOL_A_COALESCE_* attribute order (the order the kernel checks them). */
const COALESCE_PARAMS: NlParam[] = [
  ['rx-usecs', 'u32'],
  ['rx-frames', 'u32'],
  ['rx-usecs-irq', 'u32'],
  ['rx-frames-irq', 'u32'],
  ['tx-usecs', 'u32'],
  ['tx-frames', 'u32'],
  ['tx-usecs-irq', 'u32'],
  ['tx-frames-irq', 'u32'],
  ['stats-block-usecs', 'u32'],
  ['adaptive-rx', 'bool'],
  ['adaptive-tx', 'bool'],
  ['pkt-rate-low', 'u32'],
  ['rx-usecs-low', 'u32'],
  ['rx-frames-low', 'u32'],
  ['tx-usecs-low', 'u32'],
  ['tx-frames-low', 'u32'],
  ['pkt-rate-high', 'u32'],
  ['rx-usecs-high', 'u32'],
  ['rx-frames-high', 'u32'],
  ['tx-usecs-high', 'u32'],
  ['tx-frames-high', 'u32'],
  ['sample-interval', 'u32'],
  ['cqe-mode-tx', 'bool'],
  ['cqe-mode-rx', 'bool'],
  ['tx-aggr-max-bytes', 'u32'],
  ['tx-aggr-max-frames', 'u32'],
  ['tx-aggr-time-usecs', 'u32'],
].map(([name, kind]) => ({ name: name!, kind: kind as 'u32' | 'bool' }));

const MLX5_COALESCE = new Set(['rx-usecs', 'rx-frames', 'tx-usecs', 'tx-frames', 'adaptive-rx', 'adaptive-tx', 'cqe-mode-rx', 'cqe-mode-tx']);

/**
 * ethtool -C: netlink/coalesce.c nl_scoalesce (errors exit 1);
 * net/ethtool/coalesce.c ethnl_set_coalesce_validate ("cannot modify an
 * unsupported parameter"); mlx5e_ethtool_set_coalesce refuses more than
 * 4095 µs or 65535 frames with -ERANGE.
 */
function setCoalesce(state: MachineState, args: string[]): CmdResult {
  const p = nlParse('-C', args, COALESCE_PARAMS);
  if (!p.ok) return p.result;
  const v = p.values;
  for (const spec of COALESCE_PARAMS) {
    const a = get(v, spec.name);
    if (a && !MLX5_COALESCE.has(spec.name)) return netlinkError('cannot modify an unsupported parameter', a.offset, 'EINVAL', 1);
  }
  const c = state.coalesce;
  const next = {
    ...c,
    rxUsecs: get(v, 'rx-usecs')?.value ?? c.rxUsecs,
    rxFrames: get(v, 'rx-frames')?.value ?? c.rxFrames,
    txUsecs: get(v, 'tx-usecs')?.value ?? c.txUsecs,
    txFrames: get(v, 'tx-frames')?.value ?? c.txFrames,
    adaptiveRx: (get(v, 'adaptive-rx')?.value ?? (c.adaptiveRx ? 1 : 0)) === 1,
    adaptiveTx: (get(v, 'adaptive-tx')?.value ?? (c.adaptiveTx ? 1 : 0)) === 1,
    cqeModeRx: (get(v, 'cqe-mode-rx')?.value ?? (c.cqeModeRx ? 1 : 0)) === 1,
    cqeModeTx: (get(v, 'cqe-mode-tx')?.value ?? (c.cqeModeTx ? 1 : 0)) === 1,
  };
  if (JSON.stringify(next) === JSON.stringify(c)) return ok();
  if (next.txUsecs > COAL_MAX_USECS || next.txFrames > COAL_MAX_FRAMES || next.rxUsecs > COAL_MAX_USECS || next.rxFrames > COAL_MAX_FRAMES)
    return netlinkError(null, null, 'ERANGE', 1);
  const s = cloneState(state);
  s.coalesce = next;
  const notes: string[] = [];
  if (next.txUsecs !== c.txUsecs || next.txFrames !== c.txFrames || next.adaptiveTx !== c.adaptiveTx || next.cqeModeTx !== c.cqeModeTx)
    notes.push('the simulation has no transmit path; TX moderation is kept but changes nothing.');
  if (next.cqeModeRx !== c.cqeModeRx)
    notes.push('cqe-mode-rx (timer restarted by each completion) is kept but not simulated; the simulation times from the first packet.');
  if (next.adaptiveRx && (get(v, 'rx-usecs') || get(v, 'rx-frames')))
    notes.push('with adaptive-rx on, mlx5 lets its DIM algorithm pick the moderation; the simulation scales rx-usecs with the packet rate instead.');
  return { ...ok('', notes), state: s };
}

// ------------------------------------------------------------------ -l / -L

/** netlink/channels.c channels_reply_cb; mlx5e_get_channels reports combined only. */
function showChannels(state: MachineState): string {
  return [
    `Channel parameters for ${IFACE}:`,
    'Pre-set maximums:',
    'RX:\t\tn/a',
    'TX:\t\tn/a',
    'Other:\t\tn/a',
    `Combined:\t${MAX_CHANNELS}`,
    'Current hardware settings:',
    'RX:\t\tn/a',
    'TX:\t\tn/a',
    'Other:\t\tn/a',
    `Combined:\t${state.channels}`,
    '',
  ].join('\n');
}

const CHANNEL_PARAMS: NlParam[] = ['rx', 'tx', 'other', 'combined'].map((name) => ({ name, kind: 'u32' }));

/**
 * ethtool -L: netlink/channels.c nl_schannels (errors exit 1);
 * net/ethtool/channels.c ethnl_set_channels: limits, "at least one RX and one
 * TX channel", and a user-set RSS table must still fit. mlx5 then reopens
 * its channels: the RSS table, if never set by hand, spreads over the new
 * count; new queues' interrupts get their default CPU.
 */
function setChannels(state: MachineState, args: string[]): CmdResult {
  const p = nlParse('-L', args, CHANNEL_PARAMS);
  if (!p.ok) return p.result;
  const v = p.values;
  const rx = get(v, 'rx');
  const tx = get(v, 'tx');
  const other = get(v, 'other');
  const combined = get(v, 'combined');
  const n = combined?.value ?? state.channels;
  const mod = n !== state.channels || (rx?.value ?? 0) !== 0 || (tx?.value ?? 0) !== 0 || (other?.value ?? 0) !== 0;
  if (!mod) return ok();
  const over = (rx && rx.value > 0 && rx) || (tx && tx.value > 0 && tx) || (other && other.value > 0 && other) || (combined && n > MAX_CHANNELS && combined);
  if (over) return netlinkError('requested channel count exceeds maximum', over.offset, 'EINVAL', 1);
  if (n === 0) return netlinkError('requested channel counts would result in no RX or TX channel being configured', combined!.offset, 'EINVAL', 1);
  if (state.rss.configured && n <= Math.max(...state.rss.table))
    return netlinkError('requested channel counts are too low for existing indirection table settings', null, 'EINVAL', 1);
  const s = cloneState(state);
  s.channels = n;
  s.queues = Array.from({ length: n }, (_, q) => state.queues[q] ?? defaultQueue(q));
  // New receiving threads are created by the main thread and inherit its affinity.
  s.threads = Array.from({ length: n }, (_, q) => state.threads[q] ?? state.threads[0]!);
  if (!s.rss.configured) s.rss.table = equalTable(n);
  const tids = n === 1 ? `tid ${tidOf(0)}` : `tids ${tidOf(0)}-${tidOf(n - 1)}`;
  return {
    ...ok('', [
      `udp-sink now runs ${n} receiving thread${n === 1 ? '' : 's'} (${tids}), one per RX queue; new threads inherit the main thread's CPU affinity.`,
    ]),
    state: s,
  };
}

// ------------------------------------------------------------------ -k / -K

/** netlink/features.c dump_features: legacy flags with their features, then the rest. */
function showFeatures(state: MachineState): string {
  const lines = [`Features for ${IFACE}:`];
  const flagOf = (name: string) => LEGACY_FLAGS.findIndex((f) => flagPatternMatch(name, f.pattern));
  const line = (name: string, prefix: string, label = name) => {
    const def = featureDef(name)!;
    return `${prefix}${label}: ${featureOn(state.features, name) ? 'on' : 'off'}${def.fixed ? ' [fixed]' : ''}`;
  };
  LEGACY_FLAGS.forEach((flag, i) => {
    if (flag.short === 'ufo') return;
    const members = FEATURES.filter((f) => flagOf(f.name) === i);
    if (members.length === 1) lines.push(line(members[0]!.name, '', flag.long));
    else if (members.length > 1) {
      lines.push(`${flag.long}: ${members.some((m) => featureOn(state.features, m.name)) ? 'on' : 'off'}`);
      for (const m of members) lines.push(line(m.name, '\t'));
    } else lines.push(`${flag.long}: off`);
  });
  for (const f of FEATURES) if (flagOf(f.name) < 0) lines.push(line(f.name, ''));
  return `${lines.join('\n')}\n`;
}

/** Bytes an attribute takes in a netlink message: 4-byte header plus payload, padded to 4. */
const nla = (payload: number) => 4 + Math.ceil(payload / 4) * 4;

/**
 * ethtool -K: netlink/features.c nl_sfeatures and show_feature_changes; the
 * kernel's ethnl_set_features answers which requested features did not take
 * (fixed ones) and which changed. An unknown name fails in the kernel with
 * "bit name not found" at the offset of that name in the request.
 */
function setFeatures(state: MachineState, args: string[]): CmdResult {
  const requests: Array<{ name: string; on: boolean }> = [];
  // Header nest for eth0 with the compact-bitsets flag: 4 + 12 + 8; then WANTED and BITS nests.
  let offset = 20 + 24 + 4 + 4;
  const unknown: number[] = [];
  let i = 0;
  for (; i < args.length; i += 2) {
    if (args[i] === '--') break;
    const value = args[i + 1];
    if (value !== 'on' && value !== 'off') return fail(`ethtool (-K): flag '${value ?? '(null)'}' for parameter '(null)' is not followed by 'on' or 'off'`);
    const on = value === 'on';
    const names = expandFeatureWord(args[i]!) ?? [args[i]!];
    for (const name of names) {
      // One ETHTOOL_A_BITSET_BITS_BIT nest: the name attribute, and a flag attribute when "on".
      if (!featureDef(name)) unknown.push(offset + 4);
      requests.push({ name, on });
      offset += 4 + nla(name.length + 1) + (on ? 4 : 0);
    }
  }
  if (unknown.length > 0) return netlinkError('bit name not found', unknown[0]!, 'EOPNOTSUPP', 92);
  const s = cloneState(state);
  const refused: Array<{ name: string; on: boolean }> = [];
  const changed: string[] = [];
  for (const r of requests) {
    const def = featureDef(r.name)!;
    const cur = featureOn(s.features, r.name);
    if (cur === r.on) continue;
    if (def.fixed) refused.push(r);
    else {
      s.features[r.name] = r.on;
      changed.push(r.name);
    }
  }
  let stdout = '';
  if (refused.length > 0) {
    stdout = 'Actual changes:\n';
    for (const f of FEATURES) {
      const r = refused.find((x) => x.name === f.name);
      if (r) stdout += `${f.name}: ${r.on ? 'off' : 'on'} [requested ${r.on ? 'on' : 'off'}]\n`;
      else if (changed.includes(f.name)) stdout += `${f.name}: ${featureOn(s.features, f.name) ? 'on' : 'off'}\n`;
    }
  }
  const requestedNames = new Set(requests.map((r) => r.name));
  if (requestedNames.size === 0 || (refused.length > 0 && new Set(refused.map((r) => r.name)).size === requestedNames.size))
    return { stdout, stderr: 'Could not change any device features\n', exitCode: 1, notes: [] };
  if (changed.length === 0) return ok(stdout);
  const notes =
    changed.filter((n) => n !== 'rx-gro').length > 0
      ? [`${changed.filter((n) => n !== 'rx-gro').join(', ')}: kept, but not part of the simulation (only rx-gro is).`]
      : [];
  return { ...ok(stdout, notes), state: s };
}

// ------------------------------------------------------------------ -x / -X

/** netlink/rss.c rss_reply_cb and common.c print_indir_table / print_rss_hkey (ethtool 6.8). */
function showRss(state: MachineState): string {
  let out = `\nRX flow hash indirection table for ${IFACE} with ${state.channels} RX ring(s):\n`;
  state.rss.table.forEach((q, i) => {
    if (i % 8 === 0) out += `${String(i).padStart(5)}: `;
    out += ` ${String(q).padStart(5)}`;
    if (i % 8 === 7 || i === state.rss.table.length - 1) out += '\n';
  });
  out += 'RSS hash key:\n';
  out += `${NETDEV_RSS_KEY.slice(0, 40)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(':')}\n`;
  out += 'RSS hash function:\n';
  out += `    toeplitz: ${state.rss.hfunc === 'toeplitz' ? 'on' : 'off'}\n`;
  out += `    xor: ${state.rss.hfunc === 'xor' ? 'on' : 'off'}\n`;
  out += '    crc32: off\n';
  out += 'RSS input transformation:\n';
  out += '    symmetric-xor: off\n';
  return out;
}

/**
 * ethtool -X (ioctl path in 6.8): ethtool.c do_srxfh and fill_indir_table —
 * `equal N` is bucket i → i mod N, `weight` gives contiguous runs in
 * proportion — then the kernel's ethtool_set_rxfh refuses a queue index at
 * or beyond the ring count (-EINVAL). `default` resets the table and clears
 * the "configured by hand" flag.
 */
function setRss(state: MachineState, args: string[]): CmdResult {
  let equal = 0;
  let weights: string[] | undefined;
  let dflt = false;
  let hfunc: string | undefined;
  let hkey: string | undefined;
  for (let i = 0; i < args.length;) {
    const a = args[i]!;
    if (a === 'equal') {
      const n = args[i + 1];
      if (n === undefined || !/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 2_147_483_647) return fail(BAD_ARGS);
      equal = Number(n);
      i += 2;
    } else if (a === 'weight') {
      i++;
      weights = [];
      while (i < args.length && /^\d/.test(args[i]!)) weights.push(args[i++]!);
      if (weights.length === 0) return fail(BAD_ARGS);
    } else if (a === 'default') {
      dflt = true;
      i++;
    } else if (a === 'hfunc' || a === 'hkey') {
      const val = args[i + 1];
      if (val === undefined) return fail(BAD_ARGS);
      if (a === 'hfunc') hfunc = val;
      else hkey = val;
      i += 2;
    } else return fail(BAD_ARGS);
  }
  if (args.length === 0) return fail(BAD_ARGS);
  if (equal && weights) return fail('Equal and weight options are mutually exclusive');
  if (equal && dflt) return fail('Equal and default options are mutually exclusive');
  if (weights && dflt) return fail('Weight and default options are mutually exclusive');
  const notes: string[] = [];
  if (hkey !== undefined) {
    const bytes = hkey.split(':');
    if (!bytes.every((b) => /^[0-9a-fA-F]{1,2}$/.test(b))) return fail('Invalid RSS hash key format');
    if (bytes.length !== 40) return fail(`Key is ${bytes.length < 40 ? 'too short' : 'too long'}`);
    notes.push("the simulation's RSS hash does not depend on the key; flows keep their queues.");
  }
  if (hfunc !== undefined) {
    if (!['toeplitz', 'xor', 'crc32'].includes(hfunc)) return fail(`Unknown hash function: ${hfunc}`);
    if (hfunc === 'crc32') return fail(`Cannot set RX flow hash configuration: ${STRERROR.EOPNOTSUPP}`);
    notes.push("the hash function is kept, but the simulation's flow-to-queue spread does not depend on it.");
  }
  let table: number[] | undefined;
  if (equal) table = Array.from({ length: RSS_TABLE_SIZE }, (_, i) => i % equal);
  else if (weights) {
    const w = weights.map((x) => Number.parseInt(x, 10) || 0);
    const sum = w.reduce((a, b) => a + b, 0);
    if (sum === 0) return fail('At least one weight must be non-zero');
    if (sum > RSS_TABLE_SIZE) return fail('Total weight exceeds the size of the indirection table');
    table = [];
    let partial = 0;
    let j = -1;
    for (let i = 0; i < RSS_TABLE_SIZE; i++) {
      while (i >= Math.floor((RSS_TABLE_SIZE * partial) / sum)) {
        j++;
        partial += w[j]!;
      }
      table.push(j);
    }
  }
  if (table && table.some((q) => q >= state.channels)) return fail(`Cannot set RX flow hash configuration: ${STRERROR.EINVAL}`);
  const s = cloneState(state);
  if (table) {
    s.rss.table = table;
    s.rss.configured = true;
  } else if (dflt) {
    s.rss.table = equalTable(state.channels);
    s.rss.configured = false;
  }
  if (hfunc === 'toeplitz' || hfunc === 'xor') s.rss.hfunc = hfunc;
  if (JSON.stringify(s.rss) === JSON.stringify(state.rss)) return ok('', notes);
  return { ...ok('', notes), state: s };
}

// ------------------------------------------------------------------ -S, -i

/**
 * ethtool -S: ethtool.c do_gstats ("NIC statistics:", five spaces, name: value).
 * Names are mlx5e's (en_stats.c): software ring counters, rx_out_of_buffer
 * (the Q counter for packets dropped with no receive buffer: a full ring),
 * port counters, then per channel ch<N>_events (its interrupts) and
 * rx<N>_packets/bytes.
 */
function showStats(state: MachineState, ctx: CmdContext): CmdResult {
  const c = ctx.counters();
  const { packets, bytes, missed, interrupts: events } = queueTotals(c);
  const rows: Array<[string, number]> = [
    ['rx_packets', packets],
    ['rx_bytes', bytes],
    ['tx_packets', 0],
    ['tx_bytes', 0],
    ['ch_events', events],
    ['rx_out_of_buffer', missed],
    ['rx_packets_phy', c.portPackets],
    ['rx_bytes_phy', c.portBytes],
    ['rx_discards_phy', 0],
  ];
  for (let q = 0; q < state.channels; q++) rows.push([`ch${q}_events`, c.queues[q]!.interrupts]);
  for (let q = 0; q < state.channels; q++) {
    rows.push([`rx${q}_packets`, c.queues[q]!.packets]);
    rows.push([`rx${q}_bytes`, c.queues[q]!.bytes]);
  }
  const out = `NIC statistics:\n${rows.map(([n, v]) => `     ${n}: ${v}\n`).join('')}`;
  return ok(out, [
    'abridged: mlx5 prints several hundred counters. rx_out_of_buffer counts packets the NIC dropped because the ring was full; the kernel reports it as rx_missed_errors (ip -s -s link: missed).',
  ]);
}

/** ethtool.c do_gdrv / dump_drvinfo. */
function showDriver(): string {
  return [
    'driver: mlx5_core',
    'version: 6.8.0-45-generic',
    'firmware-version: 16.35.2000 (MT_0000000080)',
    'expansion-rom-version: ',
    `bus-info: ${PCI_ADDR}`,
    'supports-statistics: yes',
    'supports-test: yes',
    'supports-eeprom-access: no',
    'supports-register-dump: no',
    'supports-priv-flags: yes',
    '',
  ].join('\n');
}

const HELP = `ethtool version ${VERSION}
Usage:
        ethtool [ FLAGS ] DEVNAME\tDisplay standard information about device
        ethtool [ FLAGS ] -i|--driver DEVNAME\tShow driver information
        ethtool [ FLAGS ] -g|--show-ring DEVNAME\tQuery RX/TX ring parameters
        ethtool [ FLAGS ] -G|--set-ring DEVNAME\tSet RX/TX ring parameters
                [ rx N ]
                [ rx-mini N ]
                [ rx-jumbo N ]
                [ tx N ]
        ethtool [ FLAGS ] -c|--show-coalesce DEVNAME\tShow coalesce options
        ethtool [ FLAGS ] -C|--coalesce DEVNAME\tSet coalesce options
                [adaptive-rx on|off]
                [adaptive-tx on|off]
                [rx-usecs N]
                [rx-frames N]
                [tx-usecs N]
                [tx-frames N]
                [cqe-mode-rx on|off]
                [cqe-mode-tx on|off]
        ethtool [ FLAGS ] -l|--show-channels DEVNAME\tQuery Channels
        ethtool [ FLAGS ] -L|--set-channels DEVNAME\tSet Channels
                [ rx N ]
                [ tx N ]
                [ other N ]
                [ combined N ]
        ethtool [ FLAGS ] -k|--show-features|--show-offload DEVNAME\tGet state of protocol offload and other features
        ethtool [ FLAGS ] -K|--features|--offload DEVNAME\tSet protocol offload and other features
                FEATURE on|off ...
        ethtool [ FLAGS ] -S|--statistics DEVNAME\tShow adapter statistics
        ethtool [ FLAGS ] -x|--show-rxfh-indir|--show-rxfh DEVNAME\tShow Rx flow hash indirection table and/or RSS hash key
        ethtool [ FLAGS ] -X|--set-rxfh-indir|--rxfh DEVNAME\tSet Rx flow hash indirection table and/or RSS hash key
                [ equal N | weight W0 W1 ... | default ]
                [ hkey %x:%x:%x:%x:%x:.... ]
                [ hfunc FUNC ]
        ethtool [ FLAGS ] -h|--help \t\tShow this help
        ethtool [ FLAGS ] --version \t\tShow version number
`;

const OPTIONS: Record<string, string> = {
  '-g': 'g',
  '--show-ring': 'g',
  '-G': 'G',
  '--set-ring': 'G',
  '-c': 'c',
  '--show-coalesce': 'c',
  '-C': 'C',
  '--coalesce': 'C',
  '-l': 'l',
  '--show-channels': 'l',
  '-L': 'L',
  '--set-channels': 'L',
  '-k': 'k',
  '--show-features': 'k',
  '--show-offload': 'k',
  '-K': 'K',
  '--features': 'K',
  '--offload': 'K',
  '-x': 'x',
  '--show-rxfh-indir': 'x',
  '--show-rxfh': 'x',
  '-X': 'X',
  '--set-rxfh-indir': 'X',
  '--rxfh': 'X',
  '-S': 'S',
  '--statistics': 'S',
  '-i': 'i',
  '--driver': 'i',
};

/** Options the lab implements, for completion and help. */
export const ETHTOOL_OPTIONS = Object.keys(OPTIONS);
export const ETHTOOL_PARAMS: Record<string, string[]> = {
  G: RING_PARAMS.map((p) => p.name).slice(0, 4),
  C: [...MLX5_COALESCE],
  L: CHANNEL_PARAMS.map((p) => p.name),
  X: ['equal', 'weight', 'default', 'hfunc', 'hkey'],
};
export const BOOL_PARAMS = new Set(['adaptive-rx', 'adaptive-tx', 'cqe-mode-rx', 'cqe-mode-tx']);

/** Whether this ethtool argv prints live counters. */
export function ethtoolReadsCounters(argv: string[]): boolean {
  return argv.some((a) => OPTIONS[a] === 'S');
}

/** Flags before the subcommand (ethtool.c main): --debug N and -I are accepted and ignored; --json is not simulated. */
function stripFlags(args: string[]): { args: string[]; json: boolean } {
  let json = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--debug') i++;
    else if (a === '-I' || a === '--include-statistics') continue;
    else break;
  }
  return { args: args.slice(i), json };
}

export function ethtool(argv: string[], ctx: CmdContext): CmdResult {
  const flags = stripFlags(argv.slice(1));
  if (flags.json) return { stdout: '', stderr: '', exitCode: 1, notes: ["ethtool's JSON output is not simulated; run the command without --json."] };
  const args = flags.args;
  if (args[0] === '-h' || args[0] === '--help') return ok(HELP, ['abridged to the options the lab simulates.']);
  if (args[0] === '--version') return ok(`ethtool version ${VERSION}\n`);
  const opt = args[0] === undefined ? undefined : OPTIONS[args[0]];
  if (args.length === 0) return fail(BAD_ARGS);
  if (opt === undefined) {
    if (args[0]!.startsWith('-')) return fail(BAD_ARGS);
    return ok('', [`plain \`ethtool ${args[0]}\` (link settings) is not simulated; the link speed is the simulation's. Try ethtool -g, -c, -l, -k, -x or -S.`]);
  }
  const dev = args[1];
  if (dev === undefined) return fail(BAD_ARGS);
  const rest = args.slice(2);
  const state = ctx.state;
  const isEth0 = dev === IFACE;
  switch (opt) {
    case 'g':
    case 'c':
    case 'l':
    case 'k':
      if (rest.length > 0) return fail(`ethtool: unexpected parameter '${rest[0]}'`);
      if (!isEth0) return noDevice(1);
      return ok(opt === 'g' ? showRing(state) : opt === 'c' ? showCoalesce(state) : opt === 'l' ? showChannels(state) : showFeatures(state));
    case 'x':
      if (rest.length > 0) return fail(`ethtool (-x): unknown parameter '${rest[0]}'`);
      if (!isEth0) return noDevice(1);
      return ok(showRss(state));
    case 'G':
      return isEth0 ? setRing(state, rest) : nlParseThen('-G', rest, RING_PARAMS, 81);
    case 'C':
      return isEth0 ? setCoalesce(state, rest) : nlParseThen('-C', rest, COALESCE_PARAMS, 1);
    case 'L':
      return isEth0 ? setChannels(state, rest) : nlParseThen('-L', rest, CHANNEL_PARAMS, 1);
    case 'K':
      return isEth0 ? setFeatures(state, rest) : noDevice(92);
    case 'X':
      if (!isEth0) return fail(`Cannot get RX ring count: ${STRERROR.ENODEV}`);
      return setRss(state, rest);
    case 'S':
      if (!isEth0) return fail(`Cannot get stats strings information: ${STRERROR.ENODEV}`, 96);
      return showStats(state, ctx);
    case 'i':
      if (!isEth0) return fail(`Cannot get driver information: ${STRERROR.ENODEV}`, 71);
      return ok(showDriver());
  }
  return fail(BAD_ARGS);
}

/** A set request for another device: the parser still runs first, then the kernel finds no device. */
function nlParseThen(cmd: string, args: string[], params: NlParam[], exitCode: number): CmdResult {
  const p = nlParse(cmd, args, params);
  return p.ok ? noDevice(exitCode) : p.result;
}
