import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', 'out/**', '.next/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Threads start faster than forked processes, and without isolation each
    // worker imports the catalog and models once rather than once per file
    // (import time 20 s → 12 s). Tests here keep no module state between files;
    // the few that spy or stub restore in afterEach. Both cores: most of these
    // tests are CPU-bound simulation runs, and Vitest's default is cores − 1.
    pool: 'threads',
    isolate: false,
    maxWorkers: 2,
  },
});
