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
