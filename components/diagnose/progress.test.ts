import { expect, test } from 'vitest';
import { progressText } from './progress';

test('progress in megabytes: one decimal below 10 MB, whole from there', () => {
  expect(progressText({ read: 0, total: 6_300_000 })).toBe('Reading 0.0 of 6.3 MB…');
  expect(progressText({ read: 4_200_000, total: 10_000_000 })).toBe('Reading 4.2 of 10 MB…');
  expect(progressText({ read: 12_600_000, total: 31_900_000 })).toBe('Reading 13 of 32 MB…');
});
