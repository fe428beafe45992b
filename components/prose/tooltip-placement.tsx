'use client';
/**
 * Term and citation tooltips are plain CSS (:hover / :focus-within) so they work
 * in static HTML. This adds what CSS cannot do: keep a shown tooltip inside
 * the viewport, let Escape dismiss it (WCAG 1.4.13), and on a touch screen,
 * where there is no hover, make the first tap on a term show its tooltip rather
 * than leave the chapter for the glossary (a second tap follows the link).
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
    const coarse = window.matchMedia('(pointer: coarse)');
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('.term-link');
      const host = link?.closest('.term');
      if (!(link instanceof HTMLElement) || !host || !coarse.matches || host.hasAttribute('data-tip-open')) return;
      e.preventDefault();
      document.querySelectorAll('[data-tip-open]').forEach((h) => h.removeAttribute('data-tip-open'));
      host.setAttribute('data-tip-open', '');
      host.removeAttribute('data-tip-dismissed');
      link.focus();
      place(host);
    };
    const onFocusOut = (e: FocusEvent) => {
      const host = (e.target as Element | null)?.closest?.('.term');
      if (host && !(e.relatedTarget instanceof Node && host.contains(e.relatedTarget))) host.removeAttribute('data-tip-open');
    };
    document.addEventListener('pointerover', onEnter);
    document.addEventListener('focusin', onEnter);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick, true);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerover', onEnter);
      document.removeEventListener('focusin', onEnter);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  return null;
}
