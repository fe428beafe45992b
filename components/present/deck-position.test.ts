import { expect, test } from 'vitest';
import { allPositions, last, next, previous, readPosition, slideNumber, withoutSimParams, writePosition } from './deck-position';
import { commandForKey } from './deck-keys';

const slides = [{ steps: 0 }, { steps: 2 }, { steps: 1 }];

test('next walks every step of every slide and stops at the end', () => {
  const walk = [{ slide: 0, step: 0 }];
  for (let i = 0; i < 6; i++) walk.push(next(walk[walk.length - 1]!, slides));
  expect(walk.map((p) => `${p.slide}.${p.step}`)).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.1', '2.1']);
  expect(allPositions(slides)).toEqual(walk.slice(0, 6));
});

test('previous undoes next, landing on the previous slide fully revealed', () => {
  for (const p of allPositions(slides).slice(0, -1)) expect(previous(next(p, slides), slides)).toEqual(p);
  expect(previous({ slide: 2, step: 0 }, slides)).toEqual({ slide: 1, step: 2 });
  expect(previous({ slide: 0, step: 0 }, slides)).toEqual({ slide: 0, step: 0 });
  expect(last(slides)).toEqual({ slide: 2, step: 1 });
  expect(slideNumber(3, slides)).toEqual({ slide: 2, step: 0 });
  expect(slideNumber(4, slides)).toBeUndefined();
  expect(slideNumber(0, slides)).toBeUndefined();
});

test('the URL round-trips every position and keeps other parameters', () => {
  for (const p of allPositions(slides)) expect(readPosition(writePosition('?theme=dark', p), slides)).toEqual({ position: p });
  expect(writePosition('?theme=dark&slide=9', { slide: 1, step: 2 })).toBe('?theme=dark&slide=2&step=2');
});

test('bad positions in the URL fall back with a notice instead of failing', () => {
  expect(readPosition('', slides)).toEqual({ position: { slide: 0, step: 0 } });
  expect(readPosition('?slide=99', slides)).toEqual({
    position: { slide: 0, step: 0 },
    notice: 'There is no slide “99” (this deck has slides 1 to 3); showing slide 1.',
  });
  expect(readPosition('?slide=abc&step=1', slides).position).toEqual({ slide: 0, step: 0 });
  expect(readPosition('?slide=1.5', slides).notice).toMatch(/no slide “1.5”/);
  expect(readPosition('?slide=2&step=7', slides)).toEqual({
    position: { slide: 1, step: 0 },
    notice: 'Slide 2 has no step “7” (steps 0 to 2); showing its start.',
  });
  expect(readPosition('?slide=2&step=-1', slides).position).toEqual({ slide: 1, step: 0 });
  expect(readPosition('?step=2', slides).notice).toMatch(/needs a slide/);
  expect(readPosition(`?slide=${'9'.repeat(40)}`, slides).notice).toContain('…');
});

test('simulation parameters left in the URL are dropped, deck parameters kept', () => {
  expect(withoutSimParams('?slide=3&rx-ring.ring_size=4096&step=1')).toBe('?slide=3&step=1');
  expect(withoutSimParams('?receive-path.seed=4')).toBe('');
});

test('keys: clicker and keyboard keys map to commands; modified keys stay with the browser', () => {
  expect(['ArrowRight', 'ArrowDown', ' ', 'PageDown'].map((key) => commandForKey({ key })?.kind)).toEqual(['next', 'next', 'next', 'next']);
  expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => commandForKey({ key })?.kind)).toEqual(['previous', 'previous', 'previous']);
  expect(commandForKey({ key: '7' })).toEqual({ kind: 'digit', digit: 7 });
  expect(['o', 'B', '.', 'F', 'P', '?', 'Home', 'End', 'Enter'].map((key) => commandForKey({ key })?.kind)).toEqual([
    'overview',
    'black',
    'black',
    'fullscreen',
    'presenter',
    'help',
    'first',
    'last',
    'jump',
  ]);
  expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
  expect(commandForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
  expect(commandForKey({ key: 'x' })).toBeUndefined();
});
