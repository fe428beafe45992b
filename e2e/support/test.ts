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
import { test as base, expect as baseExpect, type BrowserContext, type CDPSession, type Page, type TestInfo } from '@playwright/test';

/**
 * Playwright's expect, with expect.poll asking every 50 ms unless told otherwise. Its default
 * steps (100, 250, 500, then every 1000 ms) let a page that was ready after 0.9 s be noticed at
 * 1.85 s: on every page load (support/hydration.ts polls for React) that was most of a second.
 */
const POLL_INTERVALS = [50];
export const expect: typeof baseExpect = new Proxy(baseExpect, {
  get(target, key, receiver) {
    if (key !== 'poll') return Reflect.get(target, key, receiver);
    const poll: typeof baseExpect.poll = (fn, options) => target.poll(fn, { intervals: POLL_INTERVALS, ...(options as object | undefined) });
    return poll;
  },
});
export type { BrowserContext, Page };

/** The viewport Playwright gives a page by default. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Undo what a test may have changed in the shared context; pages in `keep` stay open. Storage is
 * cleared through the DevTools session of the worker's janitor, a blank page kept open for this
 * (opening a page for it after every test cost half a second).
 */
async function resetContext(context: BrowserContext, janitor: CDPSession, origin: string, keep: ReadonlySet<Page>): Promise<void> {
  for (const page of context.pages()) if (!keep.has(page)) await page.close().catch(() => undefined);
  await janitor.send('Storage.clearDataForOrigin', { origin, storageTypes: 'cookies,local_storage,session_storage,indexeddb,cache_storage,service_workers' });
  await context.clearPermissions();
  await context.setOffline(false);
}

/**
 * A failed test's pages as they were, attached to its report. (Playwright's own `screenshot:
 * 'only-on-failure'` would add the janitor's blank page; playwright.config.ts turns it off.)
 */
async function attachScreenshots(pages: Page[], testInfo: TestInfo): Promise<void> {
  for (const [i, page] of pages.entries()) {
    const path = testInfo.outputPath(`test-failed-${i + 1}.png`);
    if (
      await page.screenshot({ path, timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    )
      await testInfo.attach(`screenshot of ${page.url()}`, { path, contentType: 'image/png' });
  }
}

/** The worker's context, and the blank page (with its DevTools session) that resets it after each test. */
type WorkerContext = { context: BrowserContext; janitor: Page; janitorSession: CDPSession };

export const test = base.extend<object, { shared: WorkerContext; workerContext: BrowserContext }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
      const janitor = await context.newPage();
      await use({ context, janitor, janitorSession: await context.newCDPSession(janitor) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  workerContext: [async ({ shared }, use) => use(shared.context), { scope: 'worker' }],

  context: async ({ shared, baseURL }, use, testInfo) => {
    // Pages open before the test (the janitor, a look group's shared page: support/looks.ts) are not the test's to close.
    const before = new Set(shared.context.pages());
    await use(shared.context);
    if (testInfo.status !== testInfo.expectedStatus)
      await attachScreenshots(
        shared.context.pages().filter((p) => p !== shared.janitor),
        testInfo,
      );
    await resetContext(shared.context, shared.janitorSession, new URL(baseURL!).origin, before);
  },

  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});
