/**
 * From requirements to a ranking of all thirteen stacks. Each stack is held
 * against each requirement; every judgement is a reason that points either at
 * a number from the stacks model (per-core rate, median latency, copies) or at
 * a stated property with its source (properties.ts). A stack's fit is its
 * worst judgement: it meets the requirements, meets them partly (with work or
 * a caveat), or fails one.
 *
 * Ranking: fit first; then fewer failed and fewer partial requirements; then
 * fewer cores for the required rate; then less to change to adopt it (the
 * kernel as it is, tuning, a library under unchanged binaries, new code;
 * properties.ts); then lower median latency (set a latency target to make it
 * count for more); then less CPU time per packet; then the stacks model's
 * order. Deterministic, no randomness.
 */
import { formatDuration, formatRate } from '../../core/format';
import { STACKS, type StackId } from '../stacks/stacks';
import { allFigures, type StackFigures } from './figures';
import { STACK_PROPERTIES, type ApiKind, type Fit, type StackProperties } from './properties';
import { frameMix, lineRatePps, meanFrameBytes, NO_LATENCY_TARGET_US, requiredPps, type Requirements } from './requirements';

export type Requirement = 'rate' | 'latency' | 'protocol' | 'sockets' | 'hardware' | 'kernel' | 'team' | 'driver' | 'copies' | 'cpu';

/** A number from the stacks model, or a stated property and its reference id. */
export type Basis =
  { kind: 'model'; metric: 'per_core_pps' | 'latency_p50_ns' | 'latency_p99_ns' | 'copies' | 'cpu_busy'; value: number } | { kind: 'property'; source: string };

export type Reason = { about: Requirement; fit: Fit | 'info'; text: string; basis: Basis };

export type Verdict = {
  id: StackId;
  label: string;
  /** 1 for the top pick. */
  rank: number;
  fit: Fit;
  /** Failing reasons first, then partial, then met, then information. */
  reasons: Reason[];
  fails: number;
  partly: number;
  figures: StackFigures;
  api: ApiKind;
  needs: string;
  kernel_keeps_nic: boolean;
  kernel_tools: StackProperties['kernelTools'];
};

export type Recommendation = {
  required_pps: number;
  line_rate_pps: number;
  mean_frame_bytes: number;
  /** Every stack, best first. */
  ranked: Verdict[];
  top: StackId;
  runners_up: StackId[];
  /** Limits that apply to every stack (the model has no NIC or PCIe ceiling). */
  caveats: Array<{ text: string; source: string }>;
};

/** Above this rate the NIC, not the cores, was the limit in the XDP paper (ConnectX-5, 100 GbE, 64 B). */
export const NIC_CEILING_PPS = 115_000_000;

const FIT_ORDER: Record<Fit | 'info', number> = { fails: 0, partly: 1, meets: 2, info: 3 };
const model = (metric: Extract<Basis, { kind: 'model' }>['metric'], value: number): Basis => ({ kind: 'model', metric, value });
const property = (source: string): Basis => ({ kind: 'property', source });
const us = (x: number) => `${x} µs`;

function rateReason(f: StackFigures, r: Requirements, required: number): Reason {
  const perCpu = f.cpus_per_queue === 2 ? 'one RX queue, on two CPUs (softirq and reader),' : 'one core';
  const est = f.rate_from_estimates ? ' (an estimate)' : '';
  const cores = `${f.cores_needed} ${f.cores_needed === 1 ? 'core' : 'cores'}`;
  const meets = f.cores_needed <= r.cores;
  return {
    about: 'rate',
    fit: meets ? 'meets' : 'fails',
    text: `${formatRate(required)} needs ${cores}${meets ? `, you have ${r.cores}` : `; you have only ${r.cores}`}: ${perCpu} takes ${formatRate(f.per_queue_pps)}${est}.`,
    basis: model('per_core_pps', f.per_queue_pps),
  };
}

function latencyReason(f: StackFigures, r: Requirements): Reason {
  const p50 = formatDuration(f.latency_p50_ns);
  if (r.latency_us >= NO_LATENCY_TARGET_US) {
    return { about: 'latency', fit: 'info', text: `Median latency at light load ${p50} (no target set).`, basis: model('latency_p50_ns', f.latency_p50_ns) };
  }
  const target = r.latency_us * 1000;
  if (f.latency_p50_ns > target) {
    return {
      about: 'latency',
      fit: 'fails',
      text: `Median latency at light load ${p50}, over the ${us(r.latency_us)} target.`,
      basis: model('latency_p50_ns', f.latency_p50_ns),
    };
  }
  if (f.latency_p99_ns > target) {
    return {
      about: 'latency',
      fit: 'partly',
      text: `Median ${p50} meets the ${us(r.latency_us)} target, but the 99th percentile, ${formatDuration(f.latency_p99_ns)}, does not.`,
      basis: model('latency_p99_ns', f.latency_p99_ns),
    };
  }
  return {
    about: 'latency',
    fit: 'meets',
    text: `Median latency at light load ${p50}, within the ${us(r.latency_us)} target.`,
    basis: model('latency_p50_ns', f.latency_p50_ns),
  };
}

const API_WORDS: Record<ApiKind, string> = { raw: 'a raw-frame API', own: 'its own API', sockets: 'BSD sockets' };

