/** Chapter 1's prose machinery: glossary terms, citations, contents, sidenotes, figures, code; the links between chapters. */
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';
import { CHAPTER } from './support/line-rate';

test('glossary term links point at /glossary/#<id>, and the glossary has every one of those ids', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const first = page.locator('article a.term-link').first();
  await expect(first).toHaveText('connection tracking');
  await expect(first).toHaveAttribute('href', '/glossary/#conntrack');

  const hrefs = await page.locator('article a.term-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(30);
  for (const href of hrefs) expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
  const ids = [...new Set(hrefs.map((h) => h.slice('/glossary/#'.length)))];

  await expectHydrated(first);
  await first.click();
  await expect(page).toHaveURL(/\/glossary\/#conntrack$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page.locator('[id="conntrack"] dt')).toContainText('connection tracking');
  await expect(page.locator('[id="conntrack"]')).toBeInViewport();

  const missing = await page.evaluate((wanted) => wanted.filter((id) => !document.getElementById(id)), ids);
  expect(missing, 'glossary ids linked from chapter 1 but missing on /glossary/').toEqual([]);
  await guards.expectClean();
});

test('hovering or focusing a term shows its tooltip; moving away or Escape hides it', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CHAPTER);
  const term = page.locator('article a.term-link[href="/glossary/#conntrack"]').first();
  const tipId = await term.getAttribute('aria-describedby');
  expect(tipId).toBeTruthy();
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toContainText('Netfilter’s record of every flow’s state');
  await expect(tip).toBeHidden();
  await expectHydrated(term);

  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toBeInViewport();
  await page.mouse.move(5, 400);
  await expect(tip).toBeHidden();

  await term.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
  await guards.expectClean();
});

test('citation [1] links to #source-xdp2018 in the Sources list, which links out to the paper', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const cite = page.locator('article a.cite-link').first();
  await expect(cite).toHaveText('[1]');
  await expect(cite).toHaveAttribute('href', '#source-xdp2018');

  const sources = page.locator('section[aria-labelledby="sources"]');
  await expect(sources.getByRole('heading', { level: 2 })).toHaveText('Sources');
  const entry = sources.locator('li[id="source-xdp2018"]');
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('span').first()).toHaveText('[1]');
  const out = entry.getByRole('link');
  await expect(out).toHaveText('The eXpress Data Path: Fast Programmable Packet Processing in the Operating System Kernel');
  const href = await out.getAttribute('href');
  expect(href).toBe('https://dl.acm.org/doi/10.1145/3281411.3281443');
  expect(new URL(href!).origin).not.toBe(new URL(baseURL!).origin);

  // Every citation number matches its position in the list, and every target exists.
  const cites = await page
    .locator('article a.cite-link')
    .evaluateAll((links) => links.map((a) => ({ n: a.textContent ?? '', target: (a.getAttribute('href') ?? '').slice(1) })));
  const listed = await sources.locator('ol > li').evaluateAll((items) => items.map((li) => li.id));
  expect(cites.length).toBeGreaterThanOrEqual(30);
  for (const c of cites) {
    expect(listed, `${c.target} is cited but not listed`).toContain(c.target);
    expect(c.n).toBe(`[${listed.indexOf(c.target) + 1}]`);
  }

  await cite.click();
  await expect(page).toHaveURL(/#source-xdp2018$/);
  await expect(entry).toBeInViewport();
  await guards.expectClean();
});

test('the table of contents lists the eight sections and every link targets an existing heading', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CHAPTER);
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
  await expect(toc).toBeVisible();
  const links = toc.getByRole('link');
  await expect(links).toHaveText([
    'What is actually on the wire',
    'The arithmetic',
    "What fits in one packet's time",
    'Small frames are the hard case',
    'Why the kernel spends so long on each packet',
    'The scoreboard',
    'On a real machine',
    'Where this is going',
  ]);
  const targets = await links.evaluateAll((as) =>
    as.map((a) => {
      const id = (a.getAttribute('href') ?? '').replace(/^#/, '');
      const el = document.getElementById(id);
      // The heading's own text, without its "#" self-link (a.heading-anchor).
      const text = el
        ? Array.from(el.childNodes)
            .filter((n) => !(n instanceof Element && n.matches('a.heading-anchor')))
            .map((n) => n.textContent)
            .join('')
            .trim()
        : null;
      return {
        id,
        tag: el?.tagName ?? null,
        text,
        label: a.textContent?.trim() ?? '',
        anchor: el?.querySelector('a.heading-anchor')?.getAttribute('href') ?? null,
      };
    }),
  );
  for (const t of targets) {
    expect(t.tag, `#${t.id}`).toBe('H2');
    expect(t.text).toBe(t.label);
    expect(t.anchor).toBe(`#${t.id}`);
  }

  const scoreboard = links.filter({ hasText: 'The scoreboard' });
  await expectHydrated(scoreboard);
  await scoreboard.click();
  await expect(page).toHaveURL(/#the-scoreboard$/);
  await expect(page.locator('h2#the-scoreboard')).toBeInViewport();
  await guards.expectClean();
});

test('the chapter has four numbered sidenotes', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  // Callouts are notes too; sidenotes are the ones named "Sidenote N".
  const notes = page.locator('article').getByRole('note', { name: /^Sidenote \d+$/ });
  await expect(notes).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(notes.nth(i)).toHaveAccessibleName(`Sidenote ${i + 1}`);
  await expect(notes.first()).toContainText('The standard defines the gap as 96 bit times');
  await guards.expectClean();
});

