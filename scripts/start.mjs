// @ts-check
/**
 * `npm start`: build the static export when out/ is missing or older than
 * the sources (see build-stamp.mjs), then serve it (see serve.mjs).
 */
import { fileURLToPath } from 'node:url';
import { ensureFreshBuild } from './build-stamp.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  await ensureFreshBuild(root);
} catch (error) {
  console.error(`\nnpm start: ${error instanceof Error ? error.message : error}; not serving a stale or missing site.`);
  process.exit(1);
}
await serve();
