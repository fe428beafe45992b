/**
 * Whatever arrives on the socket, the static server answers with a sensible
 * status and stays up. Requests are written raw (no client-side checks or
 * normalisation): generated methods, paths (unicode, broken percent-escapes,
 * `..`, `//`, NUL, backslashes, lengths past the header limit), queries and
 * Range / If-Range / If-None-Match headers. Each run checks the first
 * response it gets back, byte for byte where the file is known, then that a
 * plain GET / still answers 200.
 *
 * CR and LF are left out of generated paths and header values: they split the
 * request into several, and framing is Node's parser's job, not this server's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, MAX_HEADER_SIZE, type RunningServer } from './serve.mjs';

/** Run counts: enough to reach the corners each time while the file stays well under 20 s on a busy 2-core machine. */
const NUM_RUNS = 300;
const RANGE_RUNS = 200;
const LONG_URL_RUNS = 30;

const SENSIBLE = new Set([200, 206, 304, 308, 400, 404, 405, 416, 431]);
const HOME = '<!DOCTYPE html><html><body>home</body></html>';

/** URL path → content of each file in the site. */
const FILES = new Map<string, Buffer>([
  ['/index.html', Buffer.from(HOME)],
  ['/404.html', Buffer.from('<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>')],
  ['/chapters/intro/index.html', Buffer.from('<!DOCTYPE html><p>intro</p>')],
  ['/_next/static/app.js', Buffer.from('console.log("app")')],
  ['/media/bytes.bin', Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256))],
  ['/media/ünïcode file.txt', Buffer.from('unicode name')],
  ['/media/empty.txt', Buffer.alloc(0)],
]);
/** Request paths that reach a file directly (no redirect), with the file. */
const DIRECT = new Map<string, Buffer>([
  ['/', FILES.get('/index.html')!],
  ['/index.html', FILES.get('/index.html')!],
  ['/chapters/intro/', FILES.get('/chapters/intro/index.html')!],
  ['/_next/static/app.js', FILES.get('/_next/static/app.js')!],
  ['/media/bytes.bin', FILES.get('/media/bytes.bin')!],
  ['/media/%C3%BCn%C3%AFcode%20file.txt', FILES.get('/media/ünïcode file.txt')!],
  ['/media/empty.txt', FILES.get('/media/empty.txt')!],
]);

let site: string;
let running: RunningServer;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-fuzz-'));
  for (const [path, content] of FILES) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  running = await createServer({ dir: site, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  running?.server.closeAllConnections();
  await running?.close();
  rmSync(site, { recursive: true, force: true });
});

type Response = { status: number; headers: Map<string, string>; body: Buffer };

/**
 * Writes `request` on a fresh connection and resolves with the first response
 * once it is complete (Content-Length bytes, or the connection closing), or
 * null when the connection closes before a status line.
 */
function exchange(request: Buffer, method: string): Promise<Response | null> {
  return new Promise((done) => {
    const socket = connect(running.port, '127.0.0.1', () => socket.write(request));
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (response: Response | null) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done(response);
    };
    const parse = (closed: boolean) => {
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return closed ? finish(null) : undefined;
      const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
      const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0);
      const length = method === 'HEAD' || status === 304 ? 0 : Number(headers.get('content-length') ?? NaN);
      const body = received.subarray(end + 4);
      if (closed || body.length >= length) finish({ status, headers, body });
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      parse(false);
    });
    // A server that stops reading an oversized request may reset the connection; what came first counts.
    socket.on('error', () => {});
    socket.on('close', () => parse(true));
  });
}

/** Visible ASCII and space, minus CR/LF (see the file comment), plus unicode and NUL now and then. */
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.string({ unit: fc.constantFrom('\0', '\t', '\\', '%', '/', '.', '?', '#', ' ', '"', 'é', '\u{1F600}'), maxLength }),
    )
    .map((s) => s.replace(/[\r\n]/g, ''));

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'HEAD') },
  { weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'CONNECT') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z!#$%&'*+.^_`|~-]{1,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', 'G ET', 'GET\0', 'get', 'M-SEARCH', 'ÉTÉ') },
);

