'use client';
import { useEffect, useState } from 'react';

/** Screen-reader summary of a simulation's state, announced at most every 800 ms. */
export function LiveSummary({ text }: { text: string }) {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(text), 800);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {announced}
    </p>
  );
}
