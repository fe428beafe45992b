import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, hashScript, inlineScriptHashes, isEmbedPath, securityHeaders } from './csp.mjs';
import { firstLoadScripts, scanHtml, stylesheets } from './html-tags.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Shaped like Next 16's static export (Turbopack), trimmed.
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script>document.documentElement.dataset.theme="dark"</script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><div hidden=""><!--$--><!--/$--></div><p>a &lt;/script&gt; é</p>',
  '<!-- <script>commented()</script> -->',
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  '<script src="/_next/static/chunks/late.js?v=1" async=""></script>',
  '<script>self.__next_f.push([1,"\\u003c/script\\u003e é"])</script>',
  '<script type="application/json">{"not":"run"}</script>',
  '</body></html>',
].join('\n');

describe('scanHtml', () => {
  const page = scanHtml(NEXT_PAGE);

  it('finds scripts with their exact text, skipping comments', () => {
    expect(page.scripts.map((s) => s.text)).toEqual([
      '',
      'document.documentElement.dataset.theme="dark"',
      '',
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})',
      '',
      'self.__next_f.push([1,"\\u003c/script\\u003e é"])',
      '{"not":"run"}',
    ]);
  });

  it('lower-cases attribute names and decodes attribute values', () => {
    expect(page.scripts[2]?.attrs).toEqual({ src: '/_next/static/chunks/polyfills.js', nomodule: '' });
    expect(scanHtml('<link rel=preload href="/a.js?x=1&amp;y=2" as=script>').links[0]).toEqual({
      rel: 'preload',
      href: '/a.js?x=1&y=2',
      as: 'script',
    });
  });

  it('ends raw text at the first closing tag, case-insensitively', () => {
    expect(scanHtml('<SCRIPT>a<b</SCRIPT ><p>x</p><script>c</script>').scripts.map((s) => s.text)).toEqual(['a<b', 'c']);
    expect(scanHtml('<style>.x{content:"<script>"}</style><script>y</script>').scripts.map((s) => s.text)).toEqual(['y']);
  });

  it('lists first-load scripts without noModule, deduplicated, and stylesheets', () => {
    expect(firstLoadScripts(page)).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/late.js']);
    expect(stylesheets(page)).toEqual(['/_next/static/chunks/a.css']);
  });
});

describe('hashScript', () => {
  it('is the CSP source expression of the UTF-8 bytes', () => {
    expect(hashScript('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashScript('é')).toBe(sha256('é'));
  });

  it('normalises newlines the way the HTML parser does', () => {
    expect(hashScript('a\r\nb\rc')).toBe(sha256('a\nb\nc'));
  });
});

describe('inlineScriptHashes', () => {
  it('hashes inline executable scripts only, once each, in order', () => {
    const hashes = inlineScriptHashes(NEXT_PAGE);
    expect(hashes).toEqual([
      sha256('document.documentElement.dataset.theme="dark"'),
      sha256('(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})'),
      sha256('self.__next_f.push([1,"\\u003c/script\\u003e é"])'),
    ]);
    expect(inlineScriptHashes('<script>x</script><script>x</script>')).toHaveLength(1);
  });
});

describe('buildCsp', () => {
  it('allows the listed hashes, never unsafe-eval or unsafe-inline scripts', () => {
    const csp = buildCsp({ pathname: '/', scriptHashes: ["'sha256-AAA='", "'sha256-BBB='"] });
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src [^;]*/);
    expect(/script-src [^;]*unsafe-inline/.test(csp)).toBe(false);
    expect(csp).toContain("object-src 'none'");
  });

  it('lets anyone frame /embed/ pages and only us frame the rest', () => {
    expect(isEmbedPath('/embed/line-rate/')).toBe(true);
    expect(isEmbedPath('/embedded/')).toBe(false);
    expect(isEmbedPath('/embed/'), 'the documentation page').toBe(false);
    expect(buildCsp({ pathname: '/embed/line-rate/' })).toContain('frame-ancestors *');
    expect(buildCsp({ pathname: '/chapters/x/' })).toContain("frame-ancestors 'self'");
  });
});

describe('securityHeaders', () => {
  it('sends the agreed headers and no X-Frame-Options', () => {
    const headers = securityHeaders({ pathname: '/' });
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });
});
