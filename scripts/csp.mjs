// @ts-check
/**
 * Content-Security-Policy for the static export, without 'unsafe-inline' or
 * 'unsafe-eval' for scripts. Next writes its RSC payload and bootstrap as
 * inline <script> elements (`self.__next_f.push(…)`, the Turbopack chunk
 * list) and the app has an inline theme script, so every HTML file gets a
 * policy that lists the sha256 of each of its own inline scripts.
 *
 * Pure functions only; scripts/serve.mjs does the file reading.
 */
import { createHash } from 'node:crypto';
import { isInlineExecutable, scanHtml } from './html-tags.mjs';

/**
 * The CSP source expression for a script's text: the browser hashes the UTF-8
 * bytes of the element's text after the HTML parser has normalised newlines
 * (CRLF and lone CR become LF), so we do the same.
 * @param {string} text
 * @returns {string} e.g. `'sha256-…'` (quotes included)
 */
export function hashScript(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/**
 * Hash source expressions for every inline executable script of a page,
 * deduplicated, in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = scanHtml(html)
    .scripts.filter(isInlineExecutable)
    .map((s) => hashScript(s.text));
  return [...new Set(hashes)];
}

/** Frames under /embed/<sim>/ are meant to be iframed by any site; the rest (the /embed/ docs page too) only by us. */
export function isEmbedPath(/** @type {string} */ pathname) {
  return /^\/embed\/[^/]/.test(pathname);
}

/**
 * The policy string for a response.
 * @param {{ pathname: string, scriptHashes?: readonly string[] }} options
 * @returns {string}
 */
export function buildCsp({ pathname, scriptHashes = [] }) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", ...scriptHashes].join(' ')],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', isEmbedPath(pathname) ? '*' : "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Every security header the server sends. No X-Frame-Options: it cannot allow
 * "any site" for /embed/, and CSP frame-ancestors supersedes it.
 * @param {{ pathname: string, scriptHashes?: readonly string[] }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': buildCsp(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Only features Chromium recognises: an unknown name logs a console error.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
