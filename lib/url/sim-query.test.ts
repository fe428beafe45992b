import { expect, test } from 'vitest';
import { readSimQuery, writeSimQuery } from './sim-query';

test('reads only the keys of one simulation', () => {
  expect(readSimQuery('?line-rate.frameBytes=1518&other.x=1&line-rate.=3&theme=dark', 'line-rate')).toEqual({ frameBytes: '1518' });
});

test('writes non-default values and keeps unrelated keys', () => {
  const defaults = { frameBytes: 64, linkGbps: 10, jumbo: false };
  expect(writeSimQuery('?a=1&line-rate.frameBytes=9', 'line-rate', { frameBytes: 1518, linkGbps: 10, jumbo: true }, defaults)).toBe(
    '?a=1&line-rate.frameBytes=1518&line-rate.jumbo=1',
  );
  expect(writeSimQuery('?line-rate.frameBytes=9', 'line-rate', defaults, defaults)).toBe('');
});

test('round trip: what is written reads back', () => {
  const defaults = { frameBytes: 64, cpuGhz: 3 };
  const q = writeSimQuery('', 'line-rate', { frameBytes: 777, cpuGhz: 2.7 }, defaults);
  expect(readSimQuery(q, 'line-rate')).toEqual({ frameBytes: '777', cpuGhz: '2.7' });
});
