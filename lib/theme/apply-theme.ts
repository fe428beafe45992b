/** Sets the page's theme attributes (what the CSS tokens in globals.css key on). 'system' follows prefers-color-scheme now. */
export type ThemeChoice = 'light' | 'system' | 'dark';

export function systemTheme(): 'light' | 'dark' {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice) {
  const root = document.documentElement;
  root.dataset.themeChoice = choice;
  root.dataset.theme = choice === 'system' ? systemTheme() : choice;
}

/**
 * Follows the reader's system setting from now on: applies it at once (a change between the inline
 * theme script, lib/theme/theme-script.ts, and hydration fired no event anyone heard) and again on
 * every change. Returns the unsubscribe.
 */
export function followSystemTheme(): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => applyTheme('system');
  media.addEventListener('change', follow);
  follow();
  return () => media.removeEventListener('change', follow);
}
