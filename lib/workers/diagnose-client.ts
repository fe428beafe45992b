'use client';
/**
 * Runs the counter diagnosis in a Web Worker (lib/workers/diagnose.worker.ts)
 * so the page stays responsive while megabytes are read, with progress.
 *
 * One diagnosis at a time: starting one while another runs terminates the
 * worker (it is busy with a paste the reader has already replaced) and starts
 * a fresh one, so a stale result can never arrive; cancel() does the same.
 *
 * A page that may not start workers (a sandboxed frame, a browser that
 * refuses) runs the same diagnosis on the main thread instead, after a
 * macrotask so the page can first show that it is working: slower to respond,
 * same answer.
 */
import type { Diagnosis, DiagnoseProgress } from '@/lib/diagnose';

export type DiagnoseRequest = { text: string; later?: string; intervalS?: number };

export type DiagnoseCallbacks = {
  onProgress?: (progress: DiagnoseProgress) => void;
  onResult: (diagnosis: Diagnosis) => void;
};

type Job = { id: number; request: DiagnoseRequest; callbacks: DiagnoseCallbacks };

let worker: Worker | null = null;
/** Whether the current worker's script has run (it says 'ready' first). */
let workerReady = false;
let running: Job | null = null;
let nextId = 1;
let workersRefused = false;

function failure(message: string): Diagnosis {
  return { recognised: [], findings: [], unrecognised: [], messages: [`The diagnosis failed (${message}). Please report it with the pasted text.`] };
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  workerReady = false;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<{ type: string; requestId?: number | null; read?: number; total?: number; diagnosis?: Diagnosis; message?: string }>) => {
    if (e.data.type === 'ready') {
      workerReady = true;
      return;
    }
    const job = running;
    if (!job || e.data.requestId !== job.id) return;
    if (e.data.type === 'progress' && e.data.read !== undefined && e.data.total !== undefined) {
      job.callbacks.onProgress?.({ read: e.data.read, total: e.data.total });
      return;
    }
    running = null;
    job.callbacks.onResult(e.data.type === 'result' && e.data.diagnosis ? e.data.diagnosis : failure(e.data.message ?? 'the worker sent no result'));
  };
  w.onerror = (e) => {
    e.preventDefault();
    const job = running;
    const refused = !workerReady;
    stopWorker();
    running = null;
    if (!job) return;
    // The script never ran (refused or blocked): do the work here.
    if (refused) {
      workersRefused = true;
      runOnMainThread(job);
    } else job.callbacks.onResult(failure(e.message || 'the worker stopped'));
  };
  return w;
}

function runOnMainThread(job: Job): void {
  running = job;
  setTimeout(async () => {
    const { diagnose } = await import('@/lib/diagnose');
    if (running !== job) return;
    const { text, later, intervalS } = job.request;
    const diagnosis = diagnose(text, later, { intervalS });
    if (running !== job) return;
    running = null;
    job.callbacks.onResult(diagnosis);
  }, 0);
}

/** Starts a diagnosis; returns cancel(). Callbacks are never called after cancel() or after a newer diagnosis starts. */
export function runDiagnosis(request: DiagnoseRequest, callbacks: DiagnoseCallbacks): () => void {
  if (running) cancelRunning();
  const job: Job = { id: nextId++, request, callbacks };
  if (workersRefused) {
    runOnMainThread(job);
  } else {
    try {
      worker ??= startWorker();
      running = job;
      worker.postMessage({ type: 'diagnose', requestId: job.id, ...request });
    } catch {
      workersRefused = true;
      stopWorker();
      runOnMainThread(job);
    }
  }
  return () => {
    if (running === job) cancelRunning();
  };
}

function cancelRunning(): void {
  // A worker in the middle of a paste cannot be interrupted any other way.
  if (worker) stopWorker();
  running = null;
}
