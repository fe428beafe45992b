/**
 * `npm run bench -- --json` must print only its JSON object on stdout (the
 * full bench starts Chromium and takes minutes, so its output routing is
 * tested here; the whole command is checked by hand with JSON.parse of its stdout).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { benchOutput } from './bench-output';
import { computeStamp, ensureFreshBuild, writeStamp } from './build-stamp.mjs';

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, streams: { stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } } };
}

describe('benchOutput', () => {
  test('--json: stdout is exactly the JSON object; progress goes to stderr; tables are left out', () => {
    const c = capture();
    const out = benchOutput(true, c.streams);
    out.progress('Building: out/ is missing.');
    out.log('\nFirst-load assets per route', 42);
    out.result({ pages: [], out: { files: 3, bytes: 10 } });
    expect(JSON.parse(c.stdout.join(''))).toEqual({ pages: [], out: { files: 3, bytes: 10 } });
    expect(c.stdout).toHaveLength(1);
    expect(c.stderr).toEqual(['Building: out/ is missing.\n']);
  });

  test('without --json: tables and progress on stdout, formatted like console.log, and no JSON', () => {
    const c = capture();
    const out = benchOutput(false, c.streams);
    out.progress('out/ is up to date with the sources; skipping the build.');
    out.log('%s files,', 3, 'done');
    out.result({ pages: [] });
    expect(c.stdout).toEqual(['out/ is up to date with the sources; skipping the build.\n', '3 files, done\n']);
    expect(c.stderr).toEqual([]);
  });
});

describe('ensureFreshBuild', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  test('says what it does through the log it is given, not console.log', async () => {
    // A project with no inputs and a matching stamp: current, so nothing is built.
    const root = mkdtempSync(join(tmpdir(), 'bench-output-'));
    dirs.push(root);
    mkdirSync(join(root, 'out'));
    writeStamp(join(root, 'out'), computeStamp(root));
    const consoleLog = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const messages: string[] = [];
    expect(await ensureFreshBuild(root, { log: (m) => messages.push(m), buildOutput: 'stderr' })).toBe(false);
    expect(messages).toEqual(['out/ is up to date with the sources; skipping the build.']);
    expect(consoleLog).not.toHaveBeenCalled();
  });
});
