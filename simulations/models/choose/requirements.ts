/**
 * What a reader needs from a receive path, in the words of the guide's form:
 * the traffic (link, frame sizes, share of line rate), a latency target, the
 * protocol, whether the application must keep the socket API, the NIC, whether
 * the kernel must keep the NIC and its tools, the cores there are, and whether
 * the team writes C against a raw packet API.
 */
import { packetsPerSecond } from '../line-rate/line-rate';
import type { NicClass, Protocol } from './properties';

/**
 * Frame-size mixes, each named by its mean frame size in bytes (the value the
 * form and the URL carry). IMIX is the test-equipment convention of 7 : 4 : 1
 * minimum-size, 594-byte and full-size frames (IP packets of 40, 576 and 1500
 * bytes), a mean of 361.8 bytes.
 */
export const FRAME_MIXES = [
  { value: 64, label: '64 B', parts: [[64, 1]] },
  { value: 128, label: '128 B', parts: [[128, 1]] },
  { value: 256, label: '256 B', parts: [[256, 1]] },
  {
    value: 362,
    label: 'IMIX',
    parts: [
      [64, 7],
      [594, 4],
      [1518, 1],
    ],
  },
  { value: 512, label: '512 B', parts: [[512, 1]] },
  { value: 1518, label: '1518 B', parts: [[1518, 1]] },
  { value: 9000, label: '9000 B', parts: [[9000, 1]] },
] as const satisfies ReadonlyArray<{ value: number; label: string; parts: ReadonlyArray<readonly [number, number]> }>;

export type FrameMix = (typeof FRAME_MIXES)[number];

/** At or above this latency target there is no target: every stack's light-load median is far below it. */
export const NO_LATENCY_TARGET_US = 1000;

export type Requirements = {
  link_gbps: number;
  /** A FRAME_MIXES value (the mix's mean frame size, rounded). */
  frames: number;
  /** Share of the link's line rate the stack must take, %. */
  load_pct: number;
  /** Median latency target at light load, wire to application, µs. */
  latency_us: number;
  protocol: Protocol;
  /** The application must keep using BSD sockets unchanged. */
  sockets: boolean;
  nic: NicClass;
  /** The kernel must keep the NIC and its tools (ip, ethtool, tcpdump, netfilter). */
  keep_kernel: boolean;
  /** Cores available for receiving. */
  cores: number;
  /** The team can write C/C++ against a raw packet API. */
  raw_api_team: boolean;
  /** The per-packet work fits an eBPF program in the driver (filter, drop, rewrite, redirect). */
  fits_in_driver: boolean;
};

export function frameMix(value: number): FrameMix {
  const mix = FRAME_MIXES.find((m) => m.value === value);
  if (!mix) throw new RangeError(`No frame mix ${value}; mixes: ${FRAME_MIXES.map((m) => m.value).join(', ')}.`);
  return mix;
}

/** Shares of packets (not bytes) of each frame size in the mix; they sum to 1. */
export function mixShares(mix: FrameMix): Array<{ frame: number; share: number }> {
  const total = mix.parts.reduce((a, [, w]) => a + w, 0);
  return mix.parts.map(([frame, w]) => ({ frame, share: w / total }));
}

export function meanFrameBytes(mix: FrameMix): number {
  return mixShares(mix).reduce((a, p) => a + p.frame * p.share, 0);
}

/** Line rate at this mix: the wire overhead per frame is fixed, so the mean frame size decides it. */
export function lineRatePps(link_gbps: number, mix: FrameMix): number {
  return packetsPerSecond(link_gbps, meanFrameBytes(mix));
}

/** Packets per second the stack must take. */
export function requiredPps(r: Requirements): number {
  return lineRatePps(r.link_gbps, frameMix(r.frames)) * (r.load_pct / 100);
}
