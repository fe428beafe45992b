import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { simulationIds } from '@/simulations/catalog';
import { bindingSources } from './bindings';

const source = readFileSync(new URL('./bindings.ts', import.meta.url), 'utf8');
const imports = [...source.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
const rows = Object.entries(bindingSources) as Array<[string, { load: () => Promise<{ default: { displayName?: string } }>; eager?: unknown }]>;

describe('the bindings table (bindings.ts)', () => {
  test('has one row per catalog entry, in catalog order', () => {
    expect(rows.map(([id]) => id)).toEqual([...simulationIds]);
  });

  test.each(rows.map(([id, row]) => [id, row] as const))('%s: load() gives the binding of that id', async (id, row) => {
    const binding = (await row.load()).default;
    expect(binding.displayName).toBe(`Binding(${id})`);
  });

  // next/dynamic needs its import() written out, so an eager row names its module twice: both must be the same <family>/<id>.binding.
  test.each(rows.map(([id, row]) => [id, 'eager' in row] as const))('%s: its import() calls name only its own binding module (eager: %s)', (id, eager) => {
    const own = imports.filter((p) => new RegExp(`^\\.\\./[a-z-]+/${id}\\.binding$`).test(p));
    expect(own.length).toBe(eager ? 2 : 1);
    expect(new Set(own).size).toBe(1);
  });

  test('no import() names anything but a row’s binding module', () => {
    expect(imports.length).toBe(rows.reduce((n, [, row]) => n + ('eager' in row ? 2 : 1), 0));
  });
});
