import { expect, test } from 'vitest';
import { FOLLOW_TIMEOUT_MS, Playback } from './playback';

test('play/pause and speed stay undefined (the view’s defaults) until chosen, and notify only on change', () => {
  const p = new Playback();
  let calls = 0;
  p.subscribe(() => calls++);
  expect(p.get()).toEqual({ playing: undefined, speed: undefined });
  p.setPlaying(false);
  p.setPlaying(false);
  p.setSpeed(10_000);
  p.setSpeed(10_000);
  p.setSpeed(-1);
  p.setSpeed(Number.NaN);
  expect(p.get()).toEqual({ playing: false, speed: 10_000 });
  expect(calls).toBe(2);
});

test('reports reach their listeners with the explicit flag, and set the clock', () => {
  const p = new Playback();
  const seen: Array<[number, boolean]> = [];
  const off = p.onReport((c, e) => seen.push([c, e]));
  p.report(120);
  p.report(0, true);
  off();
  p.report(5);
  expect(seen).toEqual([
    [120, false],
    [0, true],
  ]);
  expect(p.clock).toBe(5);
});

test('a followed seek stops the view advancing on its own for a while; lead() or time ends it', () => {
  const p = new Playback();
  const seeks: Array<[number, boolean]> = [];
  p.onSeek((c, e) => seeks.push([c, e]));
  expect(p.following(1_000)).toBe(false);
  p.seek(4_000, { follow: true, exact: false, now: 1_000 });
  expect(seeks).toEqual([[4_000, false]]);
  expect(p.following(1_000 + FOLLOW_TIMEOUT_MS - 1)).toBe(true);
  expect(p.following(1_000 + FOLLOW_TIMEOUT_MS)).toBe(false);
  p.seek(5_000, { follow: true, now: 2_000 });
  p.lead();
  expect(p.following(2_001)).toBe(false);
  // A seek without follow (the leader told to jump) never makes it a follower.
  p.seek(6_000, { now: 3_000 });
  expect(p.following(3_001)).toBe(false);
  expect(seeks.at(-1)).toEqual([6_000, true]);
});

test('nonsense instants are ignored', () => {
  const p = new Playback();
  let n = 0;
  p.onSeek(() => n++);
  p.seek(-1);
  p.seek(Number.POSITIVE_INFINITY);
  p.seek(Number.NaN);
  expect(n).toBe(0);
});
