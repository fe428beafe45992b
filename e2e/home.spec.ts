/** The home page: chapter list, planned chapters and the live teaser. */
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';
import { panel } from './support/line-rate';

test('home lists the published chapters in order, chapter 1 first with its title and reading time', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/');
  const chapters = page.locator('section#chapters');
  await expect(chapters.getByRole('heading', { level: 2 })).toHaveText('Chapters');
  const published = chapters.locator('ol').first().getByRole('listitem');
  await expect(published).toHaveCount(8);
  await expect(published.last().getByRole('link')).toHaveAttribute('href', '/chapters/choosing/');
  await expect(published.nth(1).getByRole('link')).toHaveAttribute('href', '/chapters/receive-path/');
  await expect(published.nth(2).getByRole('link')).toHaveAttribute('href', '/chapters/where-packets-die/');
  const link = published.first().getByRole('link');
  await expect(link).toHaveAttribute('href', '/chapters/why-rewrite/');
  await expect(link).toContainText('Chapter 1');
  await expect(link).toContainText('Why would anyone rewrite the network stack?');
  await expect(link.locator('.tabular')).toHaveText('12 min');
  // The call to action points at the same chapter.
  await expect(page.getByRole('link', { name: 'Start reading: chapter 1' })).toHaveAttribute('href', '/chapters/why-rewrite/');
  await guards.expectClean();
});

test('with every chapter published, there is no "In preparation" list', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/');
  const chapters = page.locator('section#chapters');
  await expect(chapters.getByRole('heading', { level: 2 })).toHaveText('Chapters');
  await expect(chapters.getByRole('heading', { name: 'In preparation' })).toHaveCount(0);
  await expect(chapters.locator('ol')).toHaveCount(1);
  await guards.expectClean();
});

test('the live teaser draws the wire and states 14,880,952 packets a second', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/');
  const teaser = panel(page, 'teaser');
  await expect(teaser).toHaveCount(1);
  await expect(teaser.locator('canvas')).toHaveCount(1);
  await expect(teaser.locator('canvas')).toBeVisible();
  await expect(teaser.locator('canvas')).toHaveAttribute('aria-label', /^64-byte frames on a 10 Gbit\/s link/);
  // Drawn: the canvas backing store is sized to its box once the client has rendered it.
  await expect.poll(() => teaser.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(300);
  const sentence = teaser.locator('p').first();
  await expect(sentence).toContainText('a packet arrives every 67.2 ns — 14,880,952 packets a second.');
  await guards.expectClean();
});

test('switching the teaser link speed to 100 GbE restates it as 148,809,524 packets a second', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/');
  const teaser = panel(page, 'teaser');
  const select = teaser.getByRole('combobox', { name: 'Link speed' });
  await expectHydrated(select);
  await expect(select).toHaveValue('10');
  await select.selectOption('100');
  const sentence = teaser.locator('p').first();
  await expect(sentence).toContainText('a packet arrives every 6.72 ns — 148,809,524 packets a second.');
  await expect(teaser.locator('canvas')).toHaveAttribute('aria-label', /^64-byte frames on a 100 Gbit\/s link/);
  await expect(page).toHaveURL(/[?&]line-rate\.linkGbps=100(&|$)/);
  await guards.expectClean();
});

test('"What you will learn" fills every row of its grid at phone, tablet and desktop widths', async ({ page }) => {
  await page.goto('/');
  const grid = page.locator('section[aria-labelledby="learn"] ul');
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const { columns, rows } = await grid.evaluate((ul) => {
      const columns = getComputedStyle(ul).gridTemplateColumns.split(' ').length;
      const rows = new Map<number, number>();
      for (const li of ul.children) {
        const top = Math.round(li.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      return { columns, rows: [...rows.values()] };
    });
    expect(rows.length, `${width}px`).toBeGreaterThan(0);
    expect(rows, `${width}px: items per row in a grid of ${columns} columns`).toEqual(rows.map(() => columns));
  }
});