test('figures are numbered Figure 1. to Figure 4. in document order', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const figures = await page
    .locator('article figure[id]')
    .evaluateAll((els) => els.map((f) => ({ id: f.id, label: f.querySelector('figcaption > span')?.textContent ?? null })));
  expect(figures).toEqual([
    { id: 'wire', label: 'Figure 1.' },
    { id: 'budget-explorer', label: 'Figure 2.' },
    { id: 'budget', label: 'Figure 3.' },
    { id: 'pps-chart', label: 'Figure 4.' },
  ]);
  await guards.expectClean();
});

test('code blocks are highlighted at build time, with light and dark colours', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  // In the served HTML already: nothing is highlighted in the browser.
  const html = await (await page.request.get(CHAPTER)).text();
  expect(html).toContain('data-language="c"');
  expect(html).toMatch(/style="--shiki-light:#A1262F;--shiki-dark:#FF8F84"/);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CHAPTER);
  const c = page.locator('article pre code[data-language="c"]');
  const sh = page.locator('article pre code[data-language="sh"]');
  await expect(c).toHaveCount(1);
  await expect(sh).toHaveCount(1);
  expect(await c.locator('span[style*="--shiki-light"]').count()).toBeGreaterThanOrEqual(20);
  expect(await sh.locator('span[style*="--shiki-light"]').count()).toBeGreaterThanOrEqual(4);

  // Colours from lib/mdx/code-themes.ts (AA contrast on the code background).
  const keyword = c.locator('span[style*="--shiki-light:#A1262F"]').first();
  await expect(keyword).toHaveText('for');
  await expect(keyword).toHaveCSS('color', 'rgb(161, 38, 47)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(keyword).toHaveCSS('color', 'rgb(255, 143, 132)');
  await guards.expectClean();
});

test('on a touch screen the first tap on a glossary term shows its tooltip; the second opens the glossary', async ({ browser, baseURL }) => {
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  try {
    const phone = await touch.newPage();
    await phone.goto('/chapters/why-rewrite/');
    const term = phone.locator('article .term').first();
    const link = term.locator('.term-link');
    await link.scrollIntoViewIfNeeded();
    await expectHydrated(link);
    await link.tap();
    await expect(term.locator('.term-tip')).toBeVisible();
    expect(new URL(phone.url()).pathname).toBe('/chapters/why-rewrite/');
    await link.tap();
    await expect.poll(() => new URL(phone.url()).pathname).toBe('/glossary/');
  } finally {
    await touch.close();
  }
});

test('on a touch screen every text field is at least 16 px, so focusing it does not zoom the page', async ({ browser, baseURL }) => {
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  try {
    const phone = await touch.newPage();
    for (const path of ['/chapters/receive-path/', '/diagnose/']) {
      await phone.goto(path);
      const sizes = await phone
        .locator('input:not([type=radio], [type=checkbox], [type=range]), select, textarea')
        .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length, `${path} has text fields`).toBeGreaterThan(0);
      for (const size of sizes) expect(size, path).toBeGreaterThanOrEqual(16);
    }
  } finally {
    await touch.close();
  }
});

test('on a phone a wide table keeps its key column in view as it scrolls, and shades the edge it continues past', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/chapters/tuning/');
  await expectHydrated(page.locator('article a.term-link').first());
  const tables = page.locator('article table');
  const wide = await tables.evaluateAll((els) => els.map((t, i) => (t.scrollWidth > t.clientWidth + 4 ? i : -1)).filter((i) => i >= 0));
  expect(wide.length, 'chapter 4 has a table wider than a phone').toBeGreaterThan(0);
  const table = tables.nth(wide[0]!);
  await table.scrollIntoViewIfNeeded();
  const key = table.locator('tbody tr').first().locator('td').first();
  const before = (await key.boundingBox())!;
  await table.evaluate((t) => t.scrollTo({ left: 120, behavior: 'instant' }));
  await expect.poll(() => table.evaluate((t) => t.scrollLeft)).toBeGreaterThan(100);
  const after = (await key.boundingBox())!;
  expect(Math.abs(after.x - before.x), 'the key column does not move').toBeLessThan(1);
  const second = (await table.locator('tbody tr').first().locator('td').nth(1).boundingBox())!;
  expect(second.x, 'the other columns scroll under it').toBeLessThan(before.x + before.width);
  const bg = await table.evaluate((t) => getComputedStyle(t).backgroundImage);
  expect(bg, 'a shade marks the scrolling edge').toContain('gradient');
});

test('the last chapter says the series ends there and links to what is left to do; others link to the next chapter', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/chapters/choosing/');
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  // Every chapter of content/outline.ts is published: nothing is "in preparation".
  await expect(nav).not.toContainText(/preparation|coming|more chapters/i);
  await expect(nav).toContainText('the last of the 8 chapters');
  const links = nav.getByRole('link');
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/chapters/safety/', '/diagnose/', '/present/line-rate-talk/', '/']);
  await expect(nav.getByRole('link', { name: 'diagnose your own machine' })).toBeVisible();
  for (const href of ['/diagnose/', '/present/line-rate-talk/', '/']) expect((await page.request.get(href)).status(), href).toBe(200);

  await page.goto('/chapters/safety/');
  await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /^Next · Chapter 8/ })).toHaveAttribute(
    'href',
    '/chapters/choosing/',
  );
  await guards.expectClean();
});
