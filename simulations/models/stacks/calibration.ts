/**
 * The published figures the stacks model must reproduce (sources in
 * content/references.ts), each as a row with a `holds` the tests assert, and the Markdown tables
 * docs/calibration.md shows (a test keeps it in step). Two rows run the
 * receive-path event model at light load (50 ms at 14.9 kpps, about 0.1 s) so the
 * kernel's latency budget cannot drift from it.
 */
import { DPDK_DROP_PPS, LINUX_RAW_DROP_PPS, XDP_DROP_PPS } from '../../core/costs';
import { runScenario, SCENARIOS } from '../receive-path/calibration';
import { TUNED_VALUES } from '../receive-path/tuned';
import { MEASURED_DELIVERED_PPS } from '../receive-path/tuning-steps';
import { evaluateStack, type StackResult } from './evaluate';
import { KERNEL_RAW_DROP_NS, RAW_TABLE_DROP_NS } from './kernel';
import { nsPerPacket } from './model';
import { EF_VI_HALF_RTT_NS, ONLOAD_UDP_HALF_RTT_NS, VMA_UDP_HALF_RTT_NS } from './published';
import { STACKS, type StackId } from './stacks';
import { stackSweep } from './sweep';
import { COST_STAGES } from './types';

export type CalibrationRow = { what: string; published: string; source: string; model: string; holds: boolean };

const indexOf = (id: StackId) => STACKS.findIndex((s) => s.id === id);
export const run = (id: StackId, v: Partial<{ link_gbps: number; frame_bytes: number; load_pct: number; cores: number }> = {}): StackResult =>
  evaluateStack({ stack: indexOf(id), link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1, ...v });

/** Raw-frame bypass stacks: published (or, for ef_vi, modelled) to take 10 GbE line rate at 64 B on one core. */
export const LINE_RATE_STACKS = ['dpdk', 'netmap', 'pf_ring_zc', 'af_xdp_zc', 'xdp_drop', 'ef_vi'] as const satisfies readonly StackId[];
export const KERNEL_STACKS = ['kernel', 'kernel-tuned'] as const satisfies readonly StackId[];

