'use client';
/**
 * Term and citation tooltips are plain CSS (:hover / :focus-within) so they work
 * in static HTML. This adds the two things CSS cannot do: keep a shown tooltip
 * inside the viewport, and let Escape dismiss it (WCAG 1.4.13).
 */
import { useEffect } from 'react';

const HOST = '.term, .cite';
const MARGIN = 8;

function place(host: Element) {
  const tip = host.querySelector<HTMLElement>('.term-tip, .cite-tip');
  if (!tip) return;
  tip.style.setProperty('--tip-dx', '0px');
  requestAnimationFrame(() => {
    const r = tip.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    let dx = 0;
    if (r.right > vw - MARGIN) dx = vw - MARGIN - r.right;
    if (r.left + dx < MARGIN) dx = MARGIN - r.left;
    tip.style.setProperty('--tip-dx', `${Math.round(dx)}px`);
  });
}

export function TooltipPlacement() {
  useEffect(() => {
    const onEnter = (e: Event) => {
      const host = (e.target as Element | null)?.closest?.(HOST);
      if (!host) return;
      // Moving between the parts of one term is not a new hover.
      const from = (e as PointerEvent | FocusEvent).relatedTarget;
      if (from instanceof Node && host.contains(from)) return;
      host.removeAttribute('data-tip-dismissed');
      place(host);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      document.querySelectorAll(HOST).forEach((h) => {
        if (h.matches(':hover, :focus-within')) h.setAttribute('data-tip-dismissed', '');
      });
    };
    document.addEventListener('pointerover', onEnter);
    document.addEventListener('focusin', onEnter);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerover', onEnter);
      document.removeEventListener('focusin', onEnter);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
