/**
 * The same page in several looks (widths × themes), loaded once per width.
 *
 * Loading and hydrating a chapter is the expensive part of a look check, and
 * a theme is only colours: so each width gets one page, loaded in the first
 * theme, and each theme is a test of its own on that page (the site follows
 * prefers-color-scheme live, which this also exercises). The tests of one
 * width run in order in one worker (a serial group); widths run in parallel.
 */
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { attachGuards, type Guards } from './guards';
import { settle } from './hydration';
import { test } from './test';
import { expectNoHorizontalOverflow } from './layout';

export type Theme = 'light' | 'dark';
/** `first`: the first theme checked on this page; later ones see the same document in other colours. */
export type Look = { width: number; theme: Theme; first: boolean };

type LooksOptions = {
  /** Names the group of one width, e.g. "home at 390px". */
  group: (width: number) => string;
  /** Names the test of one look. */
  title: (look: Omit<Look, 'first'>) => string;
  widths: readonly number[];
  themes: readonly Theme[];
  /** Loads the page (once per width) and brings it to the state to check. */
  open: (page: Page, width: number) => Promise<void>;
  /** Checks one look; the theme is already applied. */
  check: (page: Page, look: Look, testInfo: TestInfo) => Promise<void>;
  /** Passed to the guards' expectClean (a 404 page expects its own 404). */
  clean?: (baseURL: string) => Parameters<Guards['expectClean']>[0];
};

/** A new page in the worker's context (support/test.ts), with reduced motion (still pictures, an idle CPU). */
async function lookPage(context: BrowserContext, testInfo: TestInfo, width: number, theme: Theme): Promise<{ page: Page; guards: Guards; baseURL: string }> {
  const baseURL = testInfo.project.use.baseURL!;
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  const guards = await attachGuards(page, baseURL);
  return { page, guards, baseURL };
}

export function describeLooks(options: LooksOptions): void {
  for (const width of options.widths) {
    test.describe.serial(options.group(width), () => {
      // A long chapter's load (in beforeAll), full-page screenshot and axe scan on a busy
      // 2-core machine: the room test.slow() gives a test.
      test.describe.configure({ timeout: 90_000 });
      let page: Page | undefined;
      let guards: Guards;
      let baseURL: string;
      test.beforeAll(async ({ workerContext }, testInfo) => {
        ({ page, guards, baseURL } = await lookPage(workerContext, testInfo, width, options.themes[0]!));
        await options.open(page, width);
      });
      test.afterAll(async () => {
        await page?.close();
      });
      for (const [i, theme] of options.themes.entries()) {
        test(options.title({ width, theme }), async ({}, testInfo) => {
          await page!.emulateMedia({ colorScheme: theme });
          await options.check(page!, { width, theme, first: i === 0 }, testInfo);
          await guards.expectClean(options.clean?.(baseURL));
        });
      }
    });
  }
}

/** Where a look's screenshot goes: test-results/screenshots/<name>.jpg. */
export const screenshotPath = (testInfo: TestInfo, name: string) => join(testInfo.project.outputDir, 'screenshots', `${name}.jpg`);

/**
 * What every page must be in every look: a full-page screenshot to look at
 * (JPEG: a third faster to encode than PNG for a 20,000 px chapter), no
 * sideways scrolling, no axe violations. Overflow and axe are soft.
 *
 * A later theme on the same page is the same document in other colours, so
 * it gets axe's colour rules only: the structural rules (names, roles,
 * landmarks, headings, focus order) already ran on this very DOM.
 */
export async function expectGoodLook(page: Page, testInfo: TestInfo, name: string, look: Pick<Look, 'first'>): Promise<void> {
  await settle(page);
  await page.screenshot({ path: screenshotPath(testInfo, name), fullPage: true, type: 'jpeg', quality: 80, animations: 'disabled' });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page, look.first ? {} : { rules: COLOUR_RULES });
}

/** axe rules whose outcome depends on colours: axe-core 4.13's cat.color rules that are on by default (not the AAA color-contrast-enhanced). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * A JPEG of one figure, for review. A figure taller than the viewport makes Chromium lay out and
 * paint the whole page beyond the viewport for the shot (2.5–8 s on a long chapter, against 0.2 s
 * for what is on screen), so the viewport grows to hold the figure for the shot and is put back.
 * The figure is centred, clear of the sticky site header.
 */
export async function screenshotFigure(figure: Locator, path: string): Promise<void> {
  const page = figure.page();
  const viewport = page.viewportSize()!;
  const box = await figure.boundingBox();
  const room = Math.ceil(box?.height ?? 0) + 2 * HEADER_ROOM;
  const grow = room > viewport.height;
  if (grow) await page.setViewportSize({ width: viewport.width, height: room });
  try {
    await figure.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await figure.screenshot({ path, type: 'jpeg', quality: 80, animations: 'disabled' });
  } finally {
    if (grow) await page.setViewportSize(viewport);
  }
}

/** More than the sticky site header's height (components/layout/site-header.tsx), at every width. */
const HEADER_ROOM = 80;
