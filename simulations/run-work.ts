/**
 * How much work an event run asks for, known before it starts: the packets its
 * traffic offers over its simulated time. An event simulation's wall time
 * grows with the packets it simulates, not with the milliseconds it is asked
 * for (10 s of 100 GbE minimum-size frames is 1.5 billion packets), so a
 * headless run is bounded by packets (simulations/run-request.ts).
 *
 * Every event entry names its traffic with the receive-path model's knobs
 * (link_gbps, frame_bytes, load_pct); a knob an
 * entry does not offer counts at its worst (fastest link, smallest frame, full
 * load), so a new entry errs towards refusing rather than running for minutes.
 */
import { LINK_SPEEDS_GBPS, MIN_FRAME_BYTES, WIRE_OVERHEAD_BYTES } from './core/ethernet';

type Values = Readonly<Record<string, number | boolean>>;

const num = (values: Values, key: string, worst: number) => (typeof values[key] === 'number' ? (values[key] as number) : worst);

export type Traffic = { linkGbps: number; frameBytes: number; loadPct: number };

export function trafficOf(values: Values): Traffic {
  return {
    linkGbps: num(values, 'link_gbps', Math.max(...LINK_SPEEDS_GBPS)),
    frameBytes: num(values, 'frame_bytes', MIN_FRAME_BYTES),
    loadPct: num(values, 'load_pct', 100),
  };
}

/** Nanoseconds one frame takes on the wire, preamble and gap included: 67.2 ns for 64 B at 10 Gbit/s. */
export function frameTimeNs({ linkGbps, frameBytes }: Traffic): number {
  return ((frameBytes + WIRE_OVERHEAD_BYTES) * 8) / linkGbps;
}

/** Packets per second the traffic offers (its average, for bursts and Poisson arrivals alike). */
export function offeredPps(t: Traffic): number {
  return (1e9 / frameTimeNs(t)) * (t.loadPct / 100);
}

/** Packets a run of `durationMs` offers. */
export function offeredPackets(t: Traffic, durationMs: number): number {
  return offeredPps(t) * (durationMs / 1000);
}

/**
 * The shortest simulated time worth running: one frame's time on the wire
 * (67.2 ns for 64 B at 10 Gbit/s), in ms, rounded up to three significant
 * digits so the figure a message shows is itself accepted. A shorter run ends
 * before a single packet has arrived: every rate it printed would be zero or
 * nothing at all, which is never what the caller meant (1e-9 ms is a typo).
 */
export function minDurationMs(t: Traffic): number {
  const ms = frameTimeNs(t) / 1e6;
  const unit = 10 ** (Math.floor(Math.log10(ms)) - 2);
  return Number((Math.ceil(ms / unit - 1e-9) * unit).toPrecision(3));
}
