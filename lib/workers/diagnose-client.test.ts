/**
 * The diagnosis client with a stand-in Worker: messages are passed on in
 * order, a newer diagnosis terminates the worker busy with an older one (whose
 * late messages are then ignored), cancel() silences a run, and a page that
 * may not start workers gets the same diagnosis from the main thread.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Diagnosis } from '../diagnose';

type Message = { type: string; requestId?: number; [k: string]: unknown };

class FakeWorker {
  static made: FakeWorker[] = [];
  static refuse = false;
  onmessage: ((e: { data: Message }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
  posted: Message[] = [];
  terminated = false;
  constructor() {
    if (FakeWorker.refuse) throw new DOMException('Workers are not allowed here', 'SecurityError');
    FakeWorker.made.push(this);
  }
  postMessage(m: Message) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  /** A message from the worker's side. */
  say(data: Message) {
    this.onmessage?.({ data });
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => {} });
  }
}

const PASTE = 'NIC statistics:\n     constructor: 5\n     rx_missed_errors: 4954\n';
const diagnosisOf = (counter: string): Diagnosis => ({
  recognised: [],
  findings: [{ kind: 'loss', where: 'x', counter, count: 1, rate: null, advice: '', link: null }],
  unrecognised: [],
  messages: ['m'],
});

async function client() {
  vi.resetModules();
  return import('./diagnose-client');
}

const macrotask = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.refuse = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('runDiagnosis', () => {
  test('posts the request, passes progress on, then the result, from one worker that is kept for the next run', async () => {
    const { runDiagnosis } = await client();
    const seen: unknown[] = [];
    runDiagnosis({ text: PASTE, intervalS: 2 }, { onProgress: (p) => seen.push(p), onResult: (d) => seen.push(d.findings[0]!.counter) });
    const w = FakeWorker.made[0]!;
    expect(w.posted).toEqual([{ type: 'diagnose', requestId: 1, text: PASTE, intervalS: 2 }]);
    w.say({ type: 'ready' });
    w.say({ type: 'progress', requestId: 1, read: 10, total: 40 });
    w.say({ type: 'result', requestId: 1, diagnosis: diagnosisOf('rx_missed_errors') });
    expect(seen).toEqual([{ read: 10, total: 40 }, 'rx_missed_errors']);

    runDiagnosis({ text: 'again' }, { onResult: () => {} });
    expect(FakeWorker.made).toHaveLength(1);
    expect(w.terminated).toBe(false);
    expect(w.posted.at(-1)).toMatchObject({ requestId: 2, text: 'again' });
  });

  test('a newer diagnosis terminates the worker still reading the older one; the older one never answers', async () => {
    const { runDiagnosis } = await client();
    const old: string[] = [];
    runDiagnosis({ text: 'big' }, { onProgress: () => old.push('progress'), onResult: (d) => old.push(d.findings[0]!.counter) });
    const first = FakeWorker.made[0]!;
    first.say({ type: 'ready' });
    const now: string[] = [];
    runDiagnosis({ text: 'small' }, { onResult: (d) => now.push(d.findings[0]!.counter) });
    expect(first.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    expect(second.posted).toEqual([{ type: 'diagnose', requestId: 2, text: 'small' }]);
    // Whatever the old worker had already queued is dropped.
    first.say({ type: 'progress', requestId: 1, read: 1, total: 2 });
    first.say({ type: 'result', requestId: 1, diagnosis: diagnosisOf('stale') });
    second.say({ type: 'result', requestId: 2, diagnosis: diagnosisOf('fresh') });
    expect(old).toEqual([]);
    expect(now).toEqual(['fresh']);
  });

  test('cancel() stops the run: the worker is terminated and no callback comes', async () => {
    const { runDiagnosis } = await client();
    const calls: string[] = [];
    const cancel = runDiagnosis({ text: 'x' }, { onProgress: () => calls.push('p'), onResult: () => calls.push('r') });
    const w = FakeWorker.made[0]!;
    cancel();
    expect(w.terminated).toBe(true);
    w.say({ type: 'result', requestId: 1, diagnosis: diagnosisOf('late') });
    expect(calls).toEqual([]);
  });

  test('where workers are refused, the same diagnosis comes from the main thread', async () => {
    FakeWorker.refuse = true;
    const { runDiagnosis } = await client();
    const results: Diagnosis[] = [];
    runDiagnosis({ text: PASTE }, { onResult: (d) => results.push(d) });
    // After a macrotask, so the page can show it is working first.
    expect(results).toEqual([]);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]!.findings.map((f) => [f.counter, f.count])).toEqual([['rx_missed_errors', 4954]]);
  });

  test('a worker whose script never ran (an error before "ready") is given up for the main thread', async () => {
    const { runDiagnosis } = await client();
    const results: Diagnosis[] = [];
    runDiagnosis({ text: PASTE }, { onResult: (d) => results.push(d) });
    FakeWorker.made[0]!.fail('blocked by CSP');
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]!.findings[0]!.counter).toBe('rx_missed_errors');
    // And later runs do not try a worker again.
    runDiagnosis({ text: PASTE }, { onResult: (d) => results.push(d) });
    await vi.waitFor(() => expect(results).toHaveLength(2));
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('a worker that dies mid-run reports the failure as a diagnosis message', async () => {
    const { runDiagnosis } = await client();
    const results: Diagnosis[] = [];
    runDiagnosis({ text: PASTE }, { onResult: (d) => results.push(d) });
    const w = FakeWorker.made[0]!;
    w.say({ type: 'ready' });
    w.fail('out of memory');
    await macrotask();
    expect(results).toEqual([
      { recognised: [], findings: [], unrecognised: [], messages: ['The diagnosis failed (out of memory). Please report it with the pasted text.'] },
    ]);
  });
});
