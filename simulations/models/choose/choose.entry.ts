/**
 * Catalog entry: the guide of chapter 8. Requirements in, every stack ranked
 * out (simulations/models/choose). Analytic: the answer is a pure function of
 * the form, so the URL, the CLI and an embed reproduce it exactly.
 * `npm run sim -- choose-stack --protocol=tcp --sockets --nic=amd --latency_us=2 --load_pct=10 --json`
 */
import type { AnalyticEntry } from '../../core/entry-types';
import { NIC_CLASSES, PROTOCOLS } from './properties';
import { recommend, type Recommendation } from './recommend';
import { FRAME_MIXES, NO_LATENCY_TARGET_US, type Requirements } from './requirements';
import type { ChoiceParam, NumberParam, ParamValues, ToggleParam } from '../../core/params';
import { linkSpeedParam } from '../../core/wire-params';

const PROTOCOL_LABELS = { raw: 'Raw frames', udp: 'UDP', tcp: 'TCP' } as const;
const NIC_LABELS = { any: 'Any', intel: 'Intel-class', nvidia: 'NVIDIA ConnectX', amd: 'AMD Solarflare' } as const;

export const chooseParams = {
  link_gbps: linkSpeedParam,
  frames: {
    kind: 'choice',
    label: 'Frame sizes',
    unit: 'B',
    help: 'The frames the link carries: one size, or IMIX (7 : 4 : 1 of 64-, 594- and 1518-byte frames, 362 bytes on average).',
    options: FRAME_MIXES.map((m) => ({ value: m.value, label: m.label, name: m.value === 362 ? 'imix' : String(m.value) })),
    default: 64,
  } satisfies ChoiceParam,
  load_pct: {
    kind: 'number',
    label: 'Share of line rate',
    unit: '%',
    help: 'How much of the link’s packet rate the stack must take without loss.',
    min: 1,
    max: 100,
    step: 1,
    default: 100,
    marks: [10, 25, 50, 100],
  } satisfies NumberParam,
  latency_us: {
    kind: 'number',
    label: 'Median latency target',
    unit: 'µs',
    help: `Light-load latency from the wire to the application, median; ${NO_LATENCY_TARGET_US} µs means no target.`,
    min: 0.2,
    max: NO_LATENCY_TARGET_US,
    step: 0.1,
    default: NO_LATENCY_TARGET_US,
    scale: 'log',
    marks: [0.5, 1, 2, 5, 10, 20, 100, NO_LATENCY_TARGET_US],
  } satisfies NumberParam,
  protocol: {
    kind: 'choice',
    label: 'Protocol',
    unit: '',
    help: 'What the application speaks: raw Ethernet frames (forwarding, filtering, capture), UDP datagrams or TCP streams.',
    options: PROTOCOLS.map((p, value) => ({ value, label: PROTOCOL_LABELS[p], name: p })),
    default: 0,
  } satisfies ChoiceParam,
  sockets: {
    kind: 'toggle',
    label: 'Keep the socket API',
    unit: '',
    help: 'The application must keep using BSD sockets unchanged.',
    default: false,
  } satisfies ToggleParam,
  nic: {
    kind: 'choice',
    label: 'NIC',
    unit: '',
    help: 'The network card you have: any (an ordinary kernel driver), Intel-class (DPDK and AF_XDP zero-copy drivers), NVIDIA ConnectX, or AMD Solarflare.',
    options: NIC_CLASSES.map((n, value) => ({ value, label: NIC_LABELS[n], name: n })),
    default: 1,
  } satisfies ChoiceParam,
  keep_kernel: {
    kind: 'toggle',
    label: 'Kernel keeps the NIC',
    unit: '',
    help: 'The kernel must keep driving the NIC, and its tools (ip, ethtool, tcpdump, netfilter) must keep working.',
    default: false,
  } satisfies ToggleParam,
  cores: {
    kind: 'number',
    label: 'Cores',
    unit: '',
    help: 'Cores you can give to receiving packets.',
    min: 1,
    max: 16,
    step: 1,
    default: 2,
  } satisfies NumberParam,
  raw_api_team: {
    kind: 'toggle',
    label: 'Team writes raw packet code',
    unit: '',
    help: 'The team can write C or C++ against a raw packet API (DPDK, AF_XDP, ef_vi, an eBPF program).',
    default: true,
  } satisfies ToggleParam,
  fits_in_driver: {
    kind: 'toggle',
    label: 'Work fits in the driver',
    unit: '',
    help: 'The per-packet work fits an eBPF program in the driver: filter, drop, rewrite, redirect (XDP).',
    default: false,
  } satisfies ToggleParam,
} as const;

export type ChooseValues = ParamValues<typeof chooseParams>;

