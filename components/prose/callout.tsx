import type { ReactNode } from 'react';

const styles = {
  note: { label: 'Note', box: 'border-accent/40 bg-accent-soft/60', title: 'text-accent' },
  try: { label: 'Try it', box: 'border-good/40 bg-good-soft', title: 'text-good' },
  warning: { label: 'Careful', box: 'border-warn/40 bg-warn-soft', title: 'text-warn' },
} as const;

export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof styles; title?: string; children: ReactNode }) {
  const s = styles[kind];
  return (
    // A note within the text, not a page landmark: chapters repeat titles like "Things to try",
    // and landmarks must have unique names.
    <div
      role="note"
      className={`not-prose my-8 rounded-lg border px-5 py-4 font-sans text-[0.95rem] leading-relaxed text-ink ${s.box}`}
      aria-label={title ?? s.label}
    >
      <p className={`mb-1.5 text-xs font-bold uppercase tracking-wider ${s.title}`}>{title ?? s.label}</p>
      <div className="space-y-2 [&_a]:text-accent [&_a]:underline [&_code]:font-mono [&_code]:text-[0.85em] [&_li]:ml-5 [&_li]:list-disc">{children}</div>
    </div>
  );
}
