'use client';
import { useEffect, useRef } from 'react';

/**
 * Calls `tick(dtSeconds)` once per animation frame while `running`. The clock
 * is separate from what it drives: pausing, stepping and slow motion are the
 * caller's business. dt is capped so a long pause does not jump.
 */
export function useAnimationFrame(running: boolean, tick: (dt: number) => void) {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  useEffect(() => {
    if (!running) return;
    let last: number | undefined;
    let id = requestAnimationFrame(function frame(now) {
      const dt = last === undefined ? 0 : Math.min(0.1, (now - last) / 1000);
      last = now;
      tickRef.current(dt);
      id = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(id);
  }, [running]);
}