/** The form's values (numbers for choices) as the model's requirements. */
export function toRequirements(v: ChooseValues): Requirements {
  return {
    link_gbps: v.link_gbps,
    frames: v.frames,
    load_pct: v.load_pct,
    latency_us: v.latency_us,
    protocol: PROTOCOLS[v.protocol]!,
    sockets: v.sockets,
    nic: NIC_CLASSES[v.nic]!,
    keep_kernel: v.keep_kernel,
    cores: v.cores,
    raw_api_team: v.raw_api_team,
    fits_in_driver: v.fits_in_driver,
  };
}

export type ChooseResult = Recommendation & { simulation: 'choose-stack'; params: ChooseValues; requirements: Requirements };

const P = (p: (typeof PROTOCOLS)[number]) => PROTOCOLS.indexOf(p);
const N = (n: (typeof NIC_CLASSES)[number]) => NIC_CLASSES.indexOf(n);
/** Presets are complete states: every requirement set, so a preset means the same whatever came before. */
const preset = (v: ChooseValues) => v;
const BASE: ChooseValues = {
  link_gbps: 10,
  frames: 64,
  load_pct: 100,
  latency_us: NO_LATENCY_TARGET_US,
  protocol: P('raw'),
  sockets: false,
  nic: N('intel'),
  keep_kernel: false,
  cores: 2,
  raw_api_team: true,
  fits_in_driver: false,
};

export const chooseEntry: AnalyticEntry<typeof chooseParams, ChooseResult, 'choose-stack'> = {
  kind: 'analytic',
  id: 'choose-stack',
  title: 'Choose a receive path',
  summary:
    'From requirements (rate, frame sizes, latency, protocol, sockets, NIC, the kernel’s hold on the NIC, cores, team) to every stack ranked, with the reasons and the numbers behind them.',
  params: chooseParams,
  presets: [
    {
      id: 'feed-handler',
      label: 'Market-data feed',
      values: preset({ ...BASE, frames: 256, load_pct: 20, latency_us: 1, protocol: P('udp'), sockets: true, nic: N('amd') }),
    },
    {
      id: 'onload-tcp',
      label: 'TCP, sockets, Solarflare',
      values: preset({ ...BASE, frames: 128, load_pct: 5, latency_us: 2, protocol: P('tcp'), sockets: true, nic: N('amd') }),
    },
    {
      id: 'vma-tcp',
      label: 'TCP, sockets, ConnectX',
      values: preset({ ...BASE, frames: 128, load_pct: 5, latency_us: 2, protocol: P('tcp'), sockets: true, nic: N('nvidia') }),
    },
    { id: 'scrubber', label: 'DDoS scrubber', values: preset({ ...BASE, protocol: P('raw'), keep_kernel: true, cores: 1, fits_in_driver: true }) },
    { id: 'keep-kernel', label: 'Raw frames, kernel keeps NIC', values: preset({ ...BASE, protocol: P('raw'), keep_kernel: true, cores: 1 }) },
    { id: 'router', label: 'Router, 100 GbE', values: preset({ ...BASE, link_gbps: 100, protocol: P('raw'), cores: 8 }) },
    { id: 'capture', label: 'Capture, 40 GbE IMIX', values: preset({ ...BASE, link_gbps: 40, frames: 362, protocol: P('raw'), cores: 4 }) },
    {
      id: 'web',
      label: 'Web service, 1 GbE',
      values: preset({ ...BASE, link_gbps: 1, frames: 1518, protocol: P('tcp'), sockets: true, nic: N('any'), raw_api_team: false, cores: 4 }),
    },
  ],
  panels: ['full', 'table'],
  metrics: {
    required_mpps: { label: 'packets per second the stack must take', unit: 'Mpps', digits: 2, get: (r) => r.required_pps / 1e6 },
    meeting: { label: 'stacks that meet every requirement', unit: '', digits: 0, get: (r) => r.ranked.filter((v) => v.fit === 'meets').length },
    top_p50_us: { label: 'median latency of the top pick at light load', unit: 'µs', digits: 'sig3', get: (r) => r.ranked[0]!.figures.latency_p50_ns / 1000 },
    top_cores: { label: 'cores the top pick needs', unit: '', digits: 0, get: (r) => r.ranked[0]!.figures.cores_needed },
    top_per_core_mpps: { label: 'what one core of the top pick takes', unit: 'Mpps', digits: 2, get: (r) => r.ranked[0]!.figures.per_queue_pps / 1e6 },
  },
  evaluate: (v) => {
    const requirements = toRequirements(v);
    return { simulation: 'choose-stack', params: { ...v }, requirements, ...recommend(requirements) };
  },
  toJson: (_v, r) => r,
};
