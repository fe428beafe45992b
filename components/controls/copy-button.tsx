'use client';
import { useEffect, useState } from 'react';

/** Copies `text`; says so for a moment. Clipboard can be blocked: the text stays selectable beside it. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(t);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Permissions, an insecure context or a sandboxed frame: the text is on screen to select by hand.
    }
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="h-7 shrink-0 rounded-md border border-rule bg-card px-2.5 text-xs font-semibold text-ink-2 hover:border-accent hover:text-ink"
    >
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
    </button>
  );
}