function judge(id: StackId, r: Requirements, f: StackFigures, required: number): Reason[] {
  const spec = STACKS.find((s) => s.id === id)!;
  const p = STACK_PROPERTIES[id];
  const reasons: Reason[] = [rateReason(f, r, required), latencyReason(f, r)];
  const proto = p.protocols[r.protocol];
  reasons.push({ about: 'protocol', fit: proto.fit, text: proto.text, basis: property(proto.source) });
  const hw = p.hardware[r.nic];
  reasons.push({ about: 'hardware', fit: hw.fit, text: hw.text, basis: property(hw.source) });
  if (r.sockets) {
    reasons.push(
      p.api === 'sockets'
        ? spec.family === 'kernel'
          ? { about: 'sockets', fit: 'meets', text: 'The application keeps its BSD sockets, the kernel’s own.', basis: property('man-socket7') }
          : {
              about: 'sockets',
              fit: 'meets',
              text: `The application keeps its BSD sockets: ${spec.label} intercepts the calls, so unmodified binaries run.`,
              basis: property(p.protocols.udp.source),
            }
        : {
            about: 'sockets',
            fit: 'fails',
            text: p.inDriver
              ? 'Not the socket API: the work moves into an eBPF program in the driver.'
              : `Not the socket API: the application is rewritten for ${API_WORDS[p.api]}, ${spec.api}.`,
            basis: property(p.protocols.raw.source),
          },
    );
  }
  if (r.keep_kernel) {
    const k = p.keepKernelOn?.[r.nic] ?? p.keepKernel;
    reasons.push({ about: 'kernel', fit: k.fit, text: k.text, basis: property(k.source) });
  }
  if (!r.raw_api_team && p.api !== 'sockets') {
    const what = p.inDriver ? 'an eBPF program in restricted C' : `C against ${spec.api}`;
    reasons.push({ about: 'team', fit: 'fails', text: `Needs a team that writes ${what}.`, basis: property(p.protocols.raw.source) });
  }
  if (p.inDriver) {
    reasons.push(
      r.fits_in_driver
        ? {
            about: 'driver',
            fit: 'meets',
            text: 'The work fits an eBPF program in the driver: no user space at all, and CPU use follows the load.',
            basis: property('xdp2018'),
          }
        : {
            about: 'driver',
            fit: 'partly',
            text: 'Only the part of the work that fits an eBPF program in the driver (filter, drop, rewrite, redirect); the rest needs AF_XDP or the kernel’s stack.',
            basis: property('xdp2018'),
          },
    );
  }
  reasons.push({
    about: 'copies',
    fit: 'info',
    text: f.copies === 0 ? 'No copy: the application reads the buffer the NIC wrote.' : `${f.copies} copy of every packet’s bytes on the way in.`,
    basis: model('copies', f.copies),
  });
  if (f.spins) reasons.push({ about: 'cpu', fit: 'info', text: 'Its receiving cores spin at 100 % whatever the load.', basis: model('cpu_busy', 1) });
  return reasons.sort((a, b) => FIT_ORDER[a.fit] - FIT_ORDER[b.fit]);
}

function worst(reasons: readonly Reason[]): Fit {
  if (reasons.some((x) => x.fit === 'fails')) return 'fails';
  if (reasons.some((x) => x.fit === 'partly')) return 'partly';
  return 'meets';
}

export function recommend(r: Requirements): Recommendation {
  const required = requiredPps(r);
  const figures = allFigures(r);
  const unranked = STACKS.map((spec, order) => {
    const id = spec.id as StackId;
    const f = figures[id];
    const reasons = judge(id, r, f, required);
    const p = STACK_PROPERTIES[id];
    return {
      order,
      verdict: {
        id,
        label: spec.label,
        rank: 0,
        fit: worst(reasons),
        reasons,
        fails: reasons.filter((x) => x.fit === 'fails').length,
        partly: reasons.filter((x) => x.fit === 'partly').length,
        figures: f,
        api: p.api,
        needs: p.needs,
        kernel_keeps_nic: p.kernelKeepsNic,
        kernel_tools: p.kernelTools,
      } satisfies Verdict,
    };
  });
  unranked.sort((a, b) =>
    FIT_ORDER[a.verdict.fit] - FIT_ORDER[b.verdict.fit] === 0
      ? a.verdict.fails - b.verdict.fails ||
        a.verdict.partly - b.verdict.partly ||
        a.verdict.figures.cores_needed - b.verdict.figures.cores_needed ||
        STACK_PROPERTIES[a.verdict.id].change - STACK_PROPERTIES[b.verdict.id].change ||
        a.verdict.figures.latency_p50_ns - b.verdict.figures.latency_p50_ns ||
        b.verdict.figures.per_queue_pps - a.verdict.figures.per_queue_pps ||
        a.order - b.order
      : FIT_ORDER[b.verdict.fit] - FIT_ORDER[a.verdict.fit],
  );
  const ranked = unranked.map((u, i) => ({ ...u.verdict, rank: i + 1 }));
  const caveats: Recommendation['caveats'] = [];
  if (required > NIC_CEILING_PPS) {
    caveats.push({
      text: `${formatRate(required)} is beyond what the XDP paper’s 100 GbE NIC delivered with any number of cores (about ${formatRate(NIC_CEILING_PPS)}): the NIC and PCIe, not the stack, may be the limit.`,
      source: 'xdp2018',
    });
  }
  return {
    required_pps: required,
    line_rate_pps: lineRatePps(r.link_gbps, frameMix(r.frames)),
    mean_frame_bytes: meanFrameBytes(frameMix(r.frames)),
    ranked,
    top: ranked[0]!.id,
    runners_up: ranked.slice(1, 3).map((v) => v.id),
    caveats,
  };
}
