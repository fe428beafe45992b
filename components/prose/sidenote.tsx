import type { ReactNode } from 'react';

/**
 * A numbered margin note. It is a <span> so it can sit inside a paragraph;
 * CSS floats it into the margin on wide screens and shows it inline below that.
 */
export function Sidenote({ number, children }: { number?: string; children: ReactNode }) {
  return (
    <>
      <sup className="sidenote-ref" aria-hidden="true">{number}</sup>
      <span className="sidenote" role="note" aria-label={`Sidenote ${number ?? ''}`.trim()}>
        <span className="sidenote-number" aria-hidden="true">{number}</span>
        {children}
      </span>
    </>
  );
}
