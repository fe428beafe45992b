/**
 * The site is server-rendered: its controls are in the HTML before React has
 * attached handlers. Interacting earlier does nothing, so tests wait until React
 * has claimed the element (React stores its fiber on hydrated DOM nodes).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './test';

export async function expectHydrated(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'))), {
      message: 'element was never hydrated by React',
      timeout: 15_000,
    })
    .toBe(true);
}

/**
 * Waits until the site header (present on every page) is hydrated and every
 * streamed Suspense boundary is in place. Figures whose code loads after the
 * page (lateHydrated in components/sims/frame/bindings.ts) arrive as a
 * hidden `<div id="S:n">` at the end of the HTML that React's inline script
 * then moves into the page; an element found before the move is detached by it.
 */
export async function expectPageHydrated(page: Page): Promise<void> {
  await expectHydrated(page.locator('header[data-site-header] button').first());
  await expect(page.locator('div[hidden][id^="S:"]'), 'streamed figures never revealed').toHaveCount(0, { timeout: 15_000 });
}

/**
 * An embedded figure (/embed/<sim>/) has no site header: it is ready when its
 * bridge has found the figure's store (data-embed-ready) and every streamed
 * Suspense boundary is in place.
 */
export async function expectEmbedReady(page: Page): Promise<void> {
  await expect(page.locator('[data-embed-root][data-embed-ready]'), 'the embed never became ready').toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('div[hidden][id^="S:"]'), 'streamed figures never revealed').toHaveCount(0, { timeout: 15_000 });
}

/** Fonts loaded and layout settled, for screenshots. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}

/**
 * Resolves once the page has rendered `n` more animation frames: a span of the
 * page's own time, for "nothing moves" checks (a paused clock, a figure that
 * must not start). Figures advance per frame, so on a busy machine this waits
 * longer in wall time but exactly as long in what the page could have done.
 */
export async function afterFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}
