/// <reference lib="webworker" />
/**
 * A Web Worker that runs catalog simulations off the main thread (long runs,
 * sweeps). It speaks the same request as the CLI (simulations/run-request.ts)
 * and answers with the same JSON, so a page and a script agree to the byte for
 * the same seed. Bad requests get an error message back, never a dead worker.
 *
 *   → { type: 'run', requestId, request: { id, preset?, params?, seed?, durationMs?, chunk? } }
 *   ← { type: 'result', requestId, json }   (json = JSON.stringify of the result)
 *   ← { type: 'error', requestId, message }
 */
import { execute, resolveRun, RunRequestError } from '../../simulations/run-request';

type Incoming = { type?: unknown; requestId?: unknown; request?: unknown };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<Incoming>) => {
  const data = event.data;
  const requestId =
    typeof data === 'object' && data !== null && (typeof data.requestId === 'number' || typeof data.requestId === 'string') ? data.requestId : null;
  try {
    if (typeof data !== 'object' || data === null || data.type !== 'run') throw new RunRequestError('Expected a message { type: "run", request: { id, … } }.');
    const result = await execute(resolveRun(data.request));
    scope.postMessage({ type: 'result', requestId, json: JSON.stringify(result) });
  } catch (e) {
    const message = e instanceof RunRequestError ? e.message : `The simulation failed: ${e instanceof Error ? e.message : String(e)}`;
    scope.postMessage({ type: 'error', requestId, message });
  }
};
