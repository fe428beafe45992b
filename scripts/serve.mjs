// @ts-check
/**
 * Serves the static export (out/) with security headers:
 *   PORT=3000 HOST=0.0.0.0 node scripts/serve.mjs [dir]
 * Files come from sirv (cached file list, so nothing outside `dir` can be
 * reached); this wrapper adds the per-page CSP, refuses `..`, redirects
 * `/route` to `/route/` (trailingSlash) and answers misses with 404.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { inlineScriptHashes, securityHeaders } from './csp.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * URL path of every file below `dir` (dotfiles skipped, as sirv skips them).
 * @param {string} dir
 * @returns {string[]} e.g. ['/index.html', '/_next/static/chunks/a.js']
 */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')));
}

/**
 * The file sirv serves for a decoded pathname (its lookup order with
 * extensions ['html']): /a/ → /a, /a/index, /a.html, /a/index.html.
 * @param {string} pathname
 * @param {Set<string>} files
 */
export function resolveFile(pathname, files) {
  const base = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const candidates = ['', '.html'].flatMap((ext) => (base ? [base + ext, `${base}/index${ext}`] : [`/index${ext}`]));
  return candidates.find((candidate) => files.has(candidate));
}

/** Decoded pathname of a request target, or null when it is malformed or climbs with `..`. */
function safePathname(/** @type {string} */ url) {
  const raw = url.split(/[?#]/)[0] ?? '';
  let pathname;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!pathname.startsWith('/') || pathname.includes('\0')) return null;
  return pathname.split(/[/\\]/).includes('..') ? null : pathname;
}

/**
 * An HTTP server for a static export. Resolves once it is listening.
 * @param {{ dir?: string, port?: number, host?: string }} [options] port 0 = any free port
 */
export async function createServer({ dir = join(ROOT, 'out'), port = 0, host } = {}) {
  const root = resolve(dir);
  const fileList = listFiles(root);
  const files = new Set(fileList);
  /** @type {Map<string, string[]>} html file → hashes of its inline scripts */
  const hashes = new Map();
  for (const file of fileList.filter((f) => f.endsWith('.html'))) {
    hashes.set(file, inlineScriptHashes(readFileSync(join(root, file), 'utf8')));
  }
  const notFoundPage = files.has('/404.html') ? readFileSync(join(root, '404.html')) : null;
  const serveFile = sirv(root, { dev: false, etag: true, extensions: ['html'], dotfiles: false });

  /** @param {http.ServerResponse} res @param {number} status @param {string} body */
  const plain = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    const pathname = safePathname(req.url ?? '/');
    const file = pathname === null ? undefined : resolveFile(pathname, files);
    const headers = securityHeaders({ pathname: pathname ?? '/', scriptHashes: file ? hashes.get(file) : [] });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method Not Allowed\n');
    }
    if (pathname === null) return plain(res, 400, 'Bad Request\n');
    if (file === `${pathname}/index.html`) {
      // trailingSlash: true — one URL per page, and relative links resolve as in production.
      const query = (req.url ?? '').slice((req.url ?? '').split(/[?#]/)[0]?.length);
      res.writeHead(308, { Location: encodeURI(pathname) + '/' + query });
      return res.end();
    }
    // Hashed build assets never change; everything else revalidates with its ETag.
    const buildAsset = pathname.startsWith('/_next/static/');
    res.setHeader('Cache-Control', buildAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    // An embed in a sandboxed iframe has an opaque origin ("null"), so even our own fonts
    // are cross-origin to it; build assets are public, so anyone may read them.
    if (buildAsset) res.setHeader('Access-Control-Allow-Origin', '*');
    serveFile(req, res, () => {
      if (!notFoundPage) return plain(res, 404, 'Not Found\n');
      res.setHeader('Content-Security-Policy', securityHeaders({ pathname, scriptHashes: hashes.get('/404.html') })['Content-Security-Policy']);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
      res.end(req.method === 'HEAD' ? undefined : notFoundPage);
    });
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: actualPort,
    url: `http://localhost:${actualPort}`,
    pages: hashes.size,
    /** @returns {Promise<void>} */
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Start from the environment (PORT, HOST), log one line, stop on SIGINT/SIGTERM.
 * @param {{ dir?: string }} [options]
 */
export async function serve({ dir = process.argv[2] ?? join(ROOT, 'out') } = {}) {
  const root = resolve(dir);
  try {
    readdirSync(root);
  } catch {
    console.error(`serve: ${root} does not exist — run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST || '0.0.0.0';
  const running = await createServer({ dir: root, port, host });
  console.log(`serving ${relative(process.cwd(), root) || '.'}/ (${running.pages} pages) at ${running.url}`);
  const stop = () => {
    running.server.closeAllConnections();
    running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  serve().catch((error) => {
    console.error(`serve: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
