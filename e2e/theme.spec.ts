/** Light / system / dark: the radio group at desktop widths, the cycling button on phones. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';

const storedTheme = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));

test('at 1280 px the system theme follows prefers-color-scheme, also live', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme-choice', 'system');
  const system = page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name: 'System theme' });
  await expect(system).toHaveAttribute('aria-checked', 'true');
  await expectHydrated(system);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await storedTheme(page)).toBeNull();
  await guards.expectClean();
});

/**
 * Holds back the page's scripts (the HTML and its inline theme script still arrive) until the
 * returned function lets them through.
 */
async function holdScripts(page: Page): Promise<() => void> {
  const pattern = '**/_next/static/chunks/*.js';
  const held: Array<() => void> = [];
  let open = false;
  await page.route(pattern, async (route) => {
    if (!open) await new Promise<void>((go) => held.push(go));
    await route.continue();
  });
  return () => {
    open = true;
    for (const go of held.splice(0)) go();
  };
}

test('a system change while the page still loads its scripts is caught up on hydration; a stored choice is kept', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  const html = page.locator('html');
  const radio = (name: string) => page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name });

  // Light when the inline script runs, dark before React has subscribed to changes.
  await page.emulateMedia({ colorScheme: 'light' });
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  release();
  await expectHydrated(radio('System theme'));
  await expect(radio('System theme')).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // A stored choice is the reader's: catching up with the (dark) system must not override it.
  await radio('Light theme').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expectHydrated(radio('Light theme'));
  await expect(radio('Light theme')).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await storedTheme(page)).toBe('light');
  await guards.expectClean();
});

test('at 1280 px "Dark theme" applies dark and persists across a reload', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/glossary/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const group = page.getByRole('radiogroup', { name: 'Colour theme' });
  const dark = group.getByRole('radio', { name: 'Dark theme' });
  await expectHydrated(dark);
  await dark.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => storedTheme(page)).toBe('dark');
  // The page really is dark, not just the attribute.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe('rgb(17, 19, 23)');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme-choice', 'dark');
  await expect(group.getByRole('radio', { name: 'Dark theme' })).toHaveAttribute('aria-checked', 'true');
  await expect(group.getByRole('radio', { name: 'System theme' })).toHaveAttribute('aria-checked', 'false');
  await expect.poll(background).toBe('rgb(17, 19, 23)');
  await guards.expectClean();
});

test('at 1280 px "System theme" removes the stored choice and follows the system again', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const system = page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name: 'System theme' });
  await expectHydrated(system);
  await expect(page.getByRole('radio', { name: 'Dark theme' })).toHaveAttribute('aria-checked', 'true');

  await system.click();
  await expect(system).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => storedTheme(page)).toBeNull();

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).toHaveAttribute('data-theme-choice', 'system');
  await guards.expectClean();
});

test('at 390 px one button cycles system → dark → light → system', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(page.getByRole('radiogroup', { name: 'Colour theme' })).toBeHidden();
  const button = page.locator('header[data-site-header]').getByRole('button', { name: /theme \(switch to/ });
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('System theme (switch to dark theme)');
  await expectHydrated(button);
  await expect(html).toHaveAttribute('data-theme', 'light');

  await button.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAccessibleName('Dark theme (switch to light theme)');
  await expect.poll(() => storedTheme(page)).toBe('dark');

  await button.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(button).toHaveAccessibleName('Light theme (switch to system theme)');
  await expect.poll(() => storedTheme(page)).toBe('light');

  await button.click();
  await expect(html).toHaveAttribute('data-theme-choice', 'system');
  await expect(button).toHaveAccessibleName('System theme (switch to dark theme)');
  await expect.poll(() => storedTheme(page)).toBeNull();
  await guards.expectClean();
});

test('arrow keys move the selection within the theme radio group', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const group = page.getByRole('radiogroup', { name: 'Colour theme' });
  const light = group.getByRole('radio', { name: 'Light theme' });
  const system = group.getByRole('radio', { name: 'System theme' });
  const dark = group.getByRole('radio', { name: 'Dark theme' });
  const html = page.locator('html');
  await expectHydrated(system);
  // One tab stop: only the checked radio is focusable.
  await expect(system).toHaveAttribute('tabindex', '0');
  await expect(dark).toHaveAttribute('tabindex', '-1');
  await system.focus();

  await page.keyboard.press('ArrowRight');
  await expect(dark).toBeFocused();
  await expect(dark).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(light).toBeFocused();
  await expect(light).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => storedTheme(page)).toBe('light');

  await page.keyboard.press('ArrowLeft'); // wraps back
  await expect(dark).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(system).toBeFocused();
  await expect(system).toHaveAttribute('aria-checked', 'true');
  await expect(system).toHaveAttribute('tabindex', '0');
  await expect.poll(() => storedTheme(page)).toBeNull();
  await guards.expectClean();
});