const mpps = (pps: number) => (pps / 1e6).toFixed(2);
const kpps = (pps: number) => `${Math.round(pps / 1e3)} kpps`;
const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function calibrate(): { rows: CalibrationRow[] } {
  const line = run('dpdk').line_rate_pps;
  const bypass = LINE_RATE_STACKS.map((id) => run(id));
  const kernel = run('kernel');
  const tuned = run('kernel-tuned');
  const big = STACKS.map((s) => run(s.id as StackId, { frame_bytes: 1518 }));
  const slowestBig = big.reduce((a, b) => (b.capacity_pps < a.capacity_pps ? b : a));
  const perCore = (id: StackId) => 1e9 / nsPerPacket(STACKS[indexOf(id)]!, 64);
  const rawPps = 1e9 / KERNEL_RAW_DROP_NS;
  const lightLoad = { load_pct: 0.1 };
  const light = (id: StackId) => run(id, lightLoad).latency_ns;
  const wire = run('kernel', lightLoad).latency_stages.find((s) => s.stage === 'wire')!.p50_ns;
  const idle = runScenario(SCENARIOS.stockIdle);
  // The tuned preset itself (GRO off, reader on its own CPU, busy_read 50 µs) at the same light load.
  const busy = runScenario({ id: 'tunedIdle', label: 'tuned, 0.1 % load', values: { ...TUNED_VALUES, load_pct: 0.1 }, durationMs: 50 });
  const within = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * b;
  const socketLat = { ef_vi: light('ef_vi'), onload: light('onload'), vma: light('vma') };
  const zc10g = stackSweep({ stacks: ['pf_ring_zc'], linkGbps: [10] });

  const rows: CalibrationRow[] = [
    {
      what: 'raw-frame bypass, 10 GbE, 64 B, one core',
      published: 'line rate, 14.88 Mpps (netmap at 900 MHz; PF_RING ZC at any size; DPDK 43.5, XDP 24, AF_XDP zero copy 20 Mpps per core)',
      source: 'Rizzo 2012; ntop; XDP paper (CoNEXT 2018)',
      model: `${LINE_RATE_STACKS.map((id) => `${id} ${mpps(perCore(id))}`).join(', ')} Mpps per core; all deliver ${mpps(line)} Mpps`,
      holds: bypass.every((r) => r.delivered_pps >= line - 0.5),
    },
    {
      what: 'kernel paths, same traffic',
      published: 'a fraction of line rate; tuning roughly doubles it (receive-path model: 684 and 1426 kpps)',
      source: 'Cloudflare 2015, 2018; the talk; tuning-steps.ts',
      model: `kernel ${kpps(kernel.delivered_pps)} (${pct(kernel.line_rate_share)}), kernel-tuned ${kpps(tuned.delivered_pps)} (${pct(tuned.line_rate_share)})`,
      holds:
        Math.abs(kernel.delivered_pps - MEASURED_DELIVERED_PPS.stock) < 1 &&
        within(tuned.delivered_pps, MEASURED_DELIVERED_PPS.tuned, 0.001) &&
        tuned.line_rate_share < 0.2,
    },
    {
      what: 'every stack at 1518 B, 10 GbE, one core',
      published: 'line rate, 812.7 kpps (the stock kernel keeps up too)',
      source: 'the talk; receive-path model (99.97 % delivered)',
      model: `${big.filter((r) => r.line_rate_share >= 0.9999).length} of ${big.length} deliver ${(big[0]!.line_rate_pps / 1e3).toFixed(1)} kpps; least headroom: ${slowestBig.stack.id}, ${mpps(slowestBig.capacity_pps)} Mpps`,
      holds: big.every((r) => r.delivered_pps >= r.line_rate_pps - 0.5),
    },
    {
      what: 'drop on one core, 64 B',
      published: `DPDK ${mpps(DPDK_DROP_PPS)} > XDP ${mpps(XDP_DROP_PPS)} > Linux raw table ${mpps(LINUX_RAW_DROP_PPS)} Mpps`,
      source: 'XDP paper (CoNEXT 2018)',
      model: `${mpps(perCore('dpdk'))} > ${mpps(perCore('xdp_drop'))} > ${mpps(rawPps)} Mpps (driver, GRO and IP of the kernel model leave ${RAW_TABLE_DROP_NS.toFixed(1)} ns for the raw table)`,
      holds: perCore('dpdk') > perCore('xdp_drop') && perCore('xdp_drop') > rawPps && RAW_TABLE_DROP_NS > 0 && within(rawPps, LINUX_RAW_DROP_PPS, 1e-9),
    },
    {
      what: 'AF_XDP, one core, 64 B',
      published: 'zero copy about 20 Mpps per core (preliminary); copy mode notably slower',
      source: 'XDP paper (CoNEXT 2018); kernel AF_XDP docs',
      model: `zero copy ${mpps(perCore('af_xdp_zc'))}, copy ${mpps(perCore('af_xdp'))} Mpps; XDP_DROP ${mpps(perCore('xdp_drop'))}`,
      holds: perCore('af_xdp') < perCore('af_xdp_zc') && perCore('af_xdp_zc') <= perCore('xdp_drop'),
    },
    {
      what: 'user-space stacks and ef_vi, median latency, light load',
      published: `half round trip: ef_vi ${us(EF_VI_HALF_RTT_NS)}, Onload UDP ${us(ONLOAD_UDP_HALF_RTT_NS)}, VMA UDP ${us(VMA_UDP_HALF_RTT_NS)}`,
      source: 'AMD UG1586; Mellanox VMA brief',
      model: `receive side: ef_vi ${us(socketLat.ef_vi.p50)}, onload ${us(socketLat.onload.p50)}, vma ${us(socketLat.vma.p50)} (each inside its half round trip)`,
      holds:
        socketLat.ef_vi.p50 <= EF_VI_HALF_RTT_NS &&
        socketLat.onload.p50 <= ONLOAD_UDP_HALF_RTT_NS &&
        socketLat.vma.p50 <= VMA_UDP_HALF_RTT_NS &&
        socketLat.vma.p99 < 10_000,
    },
    {
      what: 'stock kernel, median latency, light load',
      published: 'several times higher: ≥ 7 µs half round trip on typical NICs; receive-path model p50 ' + us(idle.latency_ns.p50),
      source: 'Solarflare; receive-path calibration',
      model: `${us(light('kernel').p50)} (${wire.toFixed(1)} ns of wire time + the receive-path budget), ${(light('kernel').p50 / socketLat.onload.p50).toFixed(0)} × onload`,
      holds: within(light('kernel').p50 - wire, idle.latency_ns.p50, 0.01) && light('kernel').p50 >= 3 * Math.max(socketLat.onload.p50, socketLat.vma.p50),
    },
    {
      what: 'tuned kernel (busy_read 50 µs), latency, light load',
      published: `busy polling cuts it to a few µs (receive-path model p50 ${us(busy.latency_ns.p50)}, p99 ${us(busy.latency_ns.p99)} when the spin has expired)`,
      source: 'sysctl/net.rst busy_read; receive-path calibration',
      model: `p50 ${us(light('kernel-tuned').p50)}, p99 ${us(light('kernel-tuned').p99)} (both with ${wire.toFixed(1)} ns of wire time)`,
      holds: within(light('kernel-tuned').p50 - wire, busy.latency_ns.p50, 0.01) && within(light('kernel-tuned').p99 - wire, busy.latency_ns.p99, 0.05),
    },
    {
      what: 'polling against interrupts, light load',
      published: 'XDP paper forwarding latency: DPDK 2 µs, XDP 82 µs average at 100 pps (interrupt-driven)',
      source: 'XDP paper (CoNEXT 2018)',
      model: `dpdk ${us(light('dpdk').p50)}, xdp_drop ${us(light('xdp_drop').p50)} (interrupt moderation dominates)`,
      holds: light('xdp_drop').p50 >= 5 * light('dpdk').p50,
    },
    {
      what: 'PF_RING ZC at any frame size, 10 GbE, one core',
      published: '1/10 Gbit wire rate at any packet size',
      source: 'ntop PF_RING ZC',
      model: `line rate at ${zc10g.filter((p) => p.line_rate_share >= 0.9999).length} of ${zc10g.length} sizes, 64–1518 B`,
      holds: zc10g.every((p) => p.line_rate_share >= 0.9999),
    },
  ];
  return { rows };
}

