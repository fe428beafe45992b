/**
 * The site is server-rendered: its controls are in the HTML before React has
 * attached handlers. Interacting earlier does nothing, so tests wait until React
 * has claimed the element (React stores its fiber on hydrated DOM nodes).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export async function expectHydrated(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'))), {
      message: 'element was never hydrated by React',
      timeout: 15_000,
    })
    .toBe(true);
}

/** Waits until the site header (present on every page) is hydrated. */
export async function expectPageHydrated(page: Page): Promise<void> {
  await expectHydrated(page.locator('header[data-site-header] button').first());
}

/** Fonts loaded and layout settled, for screenshots. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}
