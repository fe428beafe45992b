import type { ReactNode } from 'react';

/** A numbered figure; the number is assigned at compile time (lib/mdx/remark-content.ts). */
export function Figure({ id, number, caption, children }: { id: string; number?: string; caption: string; children: ReactNode }) {
  return (
    <figure id={id} className="not-prose mx-0 my-10 scroll-mt-20 xl:clear-both xl:-mr-[20rem]">
      <div>{children}</div>
      <figcaption className="mt-3 max-w-[42rem] font-sans text-sm leading-relaxed text-ink-2">
        {number && <span className="mr-1.5 font-semibold text-ink">Figure {number}.</span>}
        {caption}
      </figcaption>
    </figure>
  );
}
