'use client';
/**
 * Applies the host's theme choice to the embedded page: light, dark, or auto
 * (the reader's system setting, followed live). Nothing is stored: a frame's
 * theme belongs to the page that embeds it.
 */
import { useEffect } from 'react';
import { applyTheme, followSystemTheme } from '@/lib/theme/apply-theme';
import type { EmbedTheme } from '@/lib/embed/envelope';

/**
 * `theme` is undefined until the frame has read its URL: the inline theme script (lib/theme/theme-script.ts)
 * already applied the URL's theme, and applying a default before the URL is read flashed the system's
 * theme over a frame asked to be light or dark.
 */
export function useEmbedTheme(theme: EmbedTheme | undefined) {
  useEffect(() => {
    if (theme === undefined) return undefined;
    if (theme === 'auto') return followSystemTheme();
    applyTheme(theme);
    return undefined;
  }, [theme]);
}
