/**
 * Reading /proc/interrupts for how the NIC's receive queues are spread over
 * CPUs. Queue interrupts are found by the names drivers give them
 * (request_irq names in each driver): ixgbe/i40e/igb/ice `eth0-TxRx-3`,
 * i40e `i40e-eth0-TxRx-3`, ena `ens5-Tx-Rx-0`, mlx5 `mlx5_comp3@pci:…`,
 * virtio_net `virtio0-input.3`, mlx4/bnxt `enp59s0f0-3`, and a bare `eth0`
 * for a NIC with a single vector.
 */
import { finiteRate } from './findings';
import { labLink } from './links';
import { INTERRUPT_RULE } from './rules';
import type { Finding, InterruptRow, InterruptTable } from './types';

type Queue = { device: string; queue: number | null };

const QUEUE_NAMES: Array<[RegExp, (m: RegExpExecArray) => Queue]> = [
  [/^(.+?)-(?:TxRx|txrx|Tx-Rx|tx-rx|rxtx|rx|Rx|RX)-(\d+)$/, (m) => ({ device: m[1]!, queue: Number(m[2]) })],
  [/^mlx5_comp(\d+)@(.+)$/, (m) => ({ device: `mlx5@${m[2]}`, queue: Number(m[1]) })],
  [/^(virtio\d+)-input\.(\d+)$/, (m) => ({ device: m[1]!, queue: Number(m[2]) })],
  [/^(virtio\d+)-virtqueues$/, (m) => ({ device: m[1]!, queue: 0 })],
  [/^((?:eth|en[a-z]|em|p\d+p)[\w.]*?)-(\d+)$/, (m) => ({ device: m[1]!, queue: Number(m[2]) })],
  [/^((?:eth|en[a-z]|em|p\d+p|bond)[\w.]*)$/, (m) => ({ device: m[1]!, queue: null })],
];

/** The device and queue of a receive-queue interrupt, or null for anything else. */
// Drivers name their vectors after the interface (IFNAMSIZ, 16) plus a suffix, or mlx5_compN@pci:…: well under 100 characters.
const MAX_QUEUE_NAME = 100;

export function nicQueue(name: string): Queue | null {
  // Shared legacy lines (`uhci_hcd:usb1, eth0`) cannot be told apart per device; transmit-only vectors carry no receive work.
  if (name.length > MAX_QUEUE_NAME || name.includes(',') || /-tx-\d+$|-output\.\d+$|_(async|cmd|pages)_eq/i.test(name)) return null;
  for (const [re, make] of QUEUE_NAMES) {
    const m = re.exec(name);
    if (m) return make(m);
  }
  return null;
}

/** `perCpu` may be shorter than the table's CPUs: the CPUs after its end had none of these interrupts. */
type Device = { name: string; queues: number; perCpu: number[] };

/** The largest value and where it is, by a loop: Math.max(...values) overflows the stack for long arrays. */
function largest(values: readonly number[]): { index: number; value: number } {
  let index = -1;
  let value = -Infinity;
  for (let k = 0; k < values.length; k++) {
    if (values[k]! > value) {
      value = values[k]!;
      index = k;
    }
  }
  return { index, value };
}

const sum = (values: readonly number[]): number => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};

function devices(rows: readonly InterruptRow[], width: number, previous: Map<string, InterruptRow> | null): Device[] {
  const byDevice = new Map<string, { rows: InterruptRow[]; bare: InterruptRow[] }>();
  for (const row of rows) {
    const q = nicQueue(row.name);
    if (!q) continue;
    const d = byDevice.get(q.device) ?? { rows: [], bare: [] };
    (q.queue === null ? d.bare : d.rows).push(row);
    byDevice.set(q.device, d);
  }
  const out: Device[] = [];
  for (const [name, d] of byDevice) {
    // ixgbe also names its link-status vector plain `eth0`; with queue vectors present it is not receive work.
    const used = d.rows.length > 0 ? d.rows : d.bare;
    // As long as the device's own rows, not the header: a header of a million CPUs over
    // thousands of one-count rows must not cost a million entries per device.
    let cpus = 0;
    for (const row of used) cpus = Math.max(cpus, Math.min(width, row.perCpu.length));
    const perCpu = new Array<number>(cpus).fill(0);
    for (const row of used) {
      const before = previous?.get(`${row.irq}:${row.name}`);
      const n = Math.min(cpus, row.perCpu.length);
      for (let c = 0; c < n; c++) {
        const v = row.perCpu[c]!;
        const delta = before ? v - (before.perCpu[c] ?? 0) : v;
        perCpu[c]! += Math.max(0, delta);
      }
    }
    out.push({ name, queues: used.length, perCpu });
  }
  return out;
}

