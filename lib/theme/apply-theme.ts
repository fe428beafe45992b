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
 * Re-applies the system theme whenever the reader's system setting changes; returns the unsubscribe.
 * A change between the inline theme script (lib/theme/theme-script.ts) and hydration fired no event
 * anyone heard, so the theme is brought up to date once here too, unless the page's choice is a
 * stored light or dark (the switch subscribes before it has read that choice back).
 */
export function followSystemTheme(): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => applyTheme('system');
  media.addEventListener('change', follow);
  const choice = document.documentElement.dataset.themeChoice;
  if (choice !== 'light' && choice !== 'dark') follow();
  return () => media.removeEventListener('change', follow);
}
