// @ts-check
/**
 * `npm test`: everything CI checks, in order, stopping at the first failure.
 *   chromium → typecheck → lint (eslint) → format (prettier --check) → unit (vitest) → build (next) → e2e (playwright)
 * Node built-ins and local scripts only, so it runs right after `npm ci`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndStamp } from './build-stamp.mjs';
import { formatTimes, playwrightTimes, vitestTimes } from './test-timings.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const VITEST_JSON = join(root, 'test-results', 'vitest.json');
const E2E_JSON = join(root, 'test-results', 'e2e-results.json'); // written by playwright.config.ts
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
};

/** Run a command with the terminal shared; resolves to its exit code. */
function run(/** @type {string} */ command, /** @type {string[]} */ args, extraEnv = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Step bodies resolve to an exit code (0 = passed). */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is present.`);
    return 0;
  }
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM} is missing. Install Debian's chromium: sudo apt-get install chromium`);
    return 1;
  }
  console.log(`${CHROMIUM} is missing; installing Debian's chromium with apt-get.`);
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
  return (await run('apt-get', ['update'], aptEnv)) || run('apt-get', ['install', '-y', 'chromium'], aptEnv);
}

/** Counts for the closing line, read from each runner's JSON report. */
const counts = { passed: 0, failed: 0, skipped: 0 };
/** Where each runner's time went (scripts/test-timings.mjs), printed before the summary. */
/** @type {string[]} */
const timings = [];

/** A runner's JSON report (deleted before each run, so a crash never shows old counts). */
function readJson(/** @type {string} */ path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

async function unitTests() {
  rmSync(VITEST_JSON, { force: true });
  const code = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
  const report = readJson(VITEST_JSON);
  if (report) {
    counts.passed += report.numPassedTests ?? 0;
    counts.failed += report.numFailedTests ?? 0;
    counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    timings.push(formatTimes(vitestTimes(report, root), { title: 'unit', limit: 8 }));
  }
  return code;
}

async function build() {
  try {
    await buildAndStamp(root);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

async function e2eTests() {
  rmSync(E2E_JSON, { force: true });
  const code = await run('playwright', ['test']);
  const report = readJson(E2E_JSON);
  const stats = report?.stats;
  if (report) timings.push(formatTimes(playwrightTimes(report), { title: 'e2e', limit: 25 }));
  if (stats) {
    counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    counts.failed += stats.unexpected ?? 0;
    counts.skipped += stats.skipped ?? 0;
  }
  return code;
}

/** @type {Array<[string, () => Promise<number>]>} */
const steps = [
  ['chromium', ensureChromium],
  ['typecheck', () => run('tsc', ['--noEmit'])],
  // `npm run lint` (the folders are listed there): eslint.config.mjs, import boundaries included.
  ['lint', () => run('npm', ['run', '--silent', 'lint'])],
  // The code stays as Prettier writes it (.prettierrc.json); `npm run format` fixes what this finds.
  ['format', () => run('npm', ['run', '--silent', 'format:check'])],
  ['unit', unitTests],
  ['build', build],
  ['e2e', e2eTests],
];

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
/** @type {Array<{ name: string, status: string, ms: number }>} */
const results = [];
const started = performance.now();
let failure = null;

for (const [index, [name, body]] of steps.entries()) {
  console.log(`\n━━ [${index + 1}/${steps.length}] ${name} ━━`);
  const stepStart = performance.now();
  const code = await body();
  const ms = performance.now() - stepStart;
  results.push({ name, status: code === 0 ? 'passed' : `FAILED (exit ${code})`, ms });
  console.log(`━━ ${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
  if (code !== 0) {
    failure = { name, code };
    break;
  }
}
for (const [name] of steps.slice(results.length)) results.push({ name, status: 'not run', ms: 0 });

for (const table of timings.filter(Boolean)) console.log(`\n${table}`);
const width = Math.max(...results.map((r) => r.name.length), 'total'.length);
console.log('\nstep'.padEnd(width + 3) + 'result'.padEnd(20) + 'time');
for (const { name, status, ms } of results) {
  console.log(`${name.padEnd(width + 2)}${status.padEnd(20)}${status === 'not run' ? '-' : seconds(ms)}`);
}
console.log(`${'total'.padEnd(width + 2)}${''.padEnd(20)}${seconds(performance.now() - started)}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (failure) {
  console.error(`npm test FAILED at step "${failure.name}" (exit ${failure.code}).`);
  process.exit(failure.code || 1);
}
console.log('npm test: all steps passed.');
