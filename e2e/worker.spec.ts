/**
 * The simulation Web Worker (lib/workers/simulation.worker.ts) in a real browser, on a
 * page of the site under its production CSP: for the same request it answers
 * with the very bytes the CLI prints with --json, and a bad request gets an
 * error message back instead of killing the worker.
 *
 * The site does not ship the worker yet, so the test bundles it with esbuild
 * and serves it from the site's own origin (a routed URL) with the same
 * security headers scripts/serve.mjs sends, so 'self' in the page's
 * script-src (the fallback for worker-src) is what allows it, and the
 * worker itself runs under the same policy.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { build } from 'esbuild';
import { securityHeaders } from '../scripts/csp.mjs';
import { simulationIds } from '../simulations/catalog';
import { attachGuards } from './support/guards';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER_PATH = '/__test-sim-worker.js';

let workerCode = '';

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../lib/workers/simulation.worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  workerCode = result.outputFiles[0]!.text;
});

/**
 * The CLI's --json stdout, trimmed; rejects with its stderr if it did not
 * succeed. Asynchronous, so tests start it first and it runs while the
 * browser works.
 */
function cliJson(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/sim.ts', ...args, '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 20_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`npm run sim -- ${args.join(' ')} --json failed (${error.code}): ${stderr}`)) : resolve(stdout.trim()),
    );
  });
}

