/**
 * `ethtool -S` counter names differ per driver (each driver's *_ethtool.c
 * defines its own strings). Two things are read from the names: which
 * driver printed them, and which counters are per-queue copies of one
 * counter, so `rx_queue_3_drops` adds up with the other queues'.
 */

import { mapOf } from './lookup';

type QueuePattern = { re: RegExp; group: (m: RegExpExecArray) => string };

// Per-queue naming schemes, from the drivers' ethtool string tables:
// virtio_net and ixgbe `rx_queue_N_*`, ena `queue_N_rx_*`, mlx5/mlx4 `rxN_*`
// and `txN_M_*`, mlx5 channels `chN_*`, i40e `rx-N.*`, bnx2x `[N]: *`, be2net `rxqN: *`.
const QUEUE_PATTERNS: QueuePattern[] = [
  { re: /^(rx|tx)_queue_(\d+)_(.+)$/, group: (m) => `${m[1]}_queue_*_${m[3]}` },
  { re: /^queue_(\d+)_(.+)$/, group: (m) => `queue_*_${m[2]}` },
  { re: /^(tx)(\d+)_(\d+)_(.+)$/, group: (m) => `${m[1]}*_*_${m[4]}` },
  { re: /^(rx|tx|ch|xdpsq|rx_xsk|tx_xsk)(\d+)_(.+)$/, group: (m) => `${m[1]}*_${m[3]}` },
  { re: /^(rx|tx)-(\d+)\.(.+)$/, group: (m) => `${m[1]}-*.${m[3]}` },
  { re: /^\[(\d+)\]:\s*(.+)$/, group: (m) => `[*]: ${m[2]}` },
  { re: /^(rxq|txq)(\d+):\s*(.+)$/, group: (m) => `${m[1]}*: ${m[3]}` },
];

/** The counter family and the queue for a per-queue name; the name itself otherwise. */
export function queueGroup(name: string): { group: string; member: string } {
  for (const p of QUEUE_PATTERNS) {
    const m = p.re.exec(name);
    if (m) {
      const queue = m.slice(1).find((s) => /^\d+$/.test(s ?? ''));
      return { group: p.group(m), member: `queue ${queue}` };
    }
  }
  return { group: name, member: '' };
}

/**
 * Guess the driver from the names it printed. Checked most specific first:
 * ixgbe also prints `rx_queue_N_packets` like virtio_net, and igb shares
 * most names with e1000e.
 */
export function guessDriver(names: readonly string[]): string | undefined {
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/allowance_exceeded|^queue_\d+_rx_cnt$|^ena_admin_q_/)) return 'ena';
  if (has(/^rx_out_of_buffer$|^rx_discards_phy$|^rx_vport_|^rx_csum_complete$|^ch\d+_|^rx\d+_cache_|^rx_wqe_err$|^rx\d+_wqe_err$/)) return 'mlx5_core';
  if (has(/^port\.|^veb\.|^(rx|tx)-\d+\./)) return 'i40e';
  if (has(/^rx_no_dma_resources$|^fdir_(match|miss)$|^rx_pkts_nic$|^lsc_int$|^non_eop_descs$/)) return 'ixgbe';
  if (has(/^os2bmc_|^rx_queue_\d+_alloc_failed$|^tx_dma_out_of_sync$/)) return 'igb';
  if (has(/^rx_no_buffer_count$|^alloc_rx_buff_failed$|^rx_smbus$/)) return 'igb/e1000e';
  if (has(/^rx_queue_\d+_(kicks|xdp_packets|drops)$/) || (has(/^rx_queue_\d+_packets$/) && names.every((n) => /^(rx|tx)_queue_\d+_/.test(n)))) {
    return 'virtio_net';
  }
  if (has(/^\[\d+\]: /)) return 'bnx2x';
  if (has(/^rxq\d+: /)) return 'be2net';
  return undefined;
}

/**
 * Largest RX ring per driver (ethtool -g shows the machine's own), from the
 * drivers' headers. A Map, because the driver name comes from the paste
 * (`driver: constructor` must not find Object's constructor).
 */
export const RING_MAX: ReadonlyMap<string, number> = mapOf({
  // drivers/net/ethernet/intel/ixgbe/ixgbe.h IXGBE_MAX_RXD
  ixgbe: 4096,
  // drivers/net/ethernet/intel/i40e/i40e.h I40E_MAX_NUM_DESCRIPTORS (8160 on XL710 in newer kernels)
  i40e: 4096,
  // drivers/net/ethernet/mellanox/mlx5/core/en.h MLX5E_PARAMS_MAXIMUM_LOG_RQ_SIZE 0xd
  mlx5_core: 8192,
  // amzn-drivers ena: rx_queue_size module parameter, "Max value is 8K"
  ena: 8192,
  // drivers/net/ethernet/intel/igb/igb.h IGB_MAX_RXD; e1000e E1000_MAX_RXD
  igb: 4096,
  'igb/e1000e': 4096,
});
