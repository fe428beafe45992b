/**
 * The worker's shared browser context (support/test.ts) must not carry one
 * test's leftovers into the next: the second test of this serial pair runs in
 * the same worker and context, right after the first has dirtied it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

test.describe.serial('one context per worker, nothing left behind', () => {
  let leftOpen: Page | undefined;

  test('a test stores a theme, sets a cookie, grants a permission, goes offline and leaves a page open', async ({ page, context, baseURL }) => {
    await page.goto('/glossary/');
    await page.evaluate(() => {
      localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    });
    await context.addCookies([{ name: 'left', value: 'behind', url: baseURL! }]);
    await context.grantPermissions(['clipboard-read']);
    leftOpen = await context.newPage();
    await context.setOffline(true);
  });

  test('the next test finds none of it, and the site loads', async ({ page, context }) => {
    // Open: this test's page and the worker's blank janitor page (support/test.ts), nothing else.
    expect(leftOpen?.isClosed()).toBe(true);
    expect(context.pages()).toHaveLength(2);
    expect(context.pages()).toContain(page);
    expect(await context.cookies()).toEqual([]);
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    expect(await page.evaluate(() => [localStorage.getItem('theme'), sessionStorage.getItem('seeded')])).toEqual([null, null]);
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state)).not.toBe('granted');
  });
});
