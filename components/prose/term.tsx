import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import { glossary } from '@/content/glossary';

/** A glossary term: link to its entry, underlined in its pipeline stage's colour, with a tooltip. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossary.find((g) => g.id === id);
  const tipId = useId();
  // The build rejects unknown ids; this guards content rendered outside the pipeline.
  if (!entry) return <span className="text-warn">{children ?? id}</span>;
  return (
    <span className="term" style={{ ['--term-colour' as string]: `var(--stage-${entry.stage})` }}>
      <Link href={`/glossary/#${entry.id}`} className="term-link" aria-describedby={tipId}>
        {children ?? entry.term}
      </Link>
      <span role="tooltip" id={tipId} className="term-tip">
        <span className="tip-title">{entry.term}</span>
        {entry.short}
      </span>
    </span>
  );
}