const segment = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '',
    '%2e%2e',
    '%2E%2e',
    '%2f',
    '%5c',
    '..%2f',
    '%E0%A4%A',
    '%',
    '%zz',
    '%00',
    '%C0%AE',
    '%ED%A0%80',
    '\\',
    '\\..',
    '\0',
    'index.html',
    '404.html',
    'chapters',
    'intro',
    '_next',
    'media',
    '.build-stamp',
  ),
  text(12),
  text(12).map((s) => encodeURIComponent(s)),
);

const path = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...DIRECT.keys(), '/chapters/intro', '/missing/', '//', '///index.html', '/media/', '/embed/x/') },
  { weight: 4, arbitrary: fc.array(segment, { maxLength: 6 }).map((segments) => '/' + segments.join('/')) },
  { weight: 1, arbitrary: text(40) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'http://localhost/', 'localhost:80', '') },
);

const query = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: text(30).map((s) => `?${s}`) },
  { weight: 1, arbitrary: text(30).map((s) => `#${s}`) },
);

const position = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 1100 }).map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', '-1', '0x10', '1e3', ' 5', '5 ', '+5', '1.5', 'NaN', 'Infinity', '9007199254740993') },
);
const rangeSpec = fc.oneof(
  fc.tuple(position, position).map(([a, b]) => `${a}-${b}`),
  position.map((a) => `${a}-`),
  position.map((n) => `-${n}`),
  text(8),
);
/** A single well-formed byte range, kept apart so the expected answer can be worked out independently. */
type Single = { first?: bigint; last?: bigint };
const bound = fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 1100n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 25n }) });
const single: fc.Arbitrary<Single> = fc.oneof(
  fc.tuple(bound, bound).map(([first, last]) => ({ first, last })),
  bound.map((first) => ({ first })),
  bound.map((last) => ({ last })),
);
const specText = ({ first, last }: Single) => `${first ?? ''}-${last ?? ''}`;

/**
 * RFC 9110 §14.1.2 for one range of a file of `size` bytes, worked out with
 * BigInt: 206 start..end, 416, or 200 for what the server ignores (an empty
 * file, and `0-0`, which sirv cannot send alone).
 */
function expectedFor(size: number, { first, last }: Single): { status: 200 | 416 } | { status: 206; start: number; end: number } {
  const n = BigInt(size);
  if (size === 0) return { status: 200 };
  let start: bigint;
  let end: bigint;
  if (first === undefined) {
    if (last === 0n || last === undefined) return { status: 416 };
    start = last > n ? 0n : n - last;
    end = n - 1n;
  } else {
    if (last !== undefined && last < first) return { status: 416 };
    if (first >= n) return { status: 416 };
    start = first;
    end = last === undefined || last > n - 1n ? n - 1n : last;
  }
  if (start === 0n && end === 0n && size > 1) return { status: 200 };
  return { status: 206, start: Number(start), end: Number(end) };
}

