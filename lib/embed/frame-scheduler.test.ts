import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_MS, frameScheduler } from './frame-scheduler';

// Node has no animation frames: a stand-in that runs them when the test says a frame happens.
let frames: Array<() => void> = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const nextFrame = () => frames.splice(0).forEach((f) => f());

describe('frameScheduler', () => {
  it('runs once per frame however often it is asked', () => {
    let runs = 0;
    const s = frameScheduler(() => runs++);
    for (let i = 0; i < 5000; i++) s.request();
    nextFrame();
    expect(runs).toBe(1);
    s.request();
    s.request();
    nextFrame();
    expect(runs).toBe(2);
    // The fallback timers of frames that came are cancelled: nothing more runs.
    vi.advanceTimersByTime(FALLBACK_MS * 2);
    expect(runs).toBe(2);
  });

  it('runs from the fallback timer when no frame comes (a frame out of view), once', () => {
    let runs = 0;
    const s = frameScheduler(() => runs++);
    s.request();
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    nextFrame();
    expect(runs).toBe(1);
  });

  it('cancel drops a pending run', () => {
    let runs = 0;
    const s = frameScheduler(() => runs++);
    s.request();
    s.cancel();
    nextFrame();
    vi.advanceTimersByTime(FALLBACK_MS);
    expect(runs).toBe(0);
  });
});
