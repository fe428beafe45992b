import type { ReactNode } from 'react';

/**
 * A numbered note, written inside a paragraph right after what it annotates.
 * This renders the reference mark and the margin copy (wide screens); the MDX
 * pipeline adds a <SidenoteBlock> copy after the paragraph for narrow screens.
 */
export function Sidenote({ number, children }: { number?: string; children: ReactNode }) {
  return (
    <>
      <sup className="sidenote-ref" aria-hidden="true">
        {number}
      </sup>
      <span className="sidenote" role="note" aria-label={`Sidenote ${number ?? ''}`.trim()}>
        <span className="sidenote-number" aria-hidden="true">
          {number}
        </span>
        {children}
      </span>
    </>
  );
}

/** The narrow-screen copy of a sidenote, placed after its paragraph by the pipeline. */
export function SidenoteBlock({ number, children }: { number?: string; children: ReactNode }) {
  return (
    <aside className="sidenote-block" role="note" aria-label={`Sidenote ${number ?? ''}`.trim()}>
      <span className="sidenote-number" aria-hidden="true">
        {number}
      </span>
      {children}
    </aside>
  );
}
