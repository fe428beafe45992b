'use client';
/**
 * A copyable embed snippet written for the address this site is served from
 * (a static export can be hosted anywhere, so it is read in the browser; the
 * server-rendered text uses a placeholder until then).
 */
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/controls/copy-button';

const PLACEHOLDER = 'https://this-site.example';

/** `template` holds `{origin}` wherever the site's address goes. */
export function SnippetExample({ template, label }: { template: string; label: string }) {
  const [origin, setOrigin] = useState(PLACEHOLDER);
  useEffect(() => setOrigin(window.location.origin), []);
  const text = template.replaceAll('{origin}', origin);
  return (
    <figure className="not-prose mt-3 rounded-lg border border-rule bg-paper-2">
      <figcaption className="flex items-center justify-between gap-2 border-b border-rule px-3 py-1.5 text-xs font-semibold text-ink-2">
        {label}
        <CopyButton text={text} label="Copy" />
      </figcaption>
      <pre className="overflow-x-auto px-3 py-2 text-xs leading-relaxed text-ink" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}
