'use client';
/**
 * Runs a chunked sweep in the simulation Web Worker, one chunk per message,
 * and reports each part as it arrives: the progress bar counts real work.
 * A change of the request (its key) abandons the old run; stale answers are
 * ignored. `ms` is the wall time of the whole run, first message to last
 * answer, as the page saw it (printed by `npm run bench`).
 */
import { useEffect, useState } from 'react';
import { runInWorker } from '@/lib/workers/simulation-client';

export type WorkerSweep<C> = { parts: C[]; total: number; ms: number | null; error: string | null };

export function useWorkerSweep<C>(id: string, params: Record<string, number | boolean>, total: number, active: boolean): WorkerSweep<C> {
  const key = JSON.stringify(params);
  const [state, setState] = useState<WorkerSweep<C> & { key: string }>({ key: '', parts: [], total, ms: null, error: null });

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    setState({ key, parts: [], total, ms: null, error: null });
    (async () => {
      const start = performance.now();
      const parts: C[] = [];
      for (let chunk = 0; chunk < total; chunk++) {
        const json = await runInWorker({ id, params: JSON.parse(key) as Record<string, number | boolean>, chunk });
        if (cancelled) return;
        parts.push(JSON.parse(json) as C);
        const done = parts.length === total;
        setState({ key, parts: [...parts], total, ms: done ? performance.now() - start : null, error: null });
      }
    })().catch((e: unknown) => {
      if (!cancelled) setState({ key, parts: [], total, ms: null, error: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
    };
  }, [id, key, total, active]);

  // Until the effect has run for this key, nothing of the old run is shown.
  return state.key === key ? state : { parts: [], total, ms: null, error: null };
}
