import type { ReactNode } from 'react';
import './deck.css';

/** Slides: the deck's own type scale, contrast and print pages (deck.css). */
export default function PresentLayout({ children }: { children: ReactNode }) {
  return children;
}
