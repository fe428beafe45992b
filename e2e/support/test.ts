/**
 * The `test` every spec imports: Playwright's, with one browser context per
 * worker instead of one per test.
 *
 * A new context costs a new renderer process with no HTTP cache and no
 * compiled-code cache: measured here, a chapter's load costs 3.2 core-seconds
 * in a new context and 1.7 in a new page of a context that has loaded it
 * before. Over two hundred tests on two cores that was a third of the run.
 * Each test still gets a new page (`page`, or pages it opens itself), and
 * what a test leaves in the context is undone after it: its pages are closed,
 * the site's storage (localStorage, sessionStorage, IndexedDB, Cache Storage)
 * is cleared, and permissions, offline mode and cookies are reset. Only the
 * HTTP cache of the site's immutable build assets carries over, as it does for
 * a reader moving from page to page.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { BrowserContext, Page };

/** The viewport Playwright gives a page by default. */
const VIEWPORT = { width: 1280, height: 720 };

/** Undo what a test may have changed in the shared context; pages in `keep` stay open. */
async function resetContext(context: BrowserContext, origin: string, keep: ReadonlySet<Page>): Promise<void> {
  for (const page of context.pages()) if (!keep.has(page)) await page.close().catch(() => undefined);
  await context.clearCookies();
  await context.clearPermissions();
  await context.setOffline(false);
  // Storage is per origin; a page of the context (any, even about:blank) can clear it through DevTools.
  const scratch = await context.newPage();
  try {
    const cdp = await context.newCDPSession(scratch);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,session_storage,indexeddb,cache_storage,service_workers' });
    await cdp.detach();
  } finally {
    await scratch.close();
  }
}

export const test = base.extend<object, { workerContext: BrowserContext }>({
  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ workerContext, baseURL }, use) => {
    // Pages open before the test (a look group's shared page, support/looks.ts) are not the test's to close.
    const before = new Set(workerContext.pages());
    await use(workerContext);
    await resetContext(workerContext, new URL(baseURL!).origin, before);
  },

  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});
