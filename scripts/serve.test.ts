import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashScript } from './csp.mjs';
import { answerRange, createServer, MAX_HEADER_SIZE, resolveFile, type RunningServer } from './serve.mjs';

const THEME = "document.documentElement.classList.add('dark')";
const NOT_FOUND = '<!DOCTYPE html><title>Not found</title><script>self.__next_f=[]</script><h1>Page not found</h1>';
/** 300 bytes, no two neighbours alike, so a wrong offset shows. */
const BYTES = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));

let site: string;
let running: RunningServer;

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), content);
}

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer; body: string };

/** A raw request (no URL normalisation, unlike fetch), so `..` reaches the server as sent. */
function get(path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<Reply>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: running.port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, bytes, body: bytes.toString('utf8') });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

/** Everything the server sends back for `request` written as is on a fresh connection, until it closes. */
function rawExchange(request: string) {
  return new Promise<string>((done) => {
    const socket = connect(running.port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may reset a connection it stopped reading; what arrived before still counts.
    socket.on('error', () => {});
    socket.on('close', () => done(Buffer.concat(chunks).toString('utf8')));
  });
}

/** A plain GET / still answers: the process survived whatever came before. */
async function expectAlive() {
  const res = await get('/');
  expect(res.status).toBe(200);
  expect(res.body).toContain('home');
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'serve-test-'));
  site = join(base, 'out');
  write('index.html', `<!DOCTYPE html><html><head><script>${THEME}</script><script src="/_next/static/app.js"></script></head><body>home</body></html>`);
  write('404.html', NOT_FOUND);
  write('chapters/intro/index.html', '<!DOCTYPE html><p>intro</p>');
  write('embed/line-rate/index.html', '<!DOCTYPE html><p>embed</p>');
  write('_next/static/app.js', 'console.log("app")');
  write('media/bytes.bin', BYTES);
  write('media/empty.txt', '');
  write('media/gone.txt', 'removed after start');
  write('.build-stamp', 'abc');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  running = await createServer({ dir: site, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await running?.close();
  rmSync(dirname(site), { recursive: true, force: true });
});

