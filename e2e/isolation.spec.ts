/**
 * The worker's shared browser context (support/test.ts) must not carry one
 * test's leftovers into the next: the second test of this serial pair runs in
 * the same worker and context, right after the first has dirtied it.
 */
import { expect, test } from './support/test';

test.describe.serial('one context per worker, nothing left behind', () => {
  test('a test stores a theme, grants a permission, goes offline and leaves a page open', async ({ page, context }) => {
    await page.goto('/glossary/');
    await page.evaluate(() => {
      localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    });
    await context.grantPermissions(['clipboard-read']);
    await context.newPage();
    await context.setOffline(true);
  });

  test('the next test finds none of it, and the site loads', async ({ page, context }) => {
    expect(context.pages()).toEqual([page]);
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    expect(await page.evaluate(() => [localStorage.getItem('theme'), sessionStorage.getItem('seeded')])).toEqual([null, null]);
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state)).not.toBe('granted');
  });
});