const range = fc.oneof(
  { weight: 4, arbitrary: rangeSpec.map((spec) => `bytes=${spec}`) },
  { weight: 2, arbitrary: fc.array(rangeSpec, { minLength: 2, maxLength: 8 }).map((specs) => `bytes=${specs.join(',')}`) },
  { weight: 1, arbitrary: fc.array(rangeSpec, { minLength: 50, maxLength: 500 }).map((specs) => `bytes=${specs.join(', ')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Bytes', 'BYTES', 'items', 'bytes ', '', 'none'), rangeSpec).map(([unit, spec]) => `${unit}=${spec}`) },
  { weight: 1, arbitrary: text(40) },
);

const headers = fc.record(
  {
    host: fc.constantFrom('localhost', '127.0.0.1:1', '', 'ünï'),
    range,
    ifRange: fc.oneof(fc.constantFrom('W/"1-2"', '"x"', 'Thu, 01 Jan 1970 00:00:00 GMT', 'garbage'), text(30)),
    ifNoneMatch: fc.oneof(fc.constantFrom('*', 'W/"1-2"'), text(20)),
    extra: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom('X-Fuzz', 'Accept', 'User-Agent', 'Cookie', 'Referer', 'Accept-Encoding'), text(50)),
        // Body framing the parser only rejects after the request has reached the handler.
        fc.tuple(
          fc.constantFrom('Transfer-Encoding', 'Content-Length'),
          fc.oneof(fc.constantFrom('chunked', 'gzip', 'gzip, chunked', '0', '5', '-1'), text(10)),
        ),
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['host'] },
);

const version = fc.oneof(
  { weight: 8, arbitrary: fc.constant('HTTP/1.1') },
  { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTX/1.1', '') },
);

type Generated = { method: string; target: string; version: string; headers: Partial<Headers> & { host: string }; raw?: boolean };
type Headers = typeof headers extends fc.Arbitrary<infer T> ? T : never;

/**
 * Unless `raw`, the request is written the way a client would send it: bytes a
 * request target may not hold are percent-encoded (existing `%` escapes, valid
 * or not, are left alone) and control characters dropped from header values,
 * so most requests get past Node's parser and reach the server's own code.
 */
function toBytes({ method, target, version, headers: h, raw = false }: Generated) {
  const percentEncode = (c: string) => [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  const safeTarget = raw ? target : target.replace(/[^\x21-\x7e]/gu, percentEncode);
  const value = (v: string) => (raw ? v : v.replace(/[\0-\x08\x0a-\x1f\x7f]/g, ''));
  const lines = [
    `${method} ${safeTarget} ${version}`,
    ...(h.host === undefined ? [] : [`Host: ${value(h.host)}`]),
    ...(h.range === undefined ? [] : [`Range: ${value(h.range)}`]),
    ...(h.ifRange === undefined ? [] : [`If-Range: ${value(h.ifRange)}`]),
    ...(h.ifNoneMatch === undefined ? [] : [`If-None-Match: ${value(h.ifNoneMatch)}`]),
    ...(h.extra ?? []).map(([name, v]) => `${name}: ${value(v)}`),
    'Connection: close',
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
}

/** The file a request target reaches directly, when it is one we know byte for byte. */
function knownFile(target: string) {
  return DIRECT.get(target.split(/[?#]/)[0] ?? '');
}

async function expectAlive() {
  const response = await exchange(Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'), 'GET');
  expect(response?.status).toBe(200);
  expect(response?.body.toString()).toBe(HOME);
}

function checkResponse(request: Generated, response: Response | null) {
  const label = JSON.stringify(toBytes(request).toString('utf8').slice(0, 300));
  expect(response, `no response to ${label}`).not.toBeNull();
  const { status, headers: h, body } = response!;
  expect(SENSIBLE.has(status), `status ${status} for ${label}`).toBe(true);
  const length = h.get('content-length');
  if (request.method !== 'HEAD' && status !== 304 && length !== undefined) {
    expect(body.length, `body shorter than Content-Length for ${label}`).toBeGreaterThanOrEqual(Number(length));
  }
  const file = request.method === 'GET' ? knownFile(request.target) : undefined;
  if (status === 206) {
    const [, start, end, size] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(h.get('content-range') ?? '')?.map(Number) ?? [];
    expect(start !== undefined && end !== undefined && size !== undefined, `Content-Range for ${label}`).toBe(true);
    expect(start! <= end! && end! < size!, `Content-Range ${h.get('content-range')} for ${label}`).toBe(true);
    expect(Number(length), `Content-Length of a 206 for ${label}`).toBe(end! - start! + 1);
    if (file) expect(body.subarray(0, end! - start! + 1).equals(file.subarray(start!, end! + 1)), `206 bytes for ${label}`).toBe(true);
  }
  if (status === 416) expect(h.get('content-range'), `416 for ${label}`).toMatch(/^bytes \*\/\d+$/);
  // Node's own 431 has no body, which a browser shows as a blank page.
  if (status === 431) expect(body.toString(), `431 body for ${label}`).toMatch(/^431 Request Header Fields Too Large\n\n\S/);
  if (status === 200 && file) expect(body.subarray(0, file.length).equals(file) && Number(length) === file.length, `200 body for ${label}`).toBe(true);
}

describe('serve under fuzzing', () => {
  it(`answers ${NUM_RUNS} generated requests sensibly and stays up`, async () => {
    const request = fc.record({
      method,
      target: fc.tuple(path, query).map(([p, q]) => p + q),
      version,
      headers,
      raw: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    });
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        checkResponse(generated, await exchange(toBytes(generated), generated.method));
        await expectAlive();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it(`answers ${RANGE_RUNS} Range requests for known files exactly as RFC 9110 says`, async () => {
    const lastModified = new Map([...DIRECT].map(([target]) => [target, '']));
    for (const target of DIRECT.keys()) {
      const response = await exchange(toBytes({ method: 'HEAD', target, version: 'HTTP/1.1', headers: { host: 'localhost' } }), 'HEAD');
      lastModified.set(target, response?.headers.get('last-modified') ?? '');
    }
    const request = fc.record({
      target: fc.constantFrom(...DIRECT.keys()),
      spec: single,
      unit: fc.constantFrom('bytes', 'bytes', 'bytes', 'Bytes', 'BYTES'),
      ifRange: fc.constantFrom(undefined, undefined, undefined, 'exact', 'W/"1-2"', 'Thu, 01 Jan 1970 00:00:00 GMT'),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ target, spec, unit, ifRange }) => {
        const file = DIRECT.get(target)!;
        const ifRangeValue = ifRange === 'exact' ? lastModified.get(target) : ifRange;
        const generated: Generated = {
          method: 'GET',
          target,
          version: 'HTTP/1.1',
          headers: { host: 'localhost', range: `${unit}=${specText(spec)}`, ...(ifRangeValue === undefined ? {} : { ifRange: ifRangeValue }) },
        };
        const response = await exchange(toBytes(generated), 'GET');
        checkResponse(generated, response);
        const expected = ifRangeValue !== undefined && ifRange !== 'exact' ? { status: 200 } : expectedFor(file.length, spec);
        expect(response?.status, `status for ${generated.headers.range} of ${file.length} bytes`).toBe(expected.status);
        if (expected.status === 206 && 'start' in expected) {
          expect(response?.headers.get('content-range')).toBe(`bytes ${expected.start}-${expected.end}/${file.length}`);
          expect(response?.body.equals(file.subarray(expected.start, expected.end + 1))).toBe(true);
        }
        if (expected.status === 416) expect(response?.headers.get('content-range')).toBe(`bytes */${file.length}`);
        if (expected.status === 200) expect(response?.body.equals(file)).toBe(true);
      }),
      { numRuns: RANGE_RUNS },
    );
    await expectAlive();
  });

  it(`answers ${LONG_URL_RUNS} URLs around and past the ${MAX_HEADER_SIZE}-byte header limit and stays up`, async () => {
    const longTarget = fc
      .tuple(fc.integer({ min: MAX_HEADER_SIZE - 200, max: 4 * MAX_HEADER_SIZE }), fc.constantFrom('a', '%41', '/', 'é', '../'), fc.constantFrom('/', '/?q='))
      .map(([length, unit, prefix]) => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
    const request = fc.record({
      method: fc.constantFrom('GET', 'HEAD'),
      target: longTarget,
      version: fc.constant('HTTP/1.1'),
      headers: fc.constant({ host: 'localhost' }),
    });
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        const response = await exchange(toBytes(generated), generated.method);
        checkResponse(generated, response);
        // Raw non-ASCII is refused (400) as soon as the parser meets it, before the length counts.
        const readable = /^[\x21-\x7e]*$/.test(generated.target);
        if (readable && generated.target.length > MAX_HEADER_SIZE) expect(response?.status).toBe(431);
        await expectAlive();
      }),
      { numRuns: LONG_URL_RUNS },
    );
  });
});
