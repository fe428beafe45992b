import { expect, test } from 'vitest';
import { readSyncMessage } from './deck-sync';

test('sync messages: well-formed ones pass, anything else is ignored', () => {
  expect(readSyncMessage({ type: 'position', slide: 3, step: 1 })).toEqual({ type: 'position', slide: 3, step: 1 });
  expect(readSyncMessage({ type: 'sim', id: 'rx-ring', values: { ring_size: 4096, gro: true }, seed: 7, extra: 1 })).toEqual({ type: 'sim', id: 'rx-ring', values: { ring_size: 4096, gro: true }, seed: 7 });
  for (const bad of [null, 'position', { type: 'position', slide: -1, step: 0 }, { type: 'position', slide: 1.5, step: 0 }, { type: 'sim', id: 'x', values: { a: 'big' }, seed: 1 }, { type: 'sim', id: 'x', values: [], seed: 1 }, { type: 'sim', id: 'x', values: {}, seed: -2 }, { type: 'sim', id: 'x'.repeat(65), values: {}, seed: 1 }, { type: 'other' }]) {
    expect(readSyncMessage(bad)).toBeUndefined();
  }
});