/** Per-stack table at 10 GbE, 64 B, one core, line rate: cost by stage, capacity, delivered, latency, where drops go. */
export function costTable(): string[][] {
  return STACKS.map((s) => {
    const r = run(s.id as StackId);
    const l = run(s.id as StackId, { load_pct: 0.1 });
    const cell = (ns: number) => (ns === 0 ? '–' : ns.toFixed(ns < 10 ? 1 : 0));
    return [
      s.id,
      ...COST_STAGES.map((st) => cell(r.cost_ns[st])),
      r.ns_per_packet.toFixed(1),
      mpps(r.per_core_capacity_pps),
      mpps(r.delivered_pps),
      (l.latency_ns.p50 / 1000).toFixed(2),
      s.drops.map((d) => `\`${d.counter}\``).join(', '),
    ];
  });
}

/** The calibration and the per-stack table as the Markdown docs/calibration.md shows. */
export function stacksMarkdown(c: ReturnType<typeof calibrate> = calibrate()): string {
  const lines = ['| what | published | source | model | holds |', '|---|---|---|---|---|'];
  for (const r of c.rows) lines.push(`| ${r.what} | ${r.published} | ${r.source} | ${r.model} | ${r.holds ? 'yes' : '**no**'} |`);
  lines.push('', 'Per packet at 10 GbE, 64 B, one core, line rate (ns by stage; capacity and delivered in Mpps; p50 at light load in µs):', '');
  lines.push(`| stack | ${COST_STAGES.join(' | ')} | total | capacity | delivered | p50 µs | drops counted in |`);
  lines.push(`|---|${COST_STAGES.map(() => '---').join('|')}|---|---|---|---|---|`);
  for (const row of costTable()) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}
