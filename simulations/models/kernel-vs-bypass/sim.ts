/**
 * The split screen: one stream of frames into two receive paths. The kernel
 * side is the receive-path model itself (with the stock or tuned values of
 * chapter 4); the bypass side is BypassSim with a stack of the stacks model.
 * The receive-path model makes the traffic (its wire: link, frame size, load,
 * pattern, seed) and every frame that lands in its ring is handed, at the same
 * nanosecond, to the bypass ring: both sides see exactly the same arrivals.
 */
import { withDefaults } from '../../core/params';
import { ReceivePathSim } from '../receive-path/model';
import { receivePathParams, type ReceivePathValues } from '../receive-path/params';
import { STOCK_VALUES, TUNED_VALUES } from '../receive-path/tuned';
import { STACKS } from '../stacks/stacks';
import { bypassPath } from './bypass-path';
import { BypassSim } from './bypass-sim';
import { KERNEL, type KernelVsBypassValues } from './params';

export function kernelValues(v: KernelVsBypassValues): ReceivePathValues {
  const knobs = v.kernel === KERNEL.tuned ? TUNED_VALUES : STOCK_VALUES;
  return withDefaults(receivePathParams, { ...knobs, link_gbps: v.link_gbps, frame_bytes: v.frame_bytes, load_pct: v.load_pct, pattern: v.pattern });
}

export function bypassSpec(v: KernelVsBypassValues) {
  const spec = STACKS[v.bypass];
  if (!spec || spec.family === 'kernel') throw new RangeError(`No bypass stack ${v.bypass}.`);
  return spec;
}

export class KernelVsBypassSim {
  kernel: ReceivePathSim;
  bypass: BypassSim;
  now = 0;

  constructor(
    readonly v: KernelVsBypassValues,
    readonly seed = 1,
    readonly sampleIntervalNs = 100_000,
  ) {
    this.kernel = new ReceivePathSim(kernelValues(v), seed, sampleIntervalNs);
    this.bypass = new BypassSim(bypassPath(bypassSpec(v), v.frame_bytes));
  }

  reset(seed = this.seed): void {
    Object.assign(this, new KernelVsBypassSim(this.v, seed, this.sampleIntervalNs));
  }

  get events(): number {
    return this.kernel.events + this.bypass.events;
  }

  /** Frames offered so far: one count, because both sides get the same ones. */
  get offered(): number {
    return this.kernel.offered;
  }

  /** The kernel's next event, with the frame it lands (if any) passed on to the bypass ring. */
  private kernelStep(): void {
    const before = this.kernel.offered;
    this.kernel.step();
    if (this.kernel.offered > before) this.bypass.arrive();
  }

  advanceTo(t: number): void {
    for (let te = this.kernel.nextEventTime(); te <= t; te = this.kernel.nextEventTime()) {
      // Bypass events at the same nanosecond run first, as they would in one calendar.
      this.bypass.advanceTo(te);
      this.kernelStep();
    }
    this.bypass.advanceTo(t);
    this.kernel.advanceTo(t);
    if (t > this.now) this.now = t;
  }

  advanceBy(dt: number): void {
    this.advanceTo(this.now + dt);
  }

  /** The earliest event of either side; returns its time. */
  step(): number {
    const tb = this.bypass.nextEventTime();
    const tk = this.kernel.nextEventTime();
    if (tb <= tk) this.bypass.step();
    else {
      this.bypass.advanceTo(tk);
      this.kernelStep();
    }
    const t = Math.max(this.bypass.now, this.kernel.now);
    this.advanceTo(t);
    return t;
  }
}
