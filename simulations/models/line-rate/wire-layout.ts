/**
 * Where the frames are on a stretch of wire at a moment in time, for drawing.
 * Units are byte-times (the time one byte takes on this link): the layout is
 * the same at every link speed, only the clock that drives it differs.
 * Frames enter at x = 0 and travel right; x = windowBytes is the receiving NIC.
 */
import { wireSegments, type WireSegment } from '../../core/ethernet';

export type WireRect = { part: WireSegment['part']; x0: number; x1: number; frame: number };

export type WireLayout = { rects: WireRect[]; received: number };

/** Byte-times elapsed after `ns` nanoseconds on a `linkGbps` link. */
export function nsToByteTimes(ns: number, linkGbps: number): number {
  return (ns * linkGbps) / 8;
}

export function wireLayout(frameBytes: number, windowBytes: number, tBytes: number): WireLayout {
  const segments = wireSegments(frameBytes);
  const period = segments.reduce((s, seg) => s + seg.bytes, 0);
  const rects: WireRect[] = [];
  // Frame k's first preamble byte entered the wire at time k·period.
  const newest = Math.floor(tBytes / period);
  for (let k = newest; k >= 0; k--) {
    const head = tBytes - k * period;
    if (head - period >= windowBytes) break;
    // Segments are laid out from the head backwards: the preamble went first.
    let right = head;
    for (const seg of segments) {
      const left = right - seg.bytes;
      const x0 = Math.max(0, left);
      const x1 = Math.min(windowBytes, right);
      if (x1 > x0) rects.push({ part: seg.part, x0, x1, frame: k });
      right = left;
    }
  }
  // A frame is received once its FCS (everything but the trailing gap) has crossed the NIC.
  const lastFrameByte = period - segments[segments.length - 1]!.bytes;
  const received = tBytes >= windowBytes + lastFrameByte ? Math.floor((tBytes - windowBytes - lastFrameByte) / period) + 1 : 0;
  return { rects, received };
}
