/**
 * The layers, checked on the repo's resolved import graph (tests/support/import-graph.ts):
 * simulations/ stands alone; outside it, a model family is used only through its
 * index.ts; lib/ sits below components/, which sits below app/; and no modules
 * import each other in a cycle (type-only imports aside). eslint.config.mjs
 * says the same by specifier, for the editor; this sees what it can't: resolved
 * paths, dynamic import(), vi.mock, cycles.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  deepFamilyImports,
  familyPath,
  graphFromDisk,
  graphFromSources,
  importCycles,
  layerViolations,
  simulationsLeaks,
  unresolvedImports,
  type Graph,
} from './support/import-graph';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['app', 'components', 'lib', 'simulations', 'scripts', 'content', 'e2e', 'tests'];

describe('the repo', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = graphFromDisk(ROOT, DIRS);
  });

  test('is all there: hundreds of files, every repo import resolved', () => {
    expect(graph.files.length).toBeGreaterThan(300);
    expect(graph.files).toContain('tests/boundaries.test.ts');
    expect(graph.edges.some((e) => e.kind === 'dynamic' && 'file' in e.target)).toBe(true);
    expect(unresolvedImports(graph)).toEqual([]);
  });

  test('simulations/ imports nothing outside simulations/, and no React or Next.js', () => {
    expect(simulationsLeaks(graph)).toEqual([]);
  });

  test('outside simulations/, model families are imported only through their index.ts', () => {
    expect(deepFamilyImports(graph)).toEqual([]);
  });

  test('lib/ imports nothing from components/ or app/; components/ nothing from app/', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  test('no import cycles (type-only imports aside)', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the checker, on a made-up repo with one of each violation', () => {
  const fake = graphFromSources(
    {
      'simulations/core/a.ts': "import { b } from '@/lib/b';\nimport { useState } from 'react';\nimport { c } from '../engine/c';",
      'simulations/engine/c.ts': "import type { D } from 'react-dom';\nexport const c = 1;",
      'simulations/models/stacks/index.ts': "export * from './model';",
      'simulations/models/stacks/model.ts': "import { c } from '../../engine/c';\nexport const m = c;",
      'lib/b.ts': "import type { C } from '../components/c';\nexport const b = 1;",
      'components/c.tsx': "export { page } from '@/app/page';\nexport const C = () => <div />;",
      'app/page.tsx':
        "import { m } from '@/simulations/models/stacks';\nconst late = () => import('@/simulations/models/stacks/model');\nexport const page = 1;",
      'app/t1.ts': "import type { T2 } from './t2';\nexport type T1 = T2;",
      'app/t2.ts': "export type { T1 } from './t1';\nexport type T2 = number;",
      'app/x.ts': "import { y } from './y';\nexport const x = 1;",
      'app/y.ts': "import { z } from './z';\nexport const y = 1;",
      'app/z.ts': "import { x } from './x';\nimport './style.css';\nexport const z = 1;",
      'tests/m.test.ts': "vi.mock('@/simulations/models/stacks/model', () => ({}));\nimport { nothing } from './missing';",
    },
    (path) => path === 'app/style.css',
  );

  test('simulations/ reaching lib/ and React', () => {
    expect(simulationsLeaks(fake)).toEqual([
      "simulations/core/a.ts:1 imports '@/lib/b' (lib/b.ts): simulations/ imports nothing outside simulations/",
      "simulations/core/a.ts:2 imports 'react': simulations/ uses no React, React DOM or Next.js",
      "simulations/engine/c.ts:1 type-imports 'react-dom': simulations/ uses no React, React DOM or Next.js",
    ]);
  });

  test('a family reached into, by a dynamic import and a vi.mock; its index is fine', () => {
    expect(deepFamilyImports(fake)).toEqual([
      "app/page.tsx:2 imports '@/simulations/models/stacks/model' (simulations/models/stacks/model.ts): reaches inside the model family 'stacks'; import '@/simulations/models/stacks' (its index.ts)",
      "tests/m.test.ts:1 imports '@/simulations/models/stacks/model' (simulations/models/stacks/model.ts): reaches inside the model family 'stacks'; import '@/simulations/models/stacks' (its index.ts)",
    ]);
    expect(familyPath('simulations/models/stacks/index.ts')).toEqual({ family: 'stacks', inside: undefined });
    expect(familyPath('simulations/models/stacks/a/b.ts')).toEqual({ family: 'stacks', inside: 'a/b.ts' });
    expect(familyPath('simulations/core/params.ts')).toBeUndefined();
  });

  test('layers pointing up, type-only imports included', () => {
    expect(layerViolations(fake)).toEqual([
      "components/c.tsx:1 imports '@/app/page' (app/page.tsx): components/ imports nothing from app/",
      "lib/b.ts:1 type-imports '../components/c' (components/c.tsx): lib/ imports nothing from components/",
    ]);
  });

  test('a cycle of three, as a chain; the type-only one is not a cycle', () => {
    expect(importCycles(fake)).toEqual(["cycle: app/x.ts → app/y.ts → app/z.ts → app/x.ts\n    app/x.ts:1 './y'\n    app/y.ts:1 './z'\n    app/z.ts:1 './x'"]);
  });

  test('an import of a missing file', () => {
    expect(unresolvedImports(fake)).toEqual(["tests/m.test.ts:2 imports './missing': no such file (tried .ts, .tsx, .mjs, /index.ts, /index.tsx)"]);
  });
});
