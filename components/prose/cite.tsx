import { useId } from 'react';
import { references } from '@/content/references';

/** A numbered citation into the chapter's source list; the number is assigned at compile time. */
export function Cite({ id, n, loc }: { id: string; n?: string; loc?: string }) {
  const ref = references.find((r) => r.id === id);
  const tipId = useId();
  if (!ref) return <sup className="text-warn">[?]</sup>;
  return (
    <span className="cite">
      <a href={`#source-${id}`} className="cite-link" aria-describedby={tipId}>
        [{n ?? '•'}]
      </a>
      <span role="tooltip" id={tipId} className="cite-tip">
        <span className="tip-title">{ref.title}</span>
        {ref.authors}, {ref.venue}, {ref.year}
        {loc ? ` — ${loc}` : ''}
      </span>
    </span>
  );
}
