'use client';
/**
 * One simulation alone, for other sites to frame (/embed/<sim>/): the figure
 * with as much chrome as the URL asks for, notices for bad options, and a
 * link back to the chapter section the figure comes from. The server renders
 * the defaults; URL options (theme, controls, autoplay, panel) are applied on
 * the client, since a static page cannot read its query string.
 */
import { usePathname } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NoticeBar } from '@/components/sims/frame/notice-bar';
import { lateBindingFor } from '@/components/sims/frame/bindings';
import { readEmbedOptions, type EmbedOptions } from '@/lib/embed/options';
import type { EmbedTheme } from '@/lib/embed/envelope';
import type { EmbedSource } from '@/lib/embed/source-section';
import { site } from '@/lib/site';
import type { Notice } from '@/simulations/core/coerce';
import { EmbedContext, type EmbedFrameContext } from './embed-context';
import { useEmbedBridge } from './use-embed-bridge';
import { useEmbedTheme } from './use-embed-theme';

type Props = { id: string; panels: readonly [string, ...string[]]; source?: EmbedSource };

export function EmbedFrame({ id, panels, source }: Props) {
  const path = usePathname() ?? '/';
  const root = useRef<HTMLDivElement>(null);
  const [options, setOptions] = useState<EmbedOptions>({ theme: 'auto', controls: 'full', autoplay: false, panel: panels[0] });
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [optionsRead, setOptionsRead] = useState(false);

  useEffect(() => {
    const read = readEmbedOptions(window.location.search, panels);
    setOptions(read.options);
    setTheme(read.options.theme);
    setNotices(read.notices);
    setOptionsRead(true);
  }, [panels]);
  // Reveal the figure only once it renders with the URL's options (see themeScript).
  useEffect(() => {
    if (optionsRead) delete document.documentElement.dataset.embedPending;
  }, [optionsRead]);

  useEmbedTheme(optionsRead ? theme : undefined);
  const bridge = useEmbedBridge(id, path, root, theme, setTheme);
  const context: EmbedFrameContext = useMemo(
    () => ({ controls: options.controls, autoplay: options.autoplay, clockChanged: bridge.clockChanged }),
    [options.controls, options.autoplay, bridge.clockChanged],
  );

  const Binding = lateBindingFor(id);
  const where = source ? [source.chapter, source.section].filter(Boolean).join(' › ') : '';
  return (
    <div ref={root} data-embed-root={id} data-controls={options.controls} className="p-2 font-sans sm:p-3">
      {notices.length > 0 && <NoticeBar title="Some embed options were adjusted" notices={notices} onDismiss={() => setNotices([])} />}
      <EmbedContext.Provider value={context}>{Binding && <Binding use="simulation" panel={options.panel} />}</EmbedContext.Provider>
      {source && (
        <p className="mt-2 flex flex-wrap items-baseline justify-end gap-x-2 text-xs text-ink-3">
          <a
            href={source.href}
            target="_blank"
            rel="noopener"
            title={where}
            data-embed-source
            className="font-medium text-accent underline-offset-2 hover:underline"
          >
            {site.name}: open in the full explanation ↗
          </a>
        </p>
      )}
    </div>
  );
}
