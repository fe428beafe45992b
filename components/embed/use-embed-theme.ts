'use client';
/**
 * Applies the host's theme choice to the embedded page: light, dark, or auto
 * (the reader's system setting, followed live). Nothing is stored: a frame's
 * theme belongs to the page that embeds it.
 */
import { useEffect } from 'react';
import { applyTheme } from '@/lib/theme/apply-theme';
import type { EmbedTheme } from '@/lib/embed/protocol';

export function useEmbedTheme(theme: EmbedTheme) {
  useEffect(() => {
    applyTheme(theme === 'auto' ? 'system' : theme);
    if (theme !== 'auto') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [theme]);
}
