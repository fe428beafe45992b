import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lineRateParams } from '@/simulations/models/line-rate';
import { fromFraction, toFraction } from './param-scale';
import { valueForKey } from './number-keys';

const frame = lineRateParams.frameBytes;
const clock = lineRateParams.cpuGhz;

test('arrow keys move by one step, shift by ten, and stop at the ends', () => {
  expect(valueForKey(frame, 64, 'ArrowRight')).toBe(65);
  expect(valueForKey(frame, 64, 'ArrowUp', true)).toBe(74);
  expect(valueForKey(frame, 64, 'ArrowLeft')).toBe(64);
  expect(valueForKey(clock, 3, 'ArrowUp')).toBe(3.1);
  expect(valueForKey(clock, 5, 'ArrowUp')).toBe(5);
  expect(valueForKey(frame, 64, 'Tab')).toBeUndefined();
});

test('PageUp/PageDown jump between notable frame sizes', () => {
  expect(valueForKey(frame, 64, 'PageUp')).toBe(128);
  expect(valueForKey(frame, 1100, 'PageUp')).toBe(1518);
  expect(valueForKey(frame, 1518, 'PageUp')).toBe(9000);
  expect(valueForKey(frame, 1518, 'PageDown')).toBe(512);
  expect(valueForKey(frame, 64, 'PageDown')).toBe(64);
  expect(valueForKey(frame, 500, 'End')).toBe(9000);
  expect(valueForKey(frame, 500, 'Home')).toBe(64);
});

test('the log track maps the ends to 0 and 1 and round-trips every value', () => {
  expect(toFraction(frame, 64)).toBe(0);
  expect(toFraction(frame, 9000)).toBe(1);
  fc.assert(
    fc.property(fc.integer({ min: 64, max: 9000 }), (v) => {
      // One pixel on a 1000-px track is far coarser than one byte at the top end,
      // so the round trip holds to within the local step size of the track.
      const back = fromFraction(frame, toFraction(frame, v));
      expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.max(1, v * 1e-9));
    }),
  );
});

test('positions outside the track clamp to the range', () => {
  expect(fromFraction(clock, -0.5)).toBe(1);
  expect(fromFraction(clock, 2)).toBe(5);
  expect(fromFraction(clock, 0.5)).toBe(3);
});
