/**
 * Runs in <head> before first paint so the page never flashes the wrong theme.
 * Kept as a string: the static server hashes it into the CSP (no 'unsafe-inline').
 * The stored choice is 'light', 'dark' or absent (= follow the system).
 *
 * Embedded figures (/embed/<sim>/) take the theme from their URL instead
 * (`theme=light|dark|auto`, the host's choice) and never touch storage: a
 * sandboxed frame has none, and reading it throws. When the URL asks for other
 * controls or another panel than the server rendered, the figure stays hidden
 * (data-embed-pending, see globals.css) until the client has applied them.
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){var r=document.documentElement,c=null;if(/^\\/embed\\/[^/]/.test(location.pathname)){var q=new URLSearchParams(location.search);c=(q.get('theme')||'').toLowerCase();if(q.has('controls')||q.has('panel'))r.dataset.embedPending='';}else{try{c=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}}var k=c==='light'||c==='dark',d='light';try{d=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}catch(e){}r.dataset.theme=k?c:d;r.dataset.themeChoice=k?c:'system'})();`;
