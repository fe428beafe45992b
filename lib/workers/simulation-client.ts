'use client';
/**
 * Runs catalog simulations in a Web Worker (lib/workers/simulation.worker.ts)
 * so long runs and sweeps never block the page. One worker per page, created
 * on first use; requests are answered in order by id.
 *
 * A page that may not start workers (an embed in a sandboxed iframe has an
 * opaque origin, and the worker script's origin then differs from it) runs the
 * same request on the main thread instead: slower to respond, same answer.
 */
type Pending = { resolve: (json: string) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<{ type: string; requestId: number; json?: string; message?: string }>) => {
    const p = pending.get(e.data.requestId);
    if (!p) return;
    pending.delete(e.data.requestId);
    if (e.data.type === 'result' && e.data.json !== undefined) p.resolve(e.data.json);
    else p.reject(new Error(e.data.message ?? 'The simulation worker failed.'));
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'The simulation worker stopped.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Starts the worker ahead of its first run, so its code is fetched while the network is there (slide decks). */
export function warmWorker(): void {
  getWorker();
}

export type RunRequestMessage = { id: string; preset?: string; params?: Record<string, unknown>; seed?: number; durationMs?: number; chunk?: number };

async function runOnMainThread(request: RunRequestMessage): Promise<string> {
  const { execute, resolveRun } = await import('@/simulations/run-request');
  return JSON.stringify(await execute(resolveRun(request)));
}

let workersRefused = false;

/** The same JSON `npm run sim -- … --json` prints for this request. */
export function runInWorker(request: RunRequestMessage): Promise<string> {
  if (workersRefused) return runOnMainThread(request);
  let target: Worker;
  try {
    target = getWorker();
  } catch {
    workersRefused = true;
    return runOnMainThread(request);
  }
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    target.postMessage({ type: 'run', requestId, request });
  });
}
