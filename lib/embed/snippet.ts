/**
 * Links and HTML snippets for embedding a simulation: used by the share
 * dialog next to every figure and by the /embed documentation page, so both
 * write the same markup (the one e2e/embed.spec.ts tests on a foreign host).
 */
import { writeSimQuery, type SimValues } from '@/lib/url/sim-query';
import type { EmbedControls } from './options';
import type { EmbedTheme } from './envelope';

export type EmbedChoice = { theme?: EmbedTheme; controls?: EmbedControls; autoplay?: boolean; panel?: string };

/** Starting height before the frame reports its own (public/embed.js then sizes it). */
export const DEFAULT_FRAME_HEIGHT = 560;

/**
 * /embed/<id>/ with the simulation's parameters (only those that differ from
 * the defaults, in the chapters' `<id>.<param>` form) and the embed options
 * that differ from theirs.
 */
export function embedUrl(origin: string, simId: string, values: SimValues, defaults: SimValues, choice: EmbedChoice = {}): string {
  const query = new URLSearchParams(writeSimQuery('', simId, values, defaults));
  if (choice.panel) query.set('panel', choice.panel);
  if (choice.theme && choice.theme !== 'auto') query.set('theme', choice.theme);
  if (choice.controls && choice.controls !== 'full') query.set('controls', choice.controls);
  if (choice.autoplay) query.set('autoplay', '1');
  const search = query.toString();
  return `${origin}/embed/${simId}/${search ? `?${search}` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An <iframe> plus the helper script that sizes it; works without the script too (fixed height, scrolls). */
export function iframeSnippet(origin: string, src: string, title: string): string {
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${DEFAULT_FRAME_HEIGHT}" style="border:0;width:100%;max-width:100%" allow="fullscreen; clipboard-write"></iframe>`,
    `<script src="${attr(origin)}/embed.js" async></script>`,
  ].join('\n');
}
