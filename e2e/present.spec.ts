/**
 * Presenting: the talk deck at /present/line-rate-talk/ — keys, the URL per
 * slide and step, the overview, steps that set a figure's parameters, bad URLs.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { attachGuards } from './support/guards';

const DECK = '/present/line-rate-talk/';

const stage = (page: Page) => page.locator('[data-deck-stage]');
const deck = (page: Page) => page.locator('[data-deck]');

async function expectAt(page: Page, slide: number, step: number) {
  await expect(deck(page)).toHaveAttribute('data-slide', String(slide));
  await expect(deck(page)).toHaveAttribute('data-step', String(step));
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${slide}&step=${step}(&|$)`));
}

test('the keyboard walks through slides and steps, both ways, and jumps', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(DECK);
  await expect(stage(page).getByRole('heading', { level: 1 })).toHaveText('User-space network stacks on Linux');
  await expectAt(page, 1, 0);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 0);
  await expect(stage(page).getByRole('heading', { name: 'The budget' })).toBeVisible();
  // Slide 2 has two steps: each key press reveals one, then the next slide.
  const firstStep = stage(page).locator('[data-step="1"]');
  await expect(firstStep).toHaveAttribute('data-shown', 'false');
  await page.keyboard.press('Space');
  await expectAt(page, 2, 1);
  await expect(firstStep).toHaveAttribute('data-shown', 'true');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await expectAt(page, 3, 0);
  // Back from a slide's start lands on the previous slide fully revealed.
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, 2, 2);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowUp');
  await expectAt(page, 2, 0);
  await page.keyboard.press('End');
  const count = Number((await deck(page).getAttribute('data-slide')) ?? 0);
  expect(count).toBeGreaterThanOrEqual(25);
  await expect(page.locator('[data-deck-counter]')).toContainText(`${count} / ${count}`);
  await page.keyboard.press('Home');
  await expectAt(page, 1, 0);
  await page.keyboard.type('12');
  await expect(page.locator('[data-deck-counter]')).toContainText('go to 12');
  await page.keyboard.press('Enter');
  await expectAt(page, 12, 0);
  await page.keyboard.press('b');
  await expect(page.locator('[data-deck-black]')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('[data-deck-black]')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('PageDown');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await guards.expectClean();
});

test('reload keeps the slide and step', async ({ page }) => {
  await page.goto(`${DECK}?slide=9&step=1`);
  await expectAt(page, 9, 1);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 10, 0);
  await page.reload();
  await expectAt(page, 10, 0);
  await expect(stage(page).getByRole('heading', { level: 2 })).toHaveText('NAPI in one sentence');
});

test('the overview opens on O and jumps to the chosen slide', async ({ page }) => {
  await page.goto(`${DECK}?slide=4&step=0`);
  await expectAt(page, 4, 0);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expect(overview.locator('[aria-current="true"]')).toBeFocused();
  await overview.locator('[data-overview-slide="7"]').click();
  await expect(overview).toHaveCount(0);
  await expectAt(page, 7, 0);
  // Keyboard only: O, arrow to a tile with Tab, Enter.
  await page.keyboard.press('o');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectAt(page, 8, 0);
});

test('a step sets the simulation on its slide, and stepping back restores it', async ({ page }) => {
  await page.goto(`${DECK}?slide=2&step=0`);
  const figure = stage(page).locator('[data-simulation="line-rate"][data-panel="budget"]');
  await expect(figure).toContainText('budget: 67.2 ns');
  await page.keyboard.press('ArrowRight');
  await expect(figure).toContainText('budget: 1.23 µs');
  await page.keyboard.press('ArrowRight');
  await expect(figure).toContainText('budget: 6.72 ns');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(figure).toContainText('budget: 67.2 ns');
  // A reload at a step shows that step's figure, not parameters left in the URL.
  await page.goto(`${DECK}?slide=2&step=1&line-rate.frameBytes=300`);
  await expect(figure).toContainText('budget: 1.23 µs');
});

for (const [query, message] of [
  ['?slide=999', 'There is no slide “999”'],
  ['?slide=two&step=1', 'There is no slide “two”'],
  ['?slide=2&step=9', 'Slide 2 has no step “9”'],
] as const) {
  test(`a bad position in the URL (${query}) shows a notice and a slide, never an error`, async ({ page, baseURL }) => {
    const guards = await attachGuards(page, baseURL);
    await page.goto(`${DECK}${query}`);
    await expect(page.locator('[data-deck-notice]')).toContainText(message);
    await expect(deck(page)).toHaveAttribute('data-slide', query.startsWith('?slide=2') ? '2' : '1');
    await page.locator('[data-deck-notice]').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-deck-notice]')).toHaveCount(0);
    await guards.expectClean();
  });
}

test('an unknown deck is a 404 page, not a crash', async ({ page }) => {
  const response = await page.goto('/present/no-such-deck/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [view, path] of [
  ['audience', `${DECK}?slide=8&step=1`],
  ['presenter', `${DECK}presenter/?slide=2&step=1`],
  ['overview', `${DECK}?slide=3&step=0`],
] as const) {
  test(`the ${view} view passes axe`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await expect(page.locator('[data-deck], [data-presenter]').first()).toHaveAttribute('data-slide', /\d+/);
    if (view === 'overview') {
      await expect(deck(page)).toHaveAttribute('data-slide', '3');
      await page.keyboard.press('o');
      await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}

test('F enters full screen and F again leaves it, without moving the deck', async ({ page }) => {
  await page.goto(`${DECK}?slide=3&step=0`);
  await expectAt(page, 3, 0);
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  expect(await fullscreen()).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(false);
  await expectAt(page, 3, 0);
});

/**
 * WCAG contrast of an element's text against what is painted under it. The slide counter is not
 * inside the stage but laid over it (components/present/audience-deck.tsx), so its background is
 * found by hit-testing: every element under its centre, composited bottom-up over the canvas.
 * Colours are read back through a canvas, which turns any CSS colour (oklab, color-mix) into sRGB.
 */
