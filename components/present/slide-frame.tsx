'use client';
/**
 * One slide's page: large type, and content that scales down to fit when a
 * figure is taller than the slide, rather than being cut off.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { SlideErrorBoundary } from './slide-error-boundary';

export function SlideFrame({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    const fit = () => {
      // offsetHeight ignores transforms: the content's natural height.
      const style = getComputedStyle(o);
      const room = o.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const s = Math.min(1, room / Math.max(1, i.offsetHeight));
      setScale((prev) => (Math.abs(prev - s) > 0.005 ? s : prev));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(i);
    return () => ro.disconnect();
  }, []);

  return (
    <div ref={outer} className="deck-slide h-full w-full overflow-hidden">
      <div ref={inner} className="deck-slide-content prose-body origin-top" style={scale < 1 ? { transform: `scale(${scale})` } : undefined}>
        <SlideErrorBoundary>{children}</SlideErrorBoundary>
      </div>
    </div>
  );
}
