/**
 * The diagnosis worker's script run in Node with a stand-in `self`: it says
 * ready, answers a request with progress about every megabyte and then the
 * same diagnosis diagnose() gives, and answers a bad message with an error.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { diagnose } from '../diagnose';
import { mixedPaste } from '../diagnose/fixtures/large';

type Posted = { type: string; requestId?: number | null; read?: number; total?: number; diagnosis?: unknown; message?: string };

async function worker() {
  const posted: Posted[] = [];
  const scope = { postMessage: (m: Posted) => posted.push(m), onmessage: null as null | ((e: { data: unknown }) => void) };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./diagnose.worker');
  return { posted, send: (data: unknown) => scope.onmessage!({ data }) };
}

afterEach(() => vi.unstubAllGlobals());

test('ready, then progress and the diagnosis, the same as diagnose() gives', async () => {
  const { posted, send } = await worker();
  expect(posted).toEqual([{ type: 'ready' }]);
  const text = mixedPaste(60_000);
  send({ type: 'diagnose', requestId: 7, text, intervalS: 3 });
  const progress = posted.filter((m) => m.type === 'progress');
  expect(progress.length).toBeGreaterThanOrEqual(Math.floor(text.length / (1 << 20)));
  expect(progress.every((m) => m.requestId === 7 && m.total === text.length && m.read! <= text.length)).toBe(true);
  expect(posted.at(-1)).toEqual({ type: 'result', requestId: 7, diagnosis: diagnose(text, undefined, { intervalS: 3 }) });
});

test('a message that is not a request gets an error, and the worker goes on answering', async () => {
  const { posted, send } = await worker();
  send({ type: 'run', requestId: 1 });
  expect(posted.at(-1)).toEqual({ type: 'error', requestId: 1, message: 'Expected a message { type: "diagnose", requestId, text, later?, intervalS? }.' });
  send({ type: 'diagnose', requestId: 2, text: 'NIC statistics:\n     rx_missed_errors: 3\n' });
  expect(posted.at(-1)).toMatchObject({ type: 'result', requestId: 2, diagnosis: { findings: [{ counter: 'rx_missed_errors', count: 3 }] } });
});
