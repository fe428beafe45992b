'use client';
/**
 * A 16:9 slide stage laid out at 1280×720 and scaled to fit whatever box it is
 * given (a projector, a laptop, the presenter's small preview), so type,
 * figures and line breaks look the same on every screen.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

export function Stage({ children, label }: { children: ReactNode; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number | undefined>(undefined);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(Math.min(el.clientWidth / STAGE_WIDTH, el.clientHeight / STAGE_HEIGHT));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  return (
    <div ref={box} className="relative h-full w-full overflow-hidden">
      <div
        role="region"
        aria-label={label}
        data-deck-stage
        className="deck-stage absolute left-1/2 top-1/2 bg-paper text-ink"
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(-50%, -50%) scale(${scale ?? 1})`,
          visibility: scale === undefined ? 'hidden' : undefined,
        }}
      >
        {children}
      </div>
    </div>
  );
}
