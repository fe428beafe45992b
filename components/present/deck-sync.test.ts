import { expect, test } from 'vitest';
import { readSyncMessage } from './deck-sync';

test('sync messages: well-formed ones pass, anything else is ignored', () => {
  expect(readSyncMessage({ type: 'position', slide: 3, step: 1 })).toEqual({ type: 'position', slide: 3, step: 1 });
  expect(readSyncMessage({ type: 'sim', id: 'rx-ring', values: { ring_size: 4096, gro: true }, seed: 7, extra: 1 })).toEqual({
    type: 'sim',
    id: 'rx-ring',
    values: { ring_size: 4096, gro: true },
    seed: 7,
  });
  for (const bad of [
    null,
    'position',
    { type: 'position', slide: -1, step: 0 },
    { type: 'position', slide: 1.5, step: 0 },
    { type: 'sim', id: 'x', values: { a: 'big' }, seed: 1 },
    { type: 'sim', id: 'x', values: [], seed: 1 },
    { type: 'sim', id: 'x', values: {}, seed: -2 },
    { type: 'sim', id: 'x'.repeat(65), values: {}, seed: 1 },
    { type: 'other' },
  ]) {
    expect(readSyncMessage(bad)).toBeUndefined();
  }
});

test('play/pause, speed and clock messages: well-formed ones pass, the rest is ignored', () => {
  expect(readSyncMessage({ type: 'playback', id: 'receive-path', playing: false })).toEqual({ type: 'playback', id: 'receive-path', playing: false });
  expect(readSyncMessage({ type: 'playback', id: 'line-rate', speed: 1000, playing: true })).toEqual({
    type: 'playback',
    id: 'line-rate',
    playing: true,
    speed: 1000,
  });
  expect(readSyncMessage({ type: 'clock', id: 'rx-ring', clock: 123_456, exact: true })).toEqual({ type: 'clock', id: 'rx-ring', clock: 123_456, exact: true });
  for (const bad of [
    { type: 'playback', id: 'x', playing: 'yes' },
    { type: 'playback', id: 'x', speed: 0 },
    { type: 'playback', id: 'x', speed: Number.POSITIVE_INFINITY },
    { type: 'playback', id: 7, playing: true },
    { type: 'clock', id: 'x', clock: -1, exact: true },
    { type: 'clock', id: 'x', clock: Number.NaN, exact: false },
    { type: 'clock', id: 'x', clock: 5 },
    { type: 'clock', id: 'x'.repeat(65), clock: 5, exact: true },
  ]) {
    expect(readSyncMessage(bad)).toBeUndefined();
  }
});
