/**
 * Page guards for end-to-end tests: collect console errors, uncaught page
 * errors, Content-Security-Policy violations, requests to foreign origins and
 * failing same-origin responses while a test runs, then assert there were none.
 *
 * Usage (flat, per test):
 *   const guards = await attachGuards(page, baseURL);
 *   await page.goto('/');
 *   …
 *   await guards.expectClean();
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';

type CspViolation = { directive: string; blockedURI: string; sample: string; source: string };

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

export type Guards = {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedResponses: string[];
  /** Fails the test, listing everything that went wrong, if anything did. */
  expectClean: (options?: { allowStatus?: { url: string; status: number } }) => Promise<void>;
};

const NON_NETWORK = /^(data|blob|about|chrome-extension):/;

/** `baseURL` is the site's own address; any other origin counts as a foreign request. */
export async function attachGuards(page: Page, baseURL: string | undefined): Promise<Guards> {
  if (!baseURL) throw new Error('attachGuards needs the baseURL fixture');
  const origin = new URL(baseURL).origin;
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  const cspConsole: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const responses: Array<{ url: string; status: number; type: string }> = [];

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push({
        directive: e.violatedDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });

  page.on('console', (msg) => {
    const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    const text = `${msg.text()}${where}`;
    if (/Content.Security.Policy/i.test(msg.text())) cspConsole.push(`[${msg.type()}] ${text}`);
    if (msg.type() === 'error') consoleErrors.push(text);
    else if (msg.type() === 'warning') consoleWarnings.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (NON_NETWORK.test(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(`${request.method()} ${url}`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (NON_NETWORK.test(url) || new URL(url).origin !== origin) return;
    responses.push({ url, status: response.status(), type: response.request().resourceType() });
  });

  const guards: Guards = {
    consoleErrors,
    consoleWarnings,
    pageErrors,
    foreignRequests,
    get failedResponses() {
      return responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.type} ${r.url}`);
    },
    async expectClean(options = {}) {
      const allowed = options.allowStatus;
      const isAllowed = (url: string, status: number) => allowed !== undefined && url === allowed.url && status === allowed.status;
      // The browser reports the expected 404 of a 404 page as a console error of the resource load.
      const errors = consoleErrors.filter((e) => !(allowed && e.includes(`status of ${allowed.status}`) && e.includes(`(${allowed.url}:`)));
      const failed = responses.filter((r) => r.status >= 400 && !isAllowed(r.url, r.status)).map((r) => `${r.status} ${r.type} ${r.url}`);
      // Warnings are not failures, but they are kept visible in the report.
      for (const w of consoleWarnings) test.info().annotations.push({ type: 'console warning', description: w });
      let violations: CspViolation[] = [];
      if (!page.isClosed()) {
        violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      }
      const report = {
        consoleErrors: errors,
        pageErrors,
        cspViolations: violations.map((v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.source} ${v.sample}`),
        cspConsoleMessages: cspConsole,
        foreignRequests,
        failedSameOriginResponses: failed,
      };
      expect(report, `page problems:\n${JSON.stringify(report, null, 2)}`).toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        cspConsoleMessages: [],
        foreignRequests: [],
        failedSameOriginResponses: [],
      });
    },
  };
  return guards;
}
