/**
 * The embed's own URL options (besides the simulation's `<id>.<param>` keys,
 * which go through the chapters' codec in lib/url/sim-query.ts):
 *   theme=light|dark|auto  controls=full|compact|none  autoplay=0|1  panel=<one of the entry's panels>
 * A bad value falls back to the default with a notice saying so, as bad
 * simulation parameters do; it never blanks the frame.
 */
import type { Notice } from '@/simulations/core/coerce';
import type { EmbedTheme } from './envelope';

export type EmbedControls = 'full' | 'compact' | 'none';
export type EmbedOptions = { theme: EmbedTheme; controls: EmbedControls; autoplay: boolean; panel: string };

export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
export const EMBED_CONTROLS: readonly EmbedControls[] = ['full', 'compact', 'none'];

/** What each option does, for the documentation page and the share dialog. */
export const EMBED_OPTION_HELP = {
  theme: 'light or dark, or auto to follow the reader’s system setting (default auto).',
  controls: 'full: title, presets, transport and every parameter; compact: title and transport; none: the figure alone, driven by messages (default full).',
  autoplay:
    '1 starts animated simulations playing once loaded (default 0, but 1 with controls=none, where nothing else could start them). Readers who prefer reduced motion still get step-by-step updates.',
  panel: 'which part of the simulation to show, one of its panels (default: the first).',
} as const;

function pick<T extends string>(raw: string | null, allowed: readonly T[], fallback: T, name: string, notices: Notice[]): T {
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push({
    param: name,
    message: `Embed option ${name}: “${raw.slice(0, 24)}” is not ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}; using ${fallback}.`,
  });
  return fallback;
}

export function readEmbedOptions(search: string, panels: readonly [string, ...string[]]): { options: EmbedOptions; notices: Notice[] } {
  const query = new URLSearchParams(search);
  const notices: Notice[] = [];
  const theme = pick(query.get('theme'), EMBED_THEMES, 'auto', 'theme', notices);
  const controls = pick(query.get('controls'), EMBED_CONTROLS, 'full', 'controls', notices);
  // Without controls nothing but the host could start the figure, so it starts by itself unless told not to.
  const autoplay = pick(query.get('autoplay'), ['0', '1'], controls === 'none' ? '1' : '0', 'autoplay', notices) === '1';
  const panel = pick(query.get('panel'), panels, panels[0], 'panel', notices);
  return { options: { theme, controls, autoplay, panel }, notices };
}
