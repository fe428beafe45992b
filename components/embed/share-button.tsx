'use client';
/**
 * The "Share / embed" button of a chapter figure. The dialog's code is fetched
 * on the first click, so a chapter's first-load JavaScript stays within budget.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import type { ShareDialogProps } from './share-dialog';

const ShareDialog = lazy(() => import('./share-dialog'));

type Props = Omit<ShareDialogProps, 'onClose' | 'panel'> & { className: string };

export function ShareButton({ className, ...figure }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The figure's panel, as the chapter's <Simulation panel=…> set it (bind-entry.tsx marks it on the wrapper).
  const panel = () => button.current?.closest<HTMLElement>('[data-panel]')?.dataset.panel;
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" className={className}>
        Share / embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog
            {...figure}
            panel={panel()}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