async function serveWorker(page: Page) {
  await page.route(`**${WORKER_PATH}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      headers: securityHeaders({ pathname: WORKER_PATH }),
      body: workerCode,
    }),
  );
}

type Reply = { type: 'result'; requestId: unknown; json: string } | { type: 'error'; requestId: unknown; message: string };

/**
 * Starts the worker in the page, posts `messages` in order and resolves with
 * the first `expected` replies (or rejects on a worker error or after 20 s).
 */
async function talkToWorker(page: Page, messages: unknown[], expected = messages.length): Promise<Reply[]> {
  return page.evaluate(
    ({ url, messages, expected }) =>
      new Promise<Reply[]>((resolve, reject) => {
        const worker = new Worker(url);
        const replies: Reply[] = [];
        const timer = setTimeout(() => {
          worker.terminate();
          reject(new Error(`worker answered ${replies.length} of ${expected}: ${JSON.stringify(replies)}`));
        }, 20_000);
        worker.onmessage = (e: MessageEvent<Reply>) => {
          replies.push(e.data);
          if (replies.length === expected) {
            clearTimeout(timer);
            worker.terminate();
            resolve(replies);
          }
        };
        worker.onerror = (e) => {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error(`worker error: ${e.message || 'script failed to load (blocked or missing?)'}`));
        };
        worker.onmessageerror = () => reject(new Error('messageerror'));
        for (const m of messages) worker.postMessage(m);
      }),
    { url: WORKER_PATH, messages, expected },
  );
}

function resultJson(reply: Reply | undefined, requestId: unknown): string {
  expect(reply, 'a reply').toBeDefined();
  if (reply!.type !== 'result') throw new Error(`expected a result for ${String(requestId)}, got ${JSON.stringify(reply)}`);
  expect(reply!.requestId).toBe(requestId);
  return reply!.json;
}

test('receive-path in the worker gives byte-for-byte the CLI’s --json for the same seed, preset and params', async ({ page, baseURL }) => {
  const cli = cliJson([
    'receive-path',
    '--preset=tuned',
    '--mode=napi',
    '--pattern=poisson',
    '--queues=2',
    '--load_pct=50',
    '--gro=on',
    '--seed=7',
    '--duration-ms=5',
  ]);
  const guards = await attachGuards(page, baseURL);
  await serveWorker(page);
  await page.goto('/');

  const request = {
    id: 'receive-path',
    preset: 'tuned',
    // Named choices, numbers and a number written as text, as a page might send them.
    params: { mode: 'napi', pattern: 'poisson', queues: 2, load_pct: '50', gro: 'on' },
    seed: 7,
    durationMs: 5,
  };
  const [reply] = await talkToWorker(page, [{ type: 'run', requestId: 'rp-1', request }]);
  const json = resultJson(reply, 'rp-1');
  expect(json).toBe(await cli);

  const parsed = JSON.parse(json);
  expect(parsed).toMatchObject({ simulation: 'receive-path', seed: 7, duration_ms: 5 });
  expect(parsed.params).toMatchObject({ mode: 'napi', pattern: 'poisson', queues: 2, load_pct: 50, gro: true, ring_size: 4096, app_cpu: 'other' });
  expect(parsed.cpu_util).toHaveLength(4);
  await guards.expectClean();
});

test('irq-vs-napi in the worker matches the CLI too, and several requests on one worker are answered by id', async ({ page, baseURL }) => {
  const cli = Promise.all([
    cliJson(['irq-vs-napi', '--preset=no-napi', '--load_pct=80', '--seed=11', '--duration-ms=5']),
    cliJson(['irq-vs-napi', '--mode=irq', '--app_cpu=other', '--seed=11', '--duration-ms=5']),
    cliJson(['line-rate', '--frameBytes=1518', '--linkGbps=100']),
  ]);
  const guards = await attachGuards(page, baseURL);
  await serveWorker(page);
  await page.goto('/');

  const replies = await talkToWorker(page, [
    { type: 'run', requestId: 1, request: { id: 'irq-vs-napi', preset: 'no-napi', params: { load_pct: 80 }, seed: 11, durationMs: 5 } },
    { type: 'run', requestId: 2, request: { id: 'irq-vs-napi', params: { mode: 'irq', app_cpu: 'other' }, seed: 11, durationMs: 5 } },
    { type: 'run', requestId: 3, request: { id: 'line-rate', params: { frameBytes: 1518, linkGbps: 100 } } },
  ]);
  const byId = new Map(replies.map((r) => [r.requestId, r]));

  const [noNapi, irqOtherCpu, lineRate] = await cli;
  expect(resultJson(byId.get(1), 1)).toBe(noNapi);
  expect(resultJson(byId.get(2), 2)).toBe(irqOtherCpu);
  expect(JSON.parse(noNapi).params.mode).toBe('irq');
  expect(resultJson(byId.get(3), 3)).toBe(lineRate);
  await guards.expectClean();
});

test('bad requests get an error message naming the problem, and the worker keeps working', async ({ page, baseURL }) => {
  const cli = cliJson(['receive-path', '--seed=3', '--duration-ms=2']);
  const guards = await attachGuards(page, baseURL);
  await serveWorker(page);
  await page.goto('/');

  const messages = [
    { type: 'run', requestId: 'unknown-param', request: { id: 'receive-path', params: { nope: 1 }, durationMs: 1 } },
    'not an object',
    null,
    { type: 'stop', requestId: 'wrong-type' },
    { type: 'run', requestId: 'request-not-object', request: 42 },
    { type: 'run', requestId: 'params-not-object', request: { id: 'receive-path', params: ['queues', 2] } },
    { type: 'run', requestId: 'unknown-sim', request: { id: 'no-such-sim' } },
    { type: 'run', requestId: 'out-of-range', request: { id: 'receive-path', params: { frame_bytes: 10 } } },
    { type: 'run', requestId: 'bad-choice', request: { id: 'irq-vs-napi', params: { mode: 'bogus' } } },
    { type: 'run', requestId: 'unknown-preset', request: { id: 'receive-path', preset: 'nope' } },
    { type: 'run', requestId: 'bad-seed', request: { id: 'receive-path', seed: -1 } },
    { type: 'run', requestId: 'bad-duration', request: { id: 'receive-path', durationMs: 100_000 } },
    // Still alive after all that.
    { type: 'run', requestId: 'ok', request: { id: 'receive-path', seed: 3, durationMs: 2 } },
  ];
  const replies = await talkToWorker(page, messages);
  const errors = replies.filter((r): r is Extract<Reply, { type: 'error' }> => r.type === 'error');
  const byId = new Map(errors.filter((r) => r.requestId !== null).map((r) => [r.requestId, r.message]));

  expect(byId.get('unknown-param')).toMatch(/^Unknown parameter "nope" for receive-path\. Parameters: link_gbps, frame_bytes, .*netdev_budget/);
  // Non-object messages have no usable requestId; both replies say what a message must look like.
  const anonymous = errors.filter((r) => r.requestId === null).map((r) => r.message);
  expect(anonymous).toEqual(Array(2).fill('Expected a message { type: "run", request: { id, … } }.'));
  expect(byId.get('wrong-type')).toBe('Expected a message { type: "run", request: { id, … } }.');
  expect(byId.get('request-not-object')).toBe('A run request must be an object with at least an "id".');
  expect(byId.get('params-not-object')).toBe('"params" must be an object of parameter values.');
  expect(byId.get('unknown-sim')).toBe(`Unknown simulation "no-such-sim". Known: ${simulationIds.join(', ')}.`);
  expect(byId.get('out-of-range')).toBe('Bad value for frame_bytes: 10. Allowed: 64 … 9000 B in steps of 1.');
  expect(byId.get('bad-choice')).toBe('Bad value for mode: "bogus". Allowed: one of napi (0), irq (1).');
  expect(byId.get('unknown-preset')).toMatch(/^Unknown preset "nope" for receive-path\. Presets: stock, tuned, /);
  expect(byId.get('bad-seed')).toBe('Bad seed -1. Allowed: an integer 0 … 4294967295.');
  expect(byId.get('bad-duration')).toBe(
    "Bad duration 100000 ms. Allowed: at least 0.0000672 ms (one 64-byte frame's time on the wire at 10 Gbit/s; a shorter run sees no packet), at most 10000 ms of simulated time.",
  );

  const ok = replies.find((r) => r.requestId === 'ok');
  expect(resultJson(ok, 'ok')).toBe(await cli);
  await guards.expectClean();
});

test('the CSP allows workers only from the site’s origin: a blob: worker is refused', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/');
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        try {
          const url = URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' }));
          const worker = new Worker(url);
          worker.onmessage = () => resolve('ran');
          worker.onerror = () => resolve('error event');
          setTimeout(() => resolve('no answer'), 5_000);
        } catch (e) {
          resolve(`threw ${(e as Error).name}`);
        }
      }),
  );
  expect(outcome).not.toBe('ran');
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  expect(violations.map((v) => `${v.directive} ${v.blockedURI}`)).toEqual(['worker-src blob']);
  expect(guards.pageErrors).toEqual([]);
});
