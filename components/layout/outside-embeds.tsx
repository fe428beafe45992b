'use client';
/**
 * Site chrome (skip link, header, footer) everywhere except in embedded
 * figures (/embed/<sim>/), which other sites frame inside their own pages and
 * size to the figure alone. The root layout stays the one layout of the site.
 */
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isEmbedFramePath } from '@/lib/embed/paths';

export function OutsideEmbeds({ children }: { children: ReactNode }) {
  return isEmbedFramePath(usePathname() ?? '/') ? null : children;
}

/**
 * The page's <main>. In an embed it is named, so a host page's own <main> and
 * the frame's stay distinct landmarks for assistive technology (and axe).
 */
export function MainLandmark({ children }: { children: ReactNode }) {
  const embedded = isEmbedFramePath(usePathname() ?? '/');
  return (
    <main id="main" className="flex-1" aria-label={embedded ? 'Embedded simulation' : undefined}>
      {children}
    </main>
  );
}
