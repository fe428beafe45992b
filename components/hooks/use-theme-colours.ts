'use client';
import { useEffect, useState } from 'react';

/**
 * Reads design tokens (CSS custom properties) for canvas drawing, and reads them
 * again when the theme changes, so canvas figures follow light/dark like the DOM.
 */
export function useThemeColours<K extends string>(names: readonly K[]): Record<K, string> | undefined {
  const [colours, setColours] = useState<Record<K, string>>();
  const key = names.join(',');
  useEffect(() => {
    const read = () => {
      const style = getComputedStyle(document.documentElement);
      setColours(Object.fromEntries(names.map((n) => [n, style.getPropertyValue(`--${n}`).trim()])) as Record<K, string>);
    };
    read();
    const mo = new MutationObserver(read);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => mo.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the names' content, not the array's identity
  }, [key]);
  return colours;
}
