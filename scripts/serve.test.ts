import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashScript } from './csp.mjs';
import { createServer, resolveFile, type RunningServer } from './serve.mjs';

const THEME = "document.documentElement.classList.add('dark')";
const NOT_FOUND = '<!DOCTYPE html><title>Not found</title><script>self.__next_f=[]</script><h1>Page not found</h1>';

let site: string;
let running: RunningServer;

function write(path: string, content: string) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), content);
}

/** A raw request (no URL normalisation, unlike fetch), so `..` reaches the server as sent. */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port: running.port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'serve-test-'));
  site = join(base, 'out');
  write('index.html', `<!DOCTYPE html><html><head><script>${THEME}</script><script src="/_next/static/app.js"></script></head><body>home</body></html>`);
  write('404.html', NOT_FOUND);
  write('chapters/intro/index.html', '<!DOCTYPE html><p>intro</p>');
  write('embed/line-rate/index.html', '<!DOCTYPE html><p>embed</p>');
  write('_next/static/app.js', 'console.log("app")');
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
