// @ts-check
/**
 * Is out/ up to date? A stamp (out/.build-stamp) holds the sha256 of every
 * build input — sorted relative paths and file contents — taken just before
 * the build that produced out/. `npm start`, `npm test` and `npm run bench`
 * share it so that none of them rebuilds an export that is still current.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders and root files whose contents decide what `next build` produces. */
export const STAMP_INPUTS = {
  dirs: ['app', 'components', 'content', 'lib', 'simulations', 'public'],
  files: ['package.json', 'package-lock.json', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json'],
};

export const STAMP_FILE = '.build-stamp';

/** Tests do not change the build output. */
const isIgnored = (/** @type {string} */ path) => path.endsWith('.test.ts') || path.endsWith('.test.tsx');

/**
 * Relative POSIX paths of every input file under `root`, sorted.
 * Missing folders or files are simply absent.
 * @param {string} root
 * @returns {string[]}
 */
export function listStampInputs(root) {
  const paths = STAMP_INPUTS.files.filter((file) => existsSync(join(root, file)));
  for (const dir of STAMP_INPUTS.dirs) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      const full = join(entry.parentPath, entry.name);
      if (!(entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile()))) continue;
      const path = relative(root, full).split(sep).join('/');
      if (!isIgnored(path)) paths.push(path);
    }
  }
  return paths.sort();
}

/**
 * sha256 (hex) over each input's path and content. A rename, an added or
 * removed file and any edit all change it.
 * @param {string} root
 */
export function computeStamp(root) {
  const hash = createHash('sha256');
  for (const path of listStampInputs(root)) {
    const content = readFileSync(join(root, path));
    hash.update(`${path}\0${content.length}\0`).update(content).update('\0');
  }
  return hash.digest('hex');
}

/** @param {string} outDir @returns {string | null} */
export function readStamp(outDir) {
  try {
    return readFileSync(join(outDir, STAMP_FILE), 'utf8').trim();
  } catch {
    return null;
  }
}

/** @param {string} outDir @param {string} stamp */
export function writeStamp(outDir, stamp) {
  writeFileSync(join(outDir, STAMP_FILE), `${stamp}\n`);
}

/**
 * Why out/ must be rebuilt, or null when it is current.
 * @param {string} root
 * @param {string} [outDir]
 * @returns {{ reason: string | null, stamp: string }}
 */
export function staleness(root, outDir = join(root, 'out')) {
  const stamp = computeStamp(root);
  if (!existsSync(outDir)) return { reason: 'out/ is missing', stamp };
  const previous = readStamp(outDir);
  if (previous === null) return { reason: `out/${STAMP_FILE} is missing`, stamp };
  return { reason: previous === stamp ? null : 'sources changed since the last build', stamp };
}

/**
 * Where a caller wants the build's own output and its messages about it.
 * `npm run bench -- --json` keeps stdout for its JSON alone, so it sends both
 * to stderr; everyone else keeps the terminal as it was.
 * @typedef {{ log?: (message: string) => void, buildOutput?: 'stdout' | 'stderr' }} BuildOptions
 */

/**
 * `npm run build` with telemetry off and the terminal shared; rejects on failure.
 * @param {string} root
 * @param {BuildOptions} [options]
 * @returns {Promise<void>}
 */
export function runBuild(root, { buildOutput = 'stdout' } = {}) {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      // fd 2 for the child's stdout: its progress lands on our stderr.
      stdio: buildOutput === 'stderr' ? ['inherit', 2, 'inherit'] : 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`npm run build failed (${signal ?? `exit code ${code}`})`))));
  });
}

/**
 * Build and stamp. The stamp is taken before building, so an edit made while
 * the build runs makes the next check stale rather than being missed.
 * @param {string} root
 * @param {string} [stamp] a stamp computed just before (saves hashing twice)
 * @param {BuildOptions} [options]
 */
export async function buildAndStamp(root, stamp = computeStamp(root), options = {}) {
  await runBuild(root, options);
  writeStamp(join(root, 'out'), stamp);
}

/**
 * Rebuild out/ when it is missing or stale; log what happens.
 * @param {string} root
 * @param {BuildOptions} [options]
 * @returns {Promise<boolean>} whether a build ran
 */
export async function ensureFreshBuild(root, options = {}) {
  const log = options.log ?? ((/** @type {string} */ message) => console.log(message));
  const { reason, stamp } = staleness(root);
  if (reason === null) {
    log('out/ is up to date with the sources; skipping the build.');
    return false;
  }
  log(`Building: ${reason}.`);
  await buildAndStamp(root, stamp, options);
  return true;
}
