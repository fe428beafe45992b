/**
 * The line-rate budget: how often frames arrive at a given link speed and
 * frame size, and how much CPU time that leaves per packet. Pure arithmetic,
 * no randomness: every output is exact for its inputs.
 */
import { BUDGET_COSTS, ONE_CORE_PATHS, type Cost, type OneCorePath } from '../../core/costs';
import { JUMBO_FRAME_BYTES, LINK_SPEEDS_GBPS, MAX_FRAME_BYTES, MIN_FRAME_BYTES, WIRE_OVERHEAD_BYTES } from '../../core/ethernet';

export type LineRateInput = {
  /** Link speed in Gbit/s. */
  linkGbps: number;
  /** Ethernet frame size in bytes (header + payload + FCS). */
  frameBytes: number;
  /** Core clock in GHz, for converting time to cycles. */
  cpuGhz: number;
};

export type BudgetItem = { cost: Cost; fits: number };

/** A measured packet path against this budget: how many cores it needs to keep up. */
export type PathItem = { path: OneCorePath; nsPerPacket: number; coresNeeded: number };

export type LineRateResult = {
  /** Bytes of wire time one frame occupies (frame + preamble + SFD + IFG). */
  wireBytes: number;
  /** Frames per second at 100 % load, not rounded. */
  pps: number;
  /** Time between frame starts, in ns: the per-packet budget. */
  nsPerPacket: number;
  /** CPU cycles per packet at the chosen clock. */
  cyclesPerPacket: number;
  /** Bits per second carried inside frames (what counters of bytes see). */
  frameBitsPerSecond: number;
  /** Share of wire time spent on frames rather than preamble and gap, 0..1. */
  frameShare: number;
  /** How many of each reference operation fit in one packet's budget. */
  budget: BudgetItem[];
  paths: PathItem[];
};

/**
 * Cores needed to keep up, assuming perfect scaling across cores (the best case;
 * the XDP paper measured near-linear scaling for drop until PCIe limits).
 */
export function coresNeeded(pathNs: number, budgetNs: number): number {
  return Math.max(1, Math.ceil(pathNs / budgetNs - 1e-9));
}

/** Bytes of wire time per frame. */
export function wireBytes(frameBytes: number): number {
  return frameBytes + WIRE_OVERHEAD_BYTES;
}

/** Packets per second at line rate (exact, unrounded). */
export function packetsPerSecond(linkGbps: number, frameBytes: number): number {
  return (linkGbps * 1e9) / (wireBytes(frameBytes) * 8);
}

/** Nanoseconds between packets at line rate: bits on the wire / (Gbit/s) = ns. */
export function nsPerPacket(linkGbps: number, frameBytes: number): number {
  return (wireBytes(frameBytes) * 8) / linkGbps;
}

export function lineRate(input: LineRateInput): LineRateResult {
  const { linkGbps, frameBytes, cpuGhz } = input;
  const ns = nsPerPacket(linkGbps, frameBytes);
  const pps = packetsPerSecond(linkGbps, frameBytes);
  return {
    wireBytes: wireBytes(frameBytes),
    pps,
    nsPerPacket: ns,
    cyclesPerPacket: ns * cpuGhz,
    frameBitsPerSecond: pps * frameBytes * 8,
    frameShare: frameBytes / wireBytes(frameBytes),
    budget: BUDGET_COSTS.map((cost) => ({ cost, fits: ns / cost.ns })),
    paths: ONE_CORE_PATHS.map((path) => {
      const pathNs = 1e9 / path.pps;
      return { path, nsPerPacket: pathNs, coresNeeded: coresNeeded(pathNs, ns) };
    }),
  };
}

/** Frame sizes the pps-vs-size chart samples (log-spaced plus the notable sizes). */
export function chartFrameSizes(points = 48): number[] {
  const lo = Math.log(MIN_FRAME_BYTES);
  const hi = Math.log(JUMBO_FRAME_BYTES);
  const sizes = new Set<number>([MIN_FRAME_BYTES, 128, 256, 512, 1024, MAX_FRAME_BYTES, JUMBO_FRAME_BYTES]);
  for (let i = 0; i < points; i++) sizes.add(Math.round(Math.exp(lo + ((hi - lo) * i) / (points - 1))));
  return [...sizes].sort((a, b) => a - b);
}

export type PpsCurve = { linkGbps: number; points: Array<{ frameBytes: number; pps: number }> };

/** Packets/s against frame size for every offered link speed. */
export function ppsCurves(sizes = chartFrameSizes()): PpsCurve[] {
  return LINK_SPEEDS_GBPS.map((linkGbps) => ({
    linkGbps,
    points: sizes.map((frameBytes) => ({ frameBytes, pps: packetsPerSecond(linkGbps, frameBytes) })),
  }));
}
