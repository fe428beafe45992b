import { expect, test } from 'vitest';
import { getSimulation } from '@/simulations/catalog';
import { storeFor, whenStore, type SimStore } from './sim-store';

const entry = getSimulation('rx-ring')!;

test('whenStore hands over an existing store at once, and a later one when its figure creates it', () => {
  const seen: SimStore[] = [];
  const cancelEarly = whenStore('/deck-a/', 'rx-ring', (s) => seen.push(s));
  expect(seen).toHaveLength(0);
  const created = storeFor('/deck-a/', entry, { ring_size: 512 });
  expect(seen).toEqual([created]);
  cancelEarly();
  whenStore('/deck-a/', 'rx-ring', (s) => seen.push(s));
  expect(seen).toEqual([created, created]);
});

test('a cancelled wait is never called, and stores of other pages or ids are not confused', () => {
  const calls: string[] = [];
  const cancel = whenStore('/deck-b/', 'rx-ring', () => calls.push('cancelled'));
  whenStore('/deck-b/', 'rx-ring', (s) => calls.push(`kept ${s.get().values.ring_size}`));
  cancel();
  storeFor('/deck-c/', entry, {});
  expect(calls).toEqual([]);
  storeFor('/deck-b/', entry, { ring_size: 2048 });
  expect(calls).toEqual(['kept 2048']);
});