/**
 * Findings for queue interrupts that pile onto one CPU. With two snapshots
 * the interrupts between them are what counts; with one, the totals since boot.
 */
export function interruptFindings(
  now: readonly InterruptTable[],
  before: readonly InterruptTable[] | null,
  intervalS: number | null,
  messages: string[],
): Finding[] {
  const findings: Finding[] = [];
  now.forEach((table, index) => {
    const prevTable = before?.[index] ?? null;
    const previous = prevTable ? new Map(prevTable.rows.map((r) => [`${r.irq}:${r.name}`, r])) : null;
    const devs = devices(table.rows, table.cpus.length, previous);
    if (devs.length === 0) {
      messages.push(`${table.source}: no NIC receive-queue interrupts found (looked for names like eth0-TxRx-0, mlx5_comp0@…, virtio0-input.0).`);
      return;
    }
    if (table.cpus.length < 2) return;
    const totals = devs.map((d) => sum(d.perCpu));
    const busiest = largest(totals).value;
    devs.forEach((d, k) => {
      const total = totals[k]!;
      // An idle port next to a busy one is not worth a finding.
      if (total === 0 || total < busiest * 0.01) return;
      const { index: hot, value: hotCount } = largest(d.perCpu);
      const share = hotCount / total;
      const mean = total / table.cpus.length;
      const cpuName = `CPU ${table.cpus[hot]}`;
      const queues = d.queues === 1 ? 'its only queue' : `${d.queues} queues`;
      const window = prevTable ? 'between the snapshots' : 'since boot';
      let counter: string;
      let meaning: string;
      let weight = INTERRUPT_RULE.weight;
      if (share >= 0.9) {
        counter = `${d.name} RX interrupts on ${cpuName} (${Math.round(share * 100)} % of ${queues})`;
        meaning = `${Math.round(share * 100)} % of the receive interrupts of ${d.name} (${queues}) went to ${cpuName} ${window}, out of ${table.cpus.length} CPUs. ${INTERRUPT_RULE.meaning}`;
      } else if (d.queues > 1 && hotCount >= 2 * mean) {
        weight = 0.03;
        counter = `${d.name} RX interrupts: ${cpuName} takes ${Math.round(share * 100)} %`;
        meaning = `${cpuName} took ${Math.round(share * 100)} % of the receive interrupts of ${d.name} (${queues}) ${window}, ${(hotCount / mean).toFixed(1)}× an even share over ${table.cpus.length} CPUs: unevenly spread queues (IRQ affinity or RSS indirection, \`ethtool -x\`).`;
      } else {
        return;
      }
      const dev = d.name.replace(/^(?:i40e|iavf|ice)-/, '');
      const iface = /^(?:eth|en|em|p\d|bond)/.test(dev) ? dev : '<if>';
      findings.push({
        kind: INTERRUPT_RULE.kind,
        where: INTERRUPT_RULE.where,
        counter,
        count: hotCount,
        rate: prevTable && intervalS ? finiteRate(hotCount / intervalS) : null,
        advice: INTERRUPT_RULE.advice({ iface }),
        link: INTERRUPT_RULE.link ? labLink(INTERRUPT_RULE.link) : null,
        severity: weight,
        meaning,
        source: table.source,
      });
    });
  });
  return findings;
}
