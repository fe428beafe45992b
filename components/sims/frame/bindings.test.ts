import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { simulationIds } from '@/simulations/catalog';

// bindings.ts imports next/dynamic and React chunks, so its rows are checked as text: each row names one module, twice when eager.
const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'bindings.ts'), 'utf8');
const rows = [...source.matchAll(/^ {2}'?([a-z-]+)'?: \{ (load: .*) \},$/gm)].map(([, id, body]) => ({ id: id!, imports: [...body!.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!) }));

describe('the bindings table (bindings.ts)', () => {
  test('has one row per catalog entry, in catalog order', () => {
    expect(rows.map((r) => r.id)).toEqual([...simulationIds]);
  });

  test.each(rows.map((r) => [r.id, r.imports] as const))('%s: load and eager import the same <family>/<id>.binding module, which exists', (id, imports) => {
    expect(imports.length === 1 || imports.length === 2).toBe(true);
    expect(new Set(imports).size).toBe(1);
    expect(imports[0]).toMatch(new RegExp(`^\\.\\./[a-z-]+/${id}\\.binding$`));
    expect(existsSync(join(here, `${imports[0]}.tsx`))).toBe(true);
  });
});
