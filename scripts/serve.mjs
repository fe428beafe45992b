// @ts-check
/**
 * Serves the static export (out/) with security headers:
 *   PORT=3000 HOST=0.0.0.0 node scripts/serve.mjs [dir]
 * Files come from sirv (cached file list, so nothing outside `dir` can be
 * reached); this wrapper adds the per-page CSP, refuses `..`, redirects
 * `/route` to `/route/` (trailingSlash) and answers misses with 404.html.
 * It also decides Range requests itself (RFC 9110 §14; sirv's own parsing is
 * unsafe) and keeps serving whatever a request does: a failing request gets a
 * 500 or a closed connection, never a dead process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rangeParser from 'range-parser';
import sirv from 'sirv';
import { inlineScriptHashes, securityHeaders } from './csp.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Longest request line plus headers the server reads, in bytes. It is Node's
 * default, set explicitly so that `--max-http-header-size` (or NODE_OPTIONS)
 * cannot change what the 431 page says and what the tests rely on.
 */
export const MAX_HEADER_SIZE = 16 * 1024;

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
 * @typedef {{ kind: 'full' } | { kind: 'partial', start: number, end: number } | { kind: 'unsatisfiable' }} RangeAnswer
 * full: 200 with the whole file; partial: 206 with bytes start..end (inclusive); unsatisfiable: 416.
 */

/** @type {RangeAnswer} */
const FULL = { kind: 'full' };

/**
 * How to answer a request's Range header for a file (RFC 9110 §14). Ignoring
 * Range and sending the whole file is always allowed (§14.2), so that is the
 * answer to anything but a single satisfiable range or nothing satisfiable.
 * @param {{ method?: string, range?: string, ifRange?: string }} request header values as Node gives them
 * @param {{ size: number, mtime: Date }} file
 * @returns {RangeAnswer}
 */
export function answerRange({ method, range, ifRange }, { size, mtime }) {
  // Range is defined for GET only and MUST be ignored on other methods (§14.2), HEAD included:
  // a HEAD answer describes the 200 a plain GET would get.
  if (method !== 'GET' || range === undefined) return FULL;
  // An origin server MUST ignore a range unit it does not understand (§14.2).
  if (!/^bytes=/i.test(range)) return FULL;
  if (ifRange !== undefined && !ifRangeHolds(ifRange, mtime)) return FULL;
  // No byte of an empty file can be addressed, yet §14.1.1 counts `bytes=-5` as satisfiable
  // for it: neither a 206 nor a 416 fits, so serve the (empty) file.
  if (size === 0) return FULL;
  const ranges = rangeParser(size, widenLongSuffixes(range, size), { combine: true });
  // Malformed (`bytes=abc`): ignore it (§14.2 lets a server ignore an invalid Range).
  if (ranges === -2) return FULL;
  // Nothing satisfiable: every range starts at or past the end, `bytes=-0`, or a reversed
  // `bytes=5-1`, which §14.1.1 calls invalid and §14.2 lets a server reject.
  if (ranges === -1) return { kind: 'unsatisfiable' };
  // Several ranges left after merging overlaps would need multipart/byteranges, which is
  // optional; the whole file answers them too.
  const [only] = ranges;
  if (ranges.length !== 1 || !only) return FULL;
  return { kind: 'partial', start: only.start, end: only.end };
}

/**
 * range-parser 1.x drops a suffix range longer than the file (`bytes=-500` of a
 * 100-byte file) as unsatisfiable, but §14.1.2 says it selects the whole file,
 * i.e. `0-`. (range-parser 2 does this itself but requires Node 22.)
 * @param {string} range
 * @param {number} size
 */
function widenLongSuffixes(range, size) {
  return range.replace(/([=,][ \t]*)-(\d+)(?=[ \t]*(?:,|$))/g, (spec, before, length) => (Number(length) > size ? `${before}0-` : spec));
}

/**
 * If-Range (§13.1.5) asks for the range only if the file is unchanged. An
 * entity-tag must match by strong comparison, and sirv's ETags are weak
 * (`W/"…"`), so no entity-tag ever holds. A date holds when it is exactly the
 * file's Last-Modified (sirv formats it with toUTCString); like nginx we take
 * that as strong, since a static export is written once per build.
 * @param {string} ifRange
 * @param {Date} mtime
 */
function ifRangeHolds(ifRange, mtime) {
  if (/^(W\/)?"/.test(ifRange)) return false;
  return ifRange === mtime.toUTCString();
}

/**
 * Passes a Range answer on to sirv. sirv 3 parses Range with bare parseInt and
 * no checks (it threw on `bytes=5-1`, read `bytes=-100` as 0-100 and served
 * the whole file as a 206 for garbage), so it only ever sees the one form it
 * handles right, `bytes=a-b` with 0 <= a <= b < size, or no Range at all.
 * @param {http.IncomingMessage} req
 * @param {RangeAnswer} answer
 * @param {number} size
 */
function handRangeToSirv(req, answer, size) {
  if (answer.kind === 'unsatisfiable') {
    // sirv answers a start at the end of the file with 416 and `Content-Range: bytes */size`,
    // after its If-None-Match check, which §13.2.2 puts first.
    req.headers.range = `bytes=${size}-`;
  } else if (answer.kind === 'partial' && !(answer.end === 0 && size > 1)) {
    req.headers.range = `bytes=${answer.start}-${answer.end}`;
  } else {
    // Includes `bytes=0-0`: sirv reads an end of 0 as "to the end", so the
    // only exact answer it can give is the whole file, with 200.
    delete req.headers.range;
  }
}

/**
 * Logs one line for a failed request and answers 500 if nothing was sent yet;
 * otherwise the response is cut off, since a half-sent body cannot be fixed.
 * @param {http.ServerResponse} res
 * @param {unknown} error
 */
function failResponse(res, error) {
  const { method = '?', url = '' } = res.req ?? {};
  // JSON.stringify escapes control characters, so a URL cannot forge log lines.
  console.error(`serve: ${method} ${JSON.stringify(url.slice(0, 200))}: ${error instanceof Error ? error.message : String(error)}`);
  try {
    if (res.headersSent) return void res.destroy();
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    for (const [name, value] of Object.entries(securityHeaders({ pathname: '/' }))) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-store');
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(res.req?.method === 'HEAD' ? undefined : 'Internal Server Error\n');
  } catch {
    res.destroy();
  }
}

/** @type {Record<string, [status: number, reason: string, explanation: string]>} */
const CLIENT_ERRORS = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    `The address (URL) or the headers of this request are longer than this server accepts (${MAX_HEADER_SIZE / 1024} KB). Shorten the link and try again.`,
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request took too long to arrive.'],
};
/** @type {[status: number, reason: string, explanation: string]} */
const BAD_REQUEST = [400, 'Bad Request', 'The server could not read this request.'];

