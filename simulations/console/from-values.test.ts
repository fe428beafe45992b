import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_CPU } from '../models/receive-path/params';
import { TUNED_VALUES } from '../models/receive-path/tuned';
import { createConsole } from './console';
import { commandsForValues } from './from-values';

function replay(commands: string[]) {
  const con = createConsole();
  for (const c of commands) expect(con.run(c).exitCode, c).toBe(0);
  return con.values;
}

describe('commandsForValues', () => {
  it('the stock kernel needs no command', () => {
    expect(commandsForValues({})).toEqual([]);
  });
  it('the tuned preset replays to exactly its values', () => {
    const got = replay(commandsForValues(TUNED_VALUES));
    for (const [k, v] of Object.entries(TUNED_VALUES)) expect(got[k as keyof typeof got], k).toBe(v);
  });
  it('any combination the console can express replays to the same values', () => {
    fc.assert(
      fc.property(
        fc.record({
          queues: fc.integer({ min: 1, max: 4 }),
          app_cpu: fc.constantFrom(APP_CPU.same, APP_CPU.other),
          ring_size: fc.constantFrom(64, 256, 512, 1024, 4096, 8192),
          rx_usecs: fc.integer({ min: 0, max: 1000 }),
          rx_frames: fc.integer({ min: 1, max: 1024 }),
          adaptive_rx: fc.boolean(),
          netdev_budget: fc.integer({ min: 1, max: 10_000 }),
          netdev_max_backlog: fc.integer({ min: 1, max: 100_000 }),
          rmem_default: fc.integer({ min: 4096, max: 67_108_864 }),
          busy_poll_us: fc.integer({ min: 0, max: 1000 }),
          rps: fc.boolean(),
          gro: fc.boolean(),
        }),
        (values) => {
          const got = replay(commandsForValues(values));
          for (const [k, v] of Object.entries(values)) expect(got[k as keyof typeof got], k).toBe(v);
        },
      ),
      { numRuns: 60 },
    );
  });
});
