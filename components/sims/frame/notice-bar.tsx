'use client';
import type { Notice } from '@/simulations/core/coerce';

/** Tells the reader which link parameters were adjusted and why. */
export function NoticeBar({
  notices,
  onDismiss,
  title = 'Some settings in the link were adjusted',
}: {
  notices: readonly Notice[];
  onDismiss: () => void;
  title?: string;
}) {
  return (
    <div
      role="status"
      className="mb-3 flex items-start gap-3 rounded-lg border border-warn/40 bg-warn-soft px-4 py-2.5 text-sm text-ink"
      data-testid="param-notice"
    >
      <svg viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 text-warn" fill="currentColor" aria-hidden="true">
        <path d="M10 2 1 18h18L10 2Zm0 5.5 .9 6H9.1l.9-6ZM10 15a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" />
      </svg>
      <div className="flex-1">
        <p className="font-semibold">{title}</p>
        <ul className="mt-0.5 space-y-0.5">
          {notices.map((n, i) => (
            <li key={`${n.param}-${i}`}>{n.message}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onDismiss} className="rounded px-2 py-0.5 text-xs font-semibold text-warn hover:bg-warn/10">
        Dismiss
      </button>
    </div>
  );
}
