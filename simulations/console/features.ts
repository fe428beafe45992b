/**
 * eth0's netdev features as `ethtool -k` lists them. Names and their order are
 * the kernel's (NETIF_F_*_BIT in include/linux/netdev_features.h, named by
 * netdev_features_strings in net/ethtool/common.c, Linux 6.8); which are on
 * and which are [fixed] follow what mlx5e_build_nic_netdev sets on a
 * ConnectX-5. Only rx-gro matters to the simulation; the others can be
 * toggled (when not fixed) and are shown, nothing more.
 */

export type FeatureDef = { name: string; on: boolean; fixed: boolean };

const F = (name: string, on: boolean, fixed = false): FeatureDef => ({ name, on, fixed });

/** In bit order. */
export const FEATURES: readonly FeatureDef[] = [
  F('tx-scatter-gather', true),
  F('tx-checksum-ipv4', false, true),
  F('tx-checksum-ip-generic', true),
  F('tx-checksum-ipv6', false, true),
  F('highdma', true, true),
  F('tx-scatter-gather-fraglist', false, true),
  F('tx-vlan-hw-insert', true),
  F('rx-vlan-hw-parse', true),
  F('rx-vlan-filter', true),
  F('vlan-challenged', false, true),
  F('tx-generic-segmentation', true),
  F('tx-lockless', false, true),
  F('netns-local', false, true),
  F('rx-gro', true),
  F('rx-lro', false),
  F('tx-tcp-segmentation', true),
  F('tx-gso-robust', false, true),
  F('tx-tcp-ecn-segmentation', false, true),
  F('tx-tcp-mangleid-segmentation', false),
  F('tx-tcp6-segmentation', true),
  F('tx-fcoe-segmentation', false, true),
  F('tx-gre-segmentation', true),
  F('tx-gre-csum-segmentation', true),
  F('tx-ipxip4-segmentation', true),
  F('tx-ipxip6-segmentation', true),
  F('tx-udp_tnl-segmentation', true),
  F('tx-udp_tnl-csum-segmentation', true),
  F('tx-gso-partial', true),
  F('tx-tunnel-remcsum-segmentation', false, true),
  F('tx-sctp-segmentation', false, true),
  F('tx-esp-segmentation', false, true),
  F('tx-udp-segmentation', true),
  F('tx-gso-list', false, true),
  F('tx-checksum-fcoe-crc', false, true),
  F('tx-checksum-sctp', false, true),
  F('fcoe-mtu', false, true),
  F('rx-ntuple-filter', false),
  F('rx-hashing', true),
  F('rx-checksum', true),
  F('tx-nocache-copy', false),
  F('loopback', false, true),
  F('rx-fcs', false),
  F('rx-all', false),
  F('tx-vlan-stag-hw-insert', true),
  F('rx-vlan-stag-hw-parse', false, true),
  F('rx-vlan-stag-filter', true, true),
  F('l2-fwd-offload', false, true),
  F('hw-tc-offload', false),
  F('esp-hw-offload', false, true),
  F('esp-tx-csum-hw-offload', false, true),
  F('rx-udp_tunnel-port-offload', true),
  F('tls-hw-tx-offload', false, true),
  F('tls-hw-rx-offload', false, true),
  F('rx-gro-hw', false),
  F('tls-hw-record', false, true),
  F('rx-gro-list', false),
  F('macsec-hw-offload', false, true),
  F('rx-udp-gro-forwarding', false),
  F('hsr-tag-ins-offload', false, true),
  F('hsr-tag-rm-offload', false, true),
  F('hsr-fwd-offload', false, true),
  F('hsr-dup-offload', false, true),
];

/**
 * ethtool's legacy flags (off_flag_def in ethtool's common.c): a short and a
 * long name for every kernel feature matching a pattern (one `*` allowed).
 * `ethtool -k` prints them first, in this order; UFO is skipped because no
 * kernel with the netlink interface supports it (netlink/features.c), and
 * its pattern matches no feature, so `-K ufo on` changes nothing.
 */
export const LEGACY_FLAGS = [
  { short: 'rx', long: 'rx-checksumming', pattern: 'rx-checksum' },
  { short: 'tx', long: 'tx-checksumming', pattern: 'tx-checksum-*' },
  { short: 'sg', long: 'scatter-gather', pattern: 'tx-scatter-gather*' },
  { short: 'tso', long: 'tcp-segmentation-offload', pattern: 'tx-tcp*-segmentation' },
  { short: 'ufo', long: 'udp-fragmentation-offload', pattern: 'tx-udp-fragmentation' },
  { short: 'gso', long: 'generic-segmentation-offload', pattern: 'tx-generic-segmentation' },
  { short: 'gro', long: 'generic-receive-offload', pattern: 'rx-gro' },
  { short: 'lro', long: 'large-receive-offload', pattern: 'rx-lro' },
  { short: 'rxvlan', long: 'rx-vlan-offload', pattern: 'rx-vlan-hw-parse' },
  { short: 'txvlan', long: 'tx-vlan-offload', pattern: 'tx-vlan-hw-insert' },
  { short: 'ntuple', long: 'ntuple-filters', pattern: 'rx-ntuple-filter' },
  { short: 'rxhash', long: 'receive-hashing', pattern: 'rx-hashing' },
] as const;

/** netlink/features.c flag_pattern_match: at most one asterisk. */
export function flagPatternMatch(name: string, pattern: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return name === pattern;
  const head = pattern.slice(0, star);
  const tail = pattern.slice(star + 1);
  return name.length + 1 >= pattern.length && name.startsWith(head) && name.endsWith(tail);
}

export function featureDef(name: string): FeatureDef | undefined {
  return FEATURES.find((f) => f.name === name);
}

/** The changeable features' boot values; fixed ones never enter the state. */
export function defaultFeatures(): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const f of FEATURES) if (!f.fixed) out[f.name] = f.on;
  return out;
}

export function featureOn(features: Record<string, boolean>, name: string): boolean {
  const def = featureDef(name);
  if (!def) return false;
  return def.fixed ? def.on : (features[name] ?? def.on);
}

/** The kernel features a word on the -K command line names: a legacy flag's matches, or the feature itself. */
export function expandFeatureWord(word: string): string[] | undefined {
  const flag = LEGACY_FLAGS.find((f) => f.short === word || f.long === word);
  if (flag) return FEATURES.filter((f) => flagPatternMatch(f.name, flag.pattern)).map((f) => f.name);
  return undefined;
}
