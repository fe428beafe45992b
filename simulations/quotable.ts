/**
 * Constants that prose may quote with <Const id=…>. Each one points at the
 * model constant it comes from, so the text and the simulations cannot drift.
 */
import {
  BUDGET_COSTS,
  DPDK_DROP_PPS,
  LINUX_CONNTRACK_DROP_PPS,
  LINUX_RAW_DROP_PPS,
  XDP_DROP_PPS,
} from './models/costs';
import { IFG_BYTES, JUMBO_FRAME_BYTES, MAX_FRAME_BYTES, MIN_FRAME_BYTES, PREAMBLE_BYTES, SFD_BYTES, WIRE_OVERHEAD_BYTES } from './models/ethernet';

export type QuotableUnit = 'ns' | 'B' | 'pps';

export type Quotable = { value: number; unit: QuotableUnit; label: string; source?: string };

const pps = (value: number, label: string, source: string): Quotable => ({ value, unit: 'pps', label, source });
const bytes = (value: number, label: string): Quotable => ({ value, unit: 'B', label, source: 'ieee8023' });

export const quotable: Readonly<Record<string, Quotable>> = {
  ...Object.fromEntries(BUDGET_COSTS.map((c) => [c.id, { value: c.ns, unit: 'ns', label: c.label, source: c.source }])),
  'linux-raw-drop': pps(LINUX_RAW_DROP_PPS, 'Linux, drop in iptables raw table, one core', 'xdp2018'),
  'linux-raw-drop-ns': { value: 1e9 / LINUX_RAW_DROP_PPS, unit: 'ns', label: 'Linux raw-table drop, per packet', source: 'xdp2018' },
  'linux-conntrack-drop': pps(LINUX_CONNTRACK_DROP_PPS, 'Linux with conntrack, one core', 'xdp2018'),
  'xdp-drop': pps(XDP_DROP_PPS, 'XDP drop, one core', 'xdp2018'),
  'dpdk-drop': pps(DPDK_DROP_PPS, 'DPDK drop, one core', 'xdp2018'),
  'dpdk-drop-ns': { value: 1e9 / DPDK_DROP_PPS, unit: 'ns', label: 'DPDK drop, per packet', source: 'xdp2018' },
  'min-frame': bytes(MIN_FRAME_BYTES, 'Minimum Ethernet frame'),
  'max-frame': bytes(MAX_FRAME_BYTES, 'Largest standard frame'),
  'jumbo-frame': bytes(JUMBO_FRAME_BYTES, 'Jumbo frame'),
  preamble: bytes(PREAMBLE_BYTES, 'Preamble'),
  sfd: bytes(SFD_BYTES, 'Start-of-frame delimiter'),
  ifg: bytes(IFG_BYTES, 'Inter-frame gap'),
  'wire-overhead': bytes(WIRE_OVERHEAD_BYTES, 'Preamble + SFD + inter-frame gap'),
};
