'use client';
import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is on screen and the tab is visible; animations pause otherwise. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [intersecting, setIntersecting] = useState(false);
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([entry]) => setIntersecting(Boolean(entry?.isIntersecting)), { rootMargin: '64px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === 'visible');
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return intersecting && visible;
}
