'use client';
/**
 * Applies the host's theme choice to the embedded page: light, dark, or auto
 * (the reader's system setting, followed live). Nothing is stored: a frame's
 * theme belongs to the page that embeds it.
 */
import { useEffect } from 'react';
import { applyTheme, followSystemTheme } from '@/lib/theme/apply-theme';
import type { EmbedTheme } from '@/lib/embed/envelope';

export function useEmbedTheme(theme: EmbedTheme) {
  useEffect(() => {
    applyTheme(theme === 'auto' ? 'system' : theme);
    return theme === 'auto' ? followSystemTheme() : undefined;
  }, [theme]);
}