async function textContrast(page: Page, selector: string): Promise<{ ratio: number; fg: number[]; bg: number[] }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): number[] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: number[], below: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + below[i]! * (1 - top[3]!));
    const box = el.getBoundingClientRect();
    const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const under = stack.slice(stack.indexOf(el)).reverse();
    let bg = [255, 255, 255];
    for (const e of under) bg = over(rgba(getComputedStyle(e).backgroundColor), bg);
    const fg = over(rgba(getComputedStyle(el).color), bg);
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    return { ratio: (hi! + 0.05) / (lo! + 0.05), fg: fg.map(Math.round), bg: bg.map(Math.round) };
  }, selector);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the slide number and the help button are readable in the ${theme} theme, on the slide and beside it`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    // 16:9 (the stage fills the window, the counter lies on the slide) and taller (the counter lies on the letterbox).
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1000, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${DECK}?slide=3&step=0`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('[data-deck-counter]')).toContainText('3 / ');
      for (const selector of ['[data-deck-counter]', '[data-deck] button[aria-label="Keyboard shortcuts"]']) {
        const { ratio, fg, bg } = await textContrast(page, selector);
        expect(ratio, `${selector} at ${viewport.width}×${viewport.height}: rgb(${fg}) on rgb(${bg})`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
}

test('no slide shows raw Markdown: every table, list, heading and emphasis was rendered', async ({ page }) => {
  await page.goto(`${DECK}print/`);
  const pages = page.locator('.deck-print-page');
  await expect(pages).toHaveCount(Number(await page.locator('[data-print-pages]').getAttribute('data-print-pages')));
  // Code may hold pipes, hashes and dashes of its own; innerText leaves out what is not displayed.
  await page.addStyleTag({ content: '.deck-print-page pre, .deck-print-page code { display: none !important; }' });
  const texts = await pages.evaluateAll((els) =>
    els.map((el) => [`${el.getAttribute('data-print-slide')}.${el.getAttribute('data-print-step')}`, (el as HTMLElement).innerText]),
  );
  // A line that starts like a Markdown table row, list item, heading or rule; emphasis, a table rule or a backtick anywhere.
  const raw = /^\s*(\||[-*+] |#{1,6} |-{3,})|\*\*|\|\s*-{3,}|`/;
  const leaks = texts.flatMap(([at, text]) =>
    text!
      .split('\n')
      .filter((line) => raw.test(line))
      .map((line) => `page ${at}: ${line.slice(0, 120)}`),
  );
  expect(leaks).toEqual([]);
});
