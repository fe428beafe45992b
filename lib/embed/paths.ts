/**
 * /embed/<sim>/ is a frame for other sites: no site header or footer, framable
 * by anyone. /embed/ itself is the documentation page, an ordinary page.
 * (scripts/csp.mjs applies the same rule to frame-ancestors; it cannot import TypeScript.)
 */
export function isEmbedFramePath(pathname: string): boolean {
  return /^\/embed\/[^/]+/.test(pathname);
}