describe('serve', () => {
  it('serves a page with a CSP that allows exactly its inline scripts', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('home');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain(`script-src 'self' ${hashScript(THEME)};`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'self'");
  });

  it('sends the security headers on every response, and no X-Frame-Options', async () => {
    for (const path of ['/', '/_next/static/app.js', '/missing/']) {
      const res = await get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['permissions-policy']).toBeTruthy();
      expect(res.headers['x-frame-options']).toBeUndefined();
    }
  });

  it('serves assets with their type and long caching', async () => {
    const res = await get('/_next/static/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers.etag).toBeTruthy();
  });

  it('answers a miss with 404.html, status 404 and its own hashes', async () => {
    const res = await get('/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.body).toBe(NOT_FOUND);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(String(res.headers['content-security-policy'])).toContain(hashScript('self.__next_f=[]'));
    expect((await get('/no/such/page/', 'HEAD')).body).toBe('');
  });

  it('serves index.html for a directory and redirects the slash-less form', async () => {
    const res = await get('/chapters/intro/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('intro');
    const bare = await get('/chapters/intro?x=1');
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toBe('/chapters/intro/?x=1');
  });

  it('lets any site frame /embed/ pages', async () => {
    const res = await get('/embed/line-rate/');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-security-policy'])).toContain('frame-ancestors *');
  });

  it('lets sandboxed embeds (origin "null") read build assets such as fonts, and nothing else', async () => {
    expect((await get('/_next/static/app.js')).headers['access-control-allow-origin']).toBe('*');
    expect((await get('/embed/line-rate/')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses path traversal and dotfiles', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/chapters/..%2f..%2fsecret.txt', '/..\\secret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.body).not.toContain('do not serve');
    }
    expect((await get('/.build-stamp')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await get('/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});

describe('Range requests (RFC 9110 §14)', () => {
  const SIZE = BYTES.length;

  /** GET /media/bytes.bin with a Range header; the process must survive it. */
  async function range(value: string, extra: Record<string, string> = {}) {
    const res = await get('/media/bytes.bin', 'GET', { Range: value, ...extra });
    await expectAlive();
    return res;
  }

  function expectPartial(res: Reply, start: number, end: number) {
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(res.headers['content-length']).toBe(String(end - start + 1));
    expect(res.bytes.equals(BYTES.subarray(start, end + 1))).toBe(true);
  }

  function expectWhole(res: Reply) {
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(SIZE));
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.bytes.equals(BYTES)).toBe(true);
  }

  function expectUnsatisfiable(res: Reply) {
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${SIZE}`);
    expect(res.bytes.length).toBe(0);
  }

  it('says it accepts byte ranges on a 200 for a file', async () => {
    expectWhole(await get('/media/bytes.bin'));
    expect((await get('/')).headers['accept-ranges']).toBe('bytes');
  });

  it('sends exactly the bytes of a single range', async () => {
    expectPartial(await range('bytes=0-9'), 0, 9);
    expectPartial(await range('bytes=10-10'), 10, 10);
    expectPartial(await range('bytes=299-299'), 299, 299);
    expectPartial(await range('Bytes=5-6'), 5, 6); // range units are case-insensitive (§14.1)
  });

  it('sends the last N bytes for a suffix range, the whole file when N exceeds it', async () => {
    expectPartial(await range('bytes=-100'), 200, 299);
    expectPartial(await range('bytes=-1'), 299, 299);
    expectPartial(await range('bytes=-300'), 0, 299);
    expectPartial(await range('bytes=-1000'), 0, 299);
    expectPartial(await range('bytes=-99999999999999999999'), 0, 299);
  });

  it('sends the rest of the file for an open range', async () => {
    expectPartial(await range('bytes=0-'), 0, 299);
    expectPartial(await range('bytes=250-'), 250, 299);
  });

  it('clamps an end beyond the file, even beyond 2^53', async () => {
    expectPartial(await range('bytes=290-400'), 290, 299);
    expectPartial(await range('bytes=0-99999999999999999999'), 0, 299);
    expectPartial(await range(`bytes=7-${2 ** 53 + 2}`), 7, 299);
  });

  it('answers 416 with the size when no range can be satisfied', async () => {
    expectUnsatisfiable(await range('bytes=300-'));
    expectUnsatisfiable(await range('bytes=300-400'));
    expectUnsatisfiable(await range('bytes=99999999999999999999-'));
    expectUnsatisfiable(await range('bytes=-0'));
    expectUnsatisfiable(await range('bytes=300-301,400-'));
    // Reversed: invalid (§14.1.1), which a server may reject (§14.2); this used to crash the process.
    expectUnsatisfiable(await range('bytes=5-1'));
  });

  it('serves one range out of several when the others are unsatisfiable or overlap it', async () => {
    expectPartial(await range('bytes=0-9,400-500'), 0, 9);
    expectPartial(await range('bytes=0-4,3-9'), 0, 9);
    expectPartial(await range('bytes=0-4,5-9'), 0, 9);
  });

  it('ignores several separate ranges (no multipart) and sends the whole file', async () => {
    expectWhole(await range('bytes=0-1,5-6'));
    expectWhole(await range('bytes=0-1,5-6,9-'));
  });

  it('ignores a malformed Range or another unit and sends the whole file', async () => {
    for (const value of ['bytes=abc', 'bytes=', 'bytes=-', 'bytes=1-2-3', 'bytes=0x10-20', 'bytes=1.5-2', 'bytes 0-1', 'items=0-1', 'items=5-1', '0-1']) {
      expectWhole(await range(value));
    }
  });

  it('sends the whole file for bytes=0-0, the one range sirv cannot send exactly', async () => {
    expectWhole(await range('bytes=0-0'));
  });

  it('ignores Range on HEAD, which describes the whole file like the 200 a GET gets', async () => {
    const res = await get('/media/bytes.bin', 'HEAD', { Range: 'bytes=0-9' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(SIZE));
    expect(res.headers['content-range']).toBeUndefined();
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.bytes.length).toBe(0);
    expect((await get('/media/bytes.bin', 'HEAD', { Range: 'bytes=5-1' })).status).toBe(200);
  });

  it('honours If-Range only for the exact Last-Modified date; a (weak) ETag never matches', async () => {
    const whole = await get('/media/bytes.bin');
    const etag = String(whole.headers.etag);
    const lastModified = String(whole.headers['last-modified']);
    expect(etag).toMatch(/^W\//);
    expectPartial(await range('bytes=0-9', { 'If-Range': lastModified }), 0, 9);
    expectWhole(await range('bytes=0-9', { 'If-Range': etag }));
    expectWhole(await range('bytes=0-9', { 'If-Range': etag.slice(2) }));
    expectWhole(await range('bytes=0-9', { 'If-Range': 'Thu, 01 Jan 1970 00:00:00 GMT' }));
    // A false If-Range means "send it all", even when the range could not be satisfied.
    expectWhole(await range('bytes=300-', { 'If-Range': etag }));
  });

  it('answers 304 before looking at Range when If-None-Match matches (§13.2.2)', async () => {
    const etag = String((await get('/media/bytes.bin')).headers.etag);
    const res = await range('bytes=300-', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(res.bytes.length).toBe(0);
  });

  it('ignores Range on the 404 page, redirects and an empty file', async () => {
    const missing = await get('/no/such/page/', 'GET', { Range: 'bytes=0-3' });
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(NOT_FOUND);
    expect(missing.headers['accept-ranges']).toBeUndefined();
    const redirect = await get('/chapters/intro', 'GET', { Range: 'bytes=0-3' });
    expect(redirect.status).toBe(308);
    const empty = await get('/media/empty.txt', 'GET', { Range: 'bytes=-5' });
    expect(empty.status).toBe(200);
    expect(empty.headers['content-length']).toBe('0');
    await expectAlive();
  });

  it('decides from method, header and size alone (answerRange)', () => {
    const file = { size: 10, mtime: new Date(0) };
    expect(answerRange({ method: 'GET', range: 'bytes=2-4' }, file)).toEqual({ kind: 'partial', start: 2, end: 4 });
    expect(answerRange({ method: 'GET', range: 'bytes=-3' }, file)).toEqual({ kind: 'partial', start: 7, end: 9 });
    expect(answerRange({ method: 'GET', range: 'bytes=0-1, -20' }, file)).toEqual({ kind: 'partial', start: 0, end: 9 });
    expect(answerRange({ method: 'GET', range: 'bytes=10-' }, file)).toEqual({ kind: 'unsatisfiable' });
    expect(answerRange({ method: 'GET' }, file)).toEqual({ kind: 'full' });
    for (const method of ['HEAD', 'POST', undefined]) expect(answerRange({ method, range: 'bytes=2-4' }, file)).toEqual({ kind: 'full' });
    expect(answerRange({ method: 'GET', range: 'bytes=0-' }, { size: 0, mtime: new Date(0) })).toEqual({ kind: 'full' });
    const ifRange = new Date(0).toUTCString();
    expect(answerRange({ method: 'GET', range: 'bytes=2-4', ifRange }, file)).toEqual({ kind: 'partial', start: 2, end: 4 });
  });
});

describe('staying up', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers 500 with a short text when the handler throws, logs one line and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(ServerResponse.prototype, 'writeHead').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const res = await get('/media/bytes.bin?x=1');
    expect(res.status).toBe(500);
    expect(res.body).toBe('Internal Server Error\n');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-range']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(log.mock.calls).toEqual([['serve: GET "/media/bytes.bin?x=1": boom']]);
    await expectAlive();
  });

  it('cuts off a response whose file vanished after start, logs one line and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    rmSync(join(site, 'media/gone.txt'));
    await expect(get('/media/gone.txt')).rejects.toThrow(/socket hang up/);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^serve: GET "\/media\/gone.txt": ENOENT/);
    await expectAlive();
  });

  it(`answers a request line over ${MAX_HEADER_SIZE} bytes with a readable 431 and closes`, async () => {
    const response = await rawExchange(`GET /${'a'.repeat(MAX_HEADER_SIZE)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const body =
      '431 Request Header Fields Too Large\n\nThe address (URL) or the headers of this request are longer than this server accepts (16 KB). Shorten the link and try again.\n';
    expect(response).toBe(
      'HTTP/1.1 431 Request Header Fields Too Large\r\n' +
        'Content-Type: text/plain; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
    await expectAlive();
  });

  it('reads a request just under the limit and refuses headers over it with the same 431', async () => {
    // The limit covers the request line and the headers together; this whole request is about 15.9 KB.
    const res = await get(`/?q=${'a'.repeat(MAX_HEADER_SIZE - 512)}`);
    expect(res.status).toBe(200);
    const oversized = await rawExchange(`GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(MAX_HEADER_SIZE)}\r\n\r\n`);
    expect(oversized).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    await expectAlive();
  });

  it('answers a request it cannot parse with a readable 400 and closes', async () => {
    const body = '400 Bad Request\n\nThe server could not read this request.\n';
    const response = await rawExchange('NOT A REQUEST\r\n\r\n');
    expect(response).toBe(
      'HTTP/1.1 400 Bad Request\r\n' +
        'Content-Type: text/plain; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
    expect(await rawExchange('GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    // The parser rejects this framing only after the handler has started on the request,
    // which has written nothing yet, so the 400 can still take its place.
    const framing = await rawExchange('GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n');
    expect(framing).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(framing).not.toContain('200 OK');
    await expectAlive();
  });

  it('refuses CONNECT with 405 instead of dropping the connection', async () => {
    const response = await rawExchange('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(response).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(response).toContain('\r\nAllow: GET, HEAD\r\n');
    await expectAlive();
  });

  it('shrugs off a client that hangs up mid-request', async () => {
    await new Promise<void>((done) => {
      const socket = connect(running.port, '127.0.0.1', () => {
        socket.write('GET / HTTP/1.1\r\nHost: loc');
        socket.resetAndDestroy();
        done();
      });
    });
    await expectAlive();
  });
});

describe('resolveFile', () => {
  it("follows sirv's lookup order", () => {
    const files = new Set(['/index.html', '/a/index.html', '/b.html', '/404.html']);
    expect(resolveFile('/', files)).toBe('/index.html');
    expect(resolveFile('/a/', files)).toBe('/a/index.html');
    expect(resolveFile('/a', files)).toBe('/a/index.html');
    expect(resolveFile('/b', files)).toBe('/b.html');
    expect(resolveFile('/c/', files)).toBeUndefined();
  });
});
