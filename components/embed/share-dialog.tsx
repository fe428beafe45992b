'use client';
/**
 * "Share / embed" for one figure in a chapter: the link to this page with the
 * figure's current settings, and an iframe snippet with those settings and a
 * chosen theme, controls and autoplay, previewed live in a real embed frame.
 * Loaded only when a reader opens it (see share-button.tsx), so chapters do
 * not carry it in their first load.
 */
import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '@/components/controls/copy-button';
import { Segmented } from '@/components/controls/segmented';
import { Toggle } from '@/components/controls/toggle';
import { EMBED_CONTROLS, EMBED_THEMES, type EmbedControls } from '@/lib/embed/options';
import { EMBED_PROTOCOL, type EmbedTheme } from '@/lib/embed/envelope';
import { embedUrl, iframeSnippet } from '@/lib/embed/snippet';
import type { SimValues } from '@/lib/url/sim-query';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { defaultValues } from '@/simulations/core/params';

export type ShareDialogProps = {
  entry: AnySimulationEntry;
  /** The figure's current parameters (and seed, for seeded models). */
  values: SimValues;
  panel: string | undefined;
  animated: boolean;
  onClose: () => void;
};

const PREVIEW_MAX_PX = 420;

/**
 * A message from the preview frame, not yet checked. Declared out here: inside the hook, ESLint's
 * (Babel's) scope analysis would read its `height` key as the `height` state, a false exhaustive-deps report.
 */
type FrameMessage = { protocol?: unknown; type?: unknown; height?: unknown } | null;

/** Height the preview frame reports (lib/embed/protocol.ts), capped so the dialog stays on screen. */
function usePreviewHeight(frame: React.RefObject<HTMLIFrameElement | null>) {
  const [height, setHeight] = useState(240);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as FrameMessage;
      if (e.source !== frame.current?.contentWindow || d?.protocol !== EMBED_PROTOCOL || d.type !== 'resize' || typeof d.height !== 'number') return;
      setHeight(Math.min(Math.max(d.height, 120), PREVIEW_MAX_PX));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
  return height;
}

export default function ShareDialog({ entry, values, panel, animated, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [controls, setControls] = useState<EmbedControls>('full');
  const [autoplay, setAutoplay] = useState(false);
  const previewHeight = usePreviewHeight(preview);

  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);

  const origin = window.location.origin;
  const defaults = { ...defaultValues(entry.params), seed: 1 };
  const choice = { theme, controls, autoplay, panel: panel && panel !== entry.panels[0] ? panel : undefined };
  const src = embedUrl(origin, entry.id, values, defaults, choice);
  const snippet = iframeSnippet(origin, src, `Simulation: ${entry.title}`);
  const link = window.location.href;

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
      aria-labelledby="share-title"
      className="m-auto w-[min(44rem,calc(100vw-1.5rem))] max-h-[calc(100dvh-1.5rem)] overflow-y-auto rounded-xl border border-rule bg-card p-0 font-sans text-ink shadow-2xl backdrop:bg-black/50"
      data-share-dialog={entry.id}
    >
      <div className="space-y-4 p-4 sm:p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id="share-title" className="text-lg font-semibold leading-tight">
            Share or embed “{entry.title}”
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="h-7 rounded-md px-2 text-xs font-semibold text-ink-2 hover:bg-paper-2 hover:text-ink"
          >
            Close
          </button>
        </div>
        <section aria-labelledby="share-link" className="space-y-1.5">
          <div className="flex items-center justify-between gap-2">
            <h3 id="share-link" className="text-sm font-semibold">
              Link to this figure, with its settings
            </h3>
            <CopyButton text={link} label="Copy link" />
          </div>
          <input
            readOnly
            value={link}
            aria-labelledby="share-link"
            onFocus={(e) => e.currentTarget.select()}
            className="h-8 w-full rounded-md border border-rule bg-paper-2 px-2 text-xs text-ink-2"
          />
        </section>
        <section aria-labelledby="share-embed" className="space-y-3">
          <h3 id="share-embed" className="text-sm font-semibold">
            Embed in your page
          </h3>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-ink-2">
            <span className="flex items-center gap-2">
              Theme{' '}
              <Segmented label="Theme of the embed" options={EMBED_THEMES.map((t) => ({ value: t, label: t }))} value={theme} onChange={setTheme} size="sm" />
            </span>
            <span className="flex items-center gap-2">
              Controls{' '}
              <Segmented
                label="Controls of the embed"
                options={EMBED_CONTROLS.map((c) => ({ value: c, label: c }))}
                value={controls}
                onChange={setControls}
                size="sm"
              />
            </span>
            {animated && (
              <span className="flex items-center gap-2">
                Autoplay <Toggle label="Start playing when loaded" checked={autoplay} onChange={setAutoplay} />
              </span>
            )}
          </div>
          <div className="rounded-lg border border-rule bg-paper-2">
            <div className="flex items-center justify-between gap-2 border-b border-rule px-3 py-1.5 text-xs font-semibold text-ink-2">
              HTML
              <CopyButton text={snippet} label="Copy snippet" />
            </div>
            <pre
              className="max-h-32 overflow-auto whitespace-pre-wrap break-all px-3 py-2 text-[0.7rem] leading-relaxed"
              tabIndex={0}
              aria-label="Embed snippet"
              data-share-snippet
            >
              {snippet}
            </pre>
          </div>
          <div>
            <p className="mb-1 text-xs font-semibold text-ink-2">Preview</p>
            <iframe
              ref={preview}
              key={src}
              src={src}
              title={`Preview of the embedded ${entry.title}`}
              className="block w-full rounded-lg border border-rule"
              style={{ height: previewHeight }}
            />
          </div>
          <p className="text-xs text-ink-3">
            Options, the message protocol and every parameter:{' '}
            <a href="/embed/" className="text-accent underline-offset-2 hover:underline">
              embedding guide
            </a>
            .
          </p>
        </section>
      </div>
    </dialog>
  );
}
