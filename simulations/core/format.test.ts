import { expect, test } from 'vitest';
import { formatDuration, formatMetric, formatNumber, formatRate, withUnit } from './format';

test('numbers are grouped with fixed fraction digits', () => {
  expect(formatNumber(14_880_952.38, 0)).toBe('14,880,952');
  expect(formatNumber(67.2, 1)).toBe('67.2');
  expect(formatNumber(2, 2)).toBe('2.00');
});

test('durations pick a readable unit', () => {
  expect(formatDuration(67.2)).toBe('67.2 ns');
  expect(formatDuration(6.72)).toBe('6.72 ns');
  expect(formatDuration(208.33)).toBe('208 ns');
  expect(formatDuration(1230.4)).toBe('1.23 µs');
  expect(formatDuration(15_000)).toBe('15 µs');
  expect(formatDuration(2_000_000)).toBe('2 ms');
  expect(formatDuration(1700)).toBe('1.7 µs');
  expect(formatDuration(32)).toBe('32 ns');
  expect(formatDuration(0)).toBe('0 ns');
});

test('rates use Mpps and kpps', () => {
  expect(formatRate(14_880_952.38)).toBe('14.88 Mpps');
  expect(formatRate(148_809_523.8)).toBe('148.8 Mpps');
  expect(formatRate(812_743.8)).toBe('813 kpps');
  expect(formatRate(81_274.4)).toBe('81.3 kpps');
  expect(formatRate(24_000_000)).toBe('24 Mpps');
  expect(formatRate(43_500_000)).toBe('43.5 Mpps');
});

test('units are joined with a no-break space', () => {
  expect(withUnit('64', 'B')).toBe('64\u00a0B');
  expect(withUnit('76', '%')).toBe('76\u202f%');
  expect(withUnit('3', '')).toBe('3');
});

test('sig3 metrics keep three significant digits and never round the integer part', () => {
  const ns = (v: number) => formatMetric(v, 'sig3', 'ns').value;
  expect([ns(67.2), ns(6.72), ns(16.8), ns(1230.4), ns(7216), ns(0.5)]).toEqual(['67.2', '6.72', '16.8', '1,230', '7,216', '0.50']);
  expect(formatMetric(14_880_952.38, 0, '')).toEqual({ value: '14,880,952', unit: '' });
});
