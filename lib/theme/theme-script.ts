/**
 * Runs in <head> before first paint so the page never flashes the wrong theme.
 * Kept as a string: the static server hashes it into the CSP (no 'unsafe-inline').
 * The stored choice is 'light', 'dark' or absent (= follow the system).
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){try{var c=localStorage.getItem('${THEME_STORAGE_KEY}');var d=c==='light'||c==='dark'?c:(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light');document.documentElement.dataset.theme=d;document.documentElement.dataset.themeChoice=c==='light'||c==='dark'?c:'system'}catch(e){document.documentElement.dataset.theme='light'}})();`;
