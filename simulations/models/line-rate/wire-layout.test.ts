import fc from 'fast-check';
import { expect, test } from 'vitest';
import { nsToByteTimes, wireLayout } from './wire-layout';

test('67.2 ns at 10 GbE is 84 byte-times: exactly one minimum frame with its overhead', () => {
  expect(nsToByteTimes(67.2, 10)).toBeCloseTo(84, 12);
});

test('at t = 0 the wire is empty; one period later the first frame is fully on the wire', () => {
  expect(wireLayout(64, 1000, 0).rects).toEqual([]);
  const { rects } = wireLayout(64, 1000, 84);
  expect(rects.map((r) => r.part)).toEqual(['preamble', 'sfd', 'header', 'payload', 'fcs', 'ifg']);
  expect(rects[0]).toEqual({ part: 'preamble', x0: 77, x1: 84, frame: 0 });
  expect(rects.at(-1)).toEqual({ part: 'ifg', x0: 0, x1: 12, frame: 0 });
});

test('frames are counted as received when their FCS reaches the NIC', () => {
  // Window 100: frame 0's FCS ends 72 byte-times after its head entered.
  expect(wireLayout(64, 100, 171).received).toBe(0);
  expect(wireLayout(64, 100, 172).received).toBe(1);
  expect(wireLayout(64, 100, 172 + 84).received).toBe(2);
});

test('rects stay inside the window, never overlap, and tile it once the wire is full', () => {
  fc.assert(
    fc.property(fc.integer({ min: 64, max: 9000 }), fc.integer({ min: 100, max: 4000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (frame, window, t) => {
      const { rects } = wireLayout(frame, window, t);
      const sorted = [...rects].sort((a, b) => a.x0 - b.x0);
      let covered = 0;
      for (let i = 0; i < sorted.length; i++) {
        const r = sorted[i]!;
        expect(r.x0).toBeGreaterThanOrEqual(0);
        expect(r.x1).toBeLessThanOrEqual(window);
        if (i > 0) expect(r.x0).toBeGreaterThanOrEqual(sorted[i - 1]!.x1 - 1e-9);
        covered += r.x1 - r.x0;
      }
      if (t >= window) expect(covered).toBeCloseTo(window, 6);
    }),
  );
});