/**
 * A complete HTTP response for a connection Node's parser gave up on (or a
 * CONNECT); there is no ServerResponse then, so it is written raw. Plain text,
 * so a browser shows the reason instead of the blank page Node's own empty
 * 400/431 gives.
 * @param {[status: number, reason: string, explanation: string]} error
 * @param {Record<string, string>} [extraHeaders]
 */
function rawResponse([status, reason, explanation], extraHeaders = {}) {
  const body = `${status} ${reason}\n\n${explanation}\n`;
  const headers = {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${head.join('')}\r\n${body}`;
}

/**
 * Sends a raw response and closes the connection; a peer that is already gone,
 * or a socket that still owes an earlier response (pipelining: raw bytes would
 * land inside it), is just closed.
 * @param {import('node:stream').Duplex} socket
 * @param {string | null} response
 */
function answerAndClose(socket, response) {
  if (response === null || !socket.writable) return void socket.destroy();
  socket.end(response, () => socket.destroy());
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
  const serveFile = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    // Runs only for a file sirv is about to send (not for a 304 or a miss), with the stats it
    // will use, so the range is decided against exactly the bytes it serves.
    setHeaders: (res, _pathname, stats) => {
      const req = res.req;
      res.setHeader('Accept-Ranges', 'bytes');
      const ifRange = req.headers['if-range']; // Node joins repeats of it into one string
      const answer = answerRange({ method: req.method, range: req.headers.range, ifRange: typeof ifRange === 'string' ? ifRange : undefined }, stats);
      handRangeToSirv(req, answer, stats.size);
    },
  });

  /** @param {http.ServerResponse} res @param {number} status @param {string} body */
  const plain = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(body);
  };

  /**
   * Per connection: how many responses are unfinished, and how many bytes the
   * connection had sent when the oldest of them began. A parse error may only
   * answer on a connection none of them has written to yet: raw bytes would
   * land inside a response.
   * @type {WeakMap<object, { unfinished: number, sentBefore: number }>}
   */
  const inFlight = new WeakMap();

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const handle = (req, res) => {
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
    // sirv pipes a file stream into the response without an 'error' listener, so a file
    // removed or unreadable since start would throw out of the event loop.
    res.once('pipe', (source) => {
      source.on('error', (error) => failResponse(res, error));
      // A client that leaves mid-file must not keep the file open.
      res.once('close', () => source.destroy());
    });
    serveFile(req, res, () => {
      if (!notFoundPage) return plain(res, 404, 'Not Found\n');
      res.setHeader('Content-Security-Policy', securityHeaders({ pathname, scriptHashes: hashes.get('/404.html') })['Content-Security-Policy']);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
      res.end(req.method === 'HEAD' ? undefined : notFoundPage);
    });
  };

  const server = http.createServer({ maxHeaderSize: MAX_HEADER_SIZE }, (req, res) => {
    const socket = req.socket;
    const state = inFlight.get(socket) ?? { unfinished: 0, sentBefore: 0 };
    if (state.unfinished === 0) state.sentBefore = socket.bytesWritten;
    state.unfinished += 1;
    inFlight.set(socket, state);
    res.once('close', () => (state.unfinished -= 1));
    res.on('error', (error) => failResponse(res, error));
    try {
      handle(req, res);
    } catch (error) {
      failResponse(res, error);
    }
  });
  // Client mistakes (bad syntax, headers over MAX_HEADER_SIZE, a peer that hung up) are
  // answered or dropped without a log line: anyone could fill the log with them.
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    const state = inFlight.get(socket);
    const busy = state !== undefined && state.unfinished > 0 && socket.bytesWritten > state.sentBefore;
    const gone = error.code === 'ECONNRESET' || error.code === 'EPIPE';
    answerAndClose(socket, busy || gone ? null : rawResponse(CLIENT_ERRORS[error.code ?? ''] ?? BAD_REQUEST));
  });
  // Node drops a CONNECT nobody listens for without a word; it is a method like any other we refuse.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => {}); // Node stops watching a CONNECT socket once it hands it over
    answerAndClose(socket, rawResponse([405, 'Method Not Allowed', 'This server only answers GET and HEAD.'], { Allow: 'GET, HEAD' }));
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(undefined);
    });
  });
  // Errors after start (e.g. EMFILE when accepting) are logged; the server keeps listening.
  server.on('error', (error) => console.error(`serve: ${error.message}`));
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
