/// <reference lib="webworker" />
/**
 * A Web Worker that runs the counter diagnosis (lib/diagnose) off the main
 * thread, so a paste of megabytes never freezes the page. It reports how far
 * it has read about every megabyte, then the diagnosis; diagnose() itself
 * never throws, so a bad message is the only error.
 *
 *   ← { type: 'ready' }   (once, when the script has loaded)
 *   → { type: 'diagnose', requestId, text, later?, intervalS? }
 *   ← { type: 'progress', requestId, read, total }   (characters of both pastes)
 *   ← { type: 'result', requestId, diagnosis }
 *   ← { type: 'error', requestId, message }
 *
 * A newer paste does not wait for an older one: the client terminates this
 * worker and starts another (lib/workers/diagnose-client.ts).
 */
import { diagnose } from '../diagnose';

type Incoming = { type?: unknown; requestId?: unknown; text?: unknown; later?: unknown; intervalS?: unknown };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Incoming>) => {
  const data = event.data;
  const requestId = typeof data === 'object' && data !== null && typeof data.requestId === 'number' ? data.requestId : null;
  if (typeof data !== 'object' || data === null || data.type !== 'diagnose' || typeof data.text !== 'string') {
    scope.postMessage({ type: 'error', requestId, message: 'Expected a message { type: "diagnose", requestId, text, later?, intervalS? }.' });
    return;
  }
  const later = typeof data.later === 'string' ? data.later : undefined;
  const intervalS = typeof data.intervalS === 'number' ? data.intervalS : undefined;
  const diagnosis = diagnose(data.text, later, {
    intervalS,
    onProgress: ({ read, total }) => scope.postMessage({ type: 'progress', requestId, read, total }),
  });
  scope.postMessage({ type: 'result', requestId, diagnosis });
};

scope.postMessage({ type: 'ready' });
