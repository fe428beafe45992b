'use client';
/**
 * How far the diagnosis of a long paste has got: "Reading 4.2 of 10 MB…"
 * and a bar, in a polite status region (announced when the reader is idle,
 * never interrupting). Short pastes are answered before this would be read.
 */
import type { DiagnoseProgress } from '@/lib/diagnose';

/** Below half a megabyte the answer comes within a moment: no progress is shown. */
export const SHOW_PROGRESS_FROM_CHARS = 500_000;

/** Megabytes with one decimal below 10, whole from 10: "4.2", "10". */
function mb(chars: number): string {
  const n = chars / 1_000_000;
  return n.toLocaleString('en-US', { minimumFractionDigits: n < 10 ? 1 : 0, maximumFractionDigits: n < 10 ? 1 : 0 });
}

export function progressText({ read, total }: DiagnoseProgress): string {
  return `Reading ${mb(read)} of ${mb(total)} MB…`;
}

export function Progress({ progress }: { progress: DiagnoseProgress | null }) {
  // The status region stays in the page, so that screen readers notice what appears in it.
  return (
    <div role="status" aria-atomic="true" className={progress ? 'mb-6' : undefined}>
      {progress && (
        <div className="rounded-xl border border-rule bg-paper-2 px-4 py-3" data-progress>
          <p className="text-sm font-semibold text-ink tabular">{progressText(progress)}</p>
          <progress className="mt-2 block h-1.5 w-full accent-[var(--accent)]" max={progress.total} value={progress.read} aria-hidden="true" />
        </div>
      )}
    </div>
  );
}
