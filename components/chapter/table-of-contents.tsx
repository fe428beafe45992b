'use client';
/**
 * "On this page": sticky in the left column on wide screens (highlighting the
 * section being read), a collapsible list above the text on narrow ones.
 */
import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/mdx/rehype-toc';

function useActiveHeading(ids: string[]): string | undefined {
  const [active, setActive] = useState<string>();
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    const update = () => {
      let current: string | undefined;
      for (const h of headings) if (h.getBoundingClientRect().top < 120) current = h.id;
      setActive(current);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, not array identity, which changes every render
  }, [ids.join(' ')]);
  return active;
}

function Links({ entries, active }: { entries: TocEntry[]; active?: string }) {
  return (
    <ol className="space-y-1 text-sm">
      {entries.map((e) => (
        <li key={e.id} className={e.depth === 3 ? 'pl-3' : ''}>
          <a
            href={`#${e.id}`}
            aria-current={active === e.id ? 'location' : undefined}
            className="block rounded py-0.5 leading-snug text-ink-2 hover:text-ink aria-[current=location]:font-semibold aria-[current=location]:text-accent"
          >
            {e.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const active = useActiveHeading(entries.map((e) => e.id));
  if (entries.length === 0) return null;
  return (
    <>
      <details className="mx-auto mb-8 max-w-[42rem] rounded-lg border border-rule bg-paper-2 px-4 py-3 font-sans xl:hidden">
        <summary className="cursor-pointer text-sm font-semibold text-ink">On this page</summary>
        <nav aria-label="On this page (compact)" className="mt-3">
          <Links entries={entries} active={active} />
        </nav>
      </details>
      <nav data-toc aria-label="On this page" className="sticky top-20 hidden max-h-[calc(100vh-6rem)] overflow-y-auto font-sans xl:block">
        <p className="mb-3 text-xs font-bold uppercase tracking-[0.12em] text-ink-3">On this page</p>
        <Links entries={entries} active={active} />
      </nav>
    </>
  );
}
