/**
 * Runs one of the repo's command-line scripts (scripts/*.ts) as a real
 * process, the way the CLI tests need it (exit status, stdout, stderr, stdin).
 *
 * `node --import tsx` compiles the script and everything it imports on every
 * start: about 1.5 s a run, 70 s for the 33 runs of scripts/sim.test.ts. The
 * script is bundled once per test file instead (esbuild, the same compiler
 * tsx uses, with the repo's tsconfig paths; packages stay external and resolve
 * from node_modules, since the bundle is written inside the repo) and each run
 * is a plain `node bundle.mjs`, which starts in about 0.1 s (the CLIs find
 * their files from the working directory, not import.meta.url, so moving the
 * code into one file changes nothing they do). Each CLI test file
 * also runs its script through tsx once, so the real entry point stays covered.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'script-bundles');

export type ScriptRun = { code: number | null; stdout: string; stderr: string };
export type RunOptions = { input?: string; env?: NodeJS.ProcessEnv; timeout?: number };

/** A bundled script: `run(args)` spawns it; `dispose()` removes the bundle. */
export type ScriptProcess = { run: (args: string[], options?: RunOptions) => ScriptRun; dispose: () => void; file: string };

function spawnNode(nodeArgs: string[], options: RunOptions): ScriptRun {
  const r = spawnSync(process.execPath, nodeArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    input: options.input,
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bundles `script` (a path from the repo root, e.g. 'scripts/sim.ts') for this process's runs. */
export function bundleScript(script: string): ScriptProcess {
  mkdirSync(CACHE, { recursive: true });
  // One bundle per call: test files share a process (and a pid) under Vitest's threads without isolation,
  // and one file's dispose() must not delete the bundle another is still running.
  const file = join(CACHE, `${script.replace(/[^a-z0-9]+/gi, '-')}-${process.pid}-${randomUUID()}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, script)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return {
    file,
    run: (args, options = {}) => spawnNode([file, ...args], options),
    dispose: () => rmSync(file, { force: true }),
  };
}

/** The script as `npm run` starts it (through tsx): slow, so once per test file. */
export function runThroughTsx(script: string, args: string[], options: RunOptions = {}): ScriptRun {
  return spawnNode(['--import', 'tsx', script, ...args], options);
}
