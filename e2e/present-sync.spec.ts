/**
 * Presenting with two windows, printing and the network off: the presenter
 * view and the audience stay together both ways (position and a figure's
 * parameters); the print view has one PDF page per step; an offline page
 * still navigates.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { afterFrames } from './support/hydration';

const DECK = '/present/line-rate-talk/';

async function at(page: Page, root: string, slide: number, step: number) {
  await expect(page.locator(root)).toHaveAttribute('data-slide', String(slide));
  await expect(page.locator(root)).toHaveAttribute('data-step', String(step));
}

test('presenter and audience windows follow each other, and a figure changed in either', async ({ context, baseURL }) => {
  // Two windows (or a dozen slides) of live figures on a 2-core machine: more than the default 30 s when it is busy.
  test.slow();
  const audience = await context.newPage();
  const presenter = await context.newPage();
  const guards = await attachGuards(presenter, baseURL);
  await audience.goto(`${DECK}?slide=2&step=0`);
  await at(audience, '[data-deck]', 2, 0);
  await presenter.goto(`${DECK}presenter/?slide=2&step=0`);
  await at(presenter, '[data-presenter]', 2, 0);
  await expect(presenter.locator('[data-presenter-notes]')).toContainText('Step one: full-size frames');
  await expect(presenter.locator('[data-presenter-preview] [data-sim-snapshot="line-rate"]')).toContainText('1,518 B');

  await presenter.keyboard.press('ArrowRight');
  await at(presenter, '[data-presenter]', 2, 1);
  await at(audience, '[data-deck]', 2, 1);
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('ArrowRight');
  await at(audience, '[data-deck]', 3, 0);
  await at(presenter, '[data-presenter]', 3, 0);
  await expect(presenter.locator('[data-presenter-counter]')).toContainText('Slide 3 /');

  // Slide 4's chart has a "highlighted link speed" control: change it in one window, see it in the other.
  await presenter.keyboard.press('ArrowRight');
  await at(audience, '[data-deck]', 4, 0);
  const speed = (page: Page, gbps: string) =>
    page.locator('[data-deck-stage]').first().getByRole('radiogroup', { name: 'Highlighted link speed' }).getByRole('radio', { name: gbps, exact: true });
  await speed(presenter, '40 GbE').click();
  await expect(speed(presenter, '40 GbE')).toHaveAttribute('aria-checked', 'true');
  await expect(speed(audience, '40 GbE')).toHaveAttribute('aria-checked', 'true');
  await speed(audience, '100 GbE').click();
  await expect(speed(presenter, '100 GbE')).toHaveAttribute('aria-checked', 'true');
  await guards.expectClean();
});

test('play, pause, a single event and the simulation clock are mirrored between the windows', async ({ context, baseURL }) => {
  // Two windows (or a dozen slides) of live figures on a 2-core machine: more than the default 30 s when it is busy.
  test.slow();
  const audience = await context.newPage();
  const presenter = await context.newPage();
  const guards = await attachGuards(presenter, baseURL);
  await audience.goto(`${DECK}?slide=7&step=0`);
  await presenter.goto(`${DECK}presenter/?slide=7&step=0`);
  const figure = (page: Page) => page.locator('[data-deck-stage]').first().locator('[data-event-sim="receive-path"]');
  const now = async (page: Page) => Number(await figure(page).locator('[data-run-sentence]').getAttribute('data-now'));
  const button = (page: Page, name: string) => figure(page).getByRole('button', { name, exact: true });
  // The projector's window runs; the presenter's shows the same instants.
  await expect.poll(() => now(audience), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => now(presenter), { timeout: 15_000 }).toBeGreaterThan(0);

  await button(presenter, 'Pause').click();
  await expect(button(audience, 'Play')).toBeVisible();
  // Both stop on the very same nanosecond of model time.
  await expect.poll(async () => (await now(presenter)) - (await now(audience))).toBe(0);
  const paused = await now(audience);
  // Headless, the window opened last is the one in front, and a window behind draws about one frame a
  // second: the audience's comes forward to be watched (18 frames: 0.3 s in front, 18 s behind).
  await audience.bringToFront();
  await afterFrames(audience, 18);
  expect(await now(audience)).toBe(paused);

  // One event in the presenter's window moves the projector's too.
  await presenter.bringToFront();
  await button(presenter, 'One event').click();
  await expect.poll(() => now(audience)).toBeGreaterThan(paused);
  expect(await now(audience)).toBe(await now(presenter));

  // Restart from the audience's window: both go back to an empty wire, then play on from either.
  await audience.bringToFront();
  await button(audience, 'Restart').click();
  await expect.poll(() => now(presenter)).toBe(0);
  await button(audience, 'Play').click();
  await expect(button(presenter, 'Pause')).toBeVisible();
  await expect.poll(() => now(presenter), { timeout: 15_000 }).toBeGreaterThan(0);
  await button(audience, 'Pause').click();
  await expect(button(presenter, 'Play')).toBeVisible();
  await expect.poll(async () => (await now(presenter)) - (await now(audience))).toBe(0);
  await guards.expectClean();
});

test('the print view has one PDF page per step of the deck', async ({ page }) => {
  await page.goto(`${DECK}print/`);
  const pages = Number(await page.locator('[data-print-pages]').getAttribute('data-print-pages'));
  await expect(page.locator('.deck-print-page')).toHaveCount(pages);
  expect(pages).toBeGreaterThan(33);
  // The snapshot of a step that sets a figure shows that step's value.
  await expect(page.locator('[data-print-slide="2"][data-print-step="1"] [data-sim-snapshot="line-rate"]')).toContainText('1,518 B');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pageObjects = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pageObjects.length).toBe(pages);
});

test('with the network off after loading, every slide still works, including ones never shown', async ({ page, context }) => {
  // Two windows (or a dozen slides) of live figures on a 2-core machine: more than the default 30 s when it is busy.
  test.slow();
  await page.goto(`${DECK}?slide=1&step=0`);
  await at(page, '[data-deck]', 1, 0);
  // Rehearse the first slides online, as a speaker does before the talk: each slide's figure code loads.
  for (let n = 2; n <= 9; n++) {
    await page.keyboard.press(String(n));
    await page.keyboard.press('Enter');
    await at(page, '[data-deck]', n, 0);
    await expect(page.locator('[data-deck-stage] h1, [data-deck-stage] h2').first()).toBeVisible();
  }
  await expect(page.locator('[data-deck-stage] [data-simulation="irq-vs-napi"]')).toBeVisible();
  // Every figure's code has arrived, not only that of the slides shown.
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-preloaded', 'ready', { timeout: 30_000 });
  await page.keyboard.press('Home');
  await context.setOffline(true);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await at(page, '[data-deck]', 3, 0);
  await expect(page.locator('[data-deck-stage] [data-simulation="line-rate"]')).toBeVisible();
  await page.keyboard.press('o');
  await page.locator('[data-overview-slide="9"]').click();
  await at(page, '[data-deck]', 9, 0);
  await expect(page.locator('[data-deck-stage] [data-simulation="irq-vs-napi"]')).toBeVisible();
  // Slides never opened before work too: the deck fetched their figures' code while online.
  for (const [slide, id] of [
    [22, 'kernel-vs-bypass'],
    [23, 'frame-size-sweep'],
    [25, 'zero-copy'],
  ] as const) {
    for (const digit of String(slide)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await at(page, '[data-deck]', slide, 0);
    await expect(page.locator(`[data-deck-stage] [data-simulation="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-deck-stage] [data-slide-error]')).toHaveCount(0);
  }
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await at(page, '[data-deck]', 22, 0);
  // Its model came too: the split screen runs.
  await expect
    .poll(async () => Number(await page.locator('[data-deck-stage] [data-run-sentence]').first().getAttribute('data-now')), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  await at(page, '[data-deck]', 22, 1);
  await page.keyboard.press('End');
  await expect(page.locator('[data-deck-stage]').getByRole('heading', { level: 1 })).toHaveText('What the talk claimed');
  await context.setOffline(false);
});

test('P opens the presenter view at the same position, in a window of its own', async ({ page }) => {
  await page.goto(`${DECK}?slide=5&step=1`);
  await at(page, '[data-deck]', 5, 1);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await expect(popup).toHaveURL(/\/present\/line-rate-talk\/presenter\/\?slide=5&step=1/);
  await at(popup, '[data-presenter]', 5, 1);
  await expect(popup.locator('[data-presenter-notes]')).toContainText('XDP paper');
});

test('a swipe on a touch screen turns the page both ways', async ({ page }) => {
  await page.goto(`${DECK}?slide=3&step=0`);
  await at(page, '[data-deck]', 3, 0);
  const swipe = (fromX: number, toX: number) =>
    page.locator('[data-deck]').evaluate(
      (el, [a, b]) => {
        const at = (type: string, x: number) => el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
        at('pointerdown', a!);
        at('pointerup', b!);
      },
      [fromX, toX],
    );
  await swipe(900, 400);
  await at(page, '[data-deck]', 4, 0);
  await swipe(400, 900);
  await at(page, '[data-deck]', 3, 0);
  // A short drag is not a swipe.
  await swipe(500, 470);
  await at(page, '[data-deck]', 3, 0);
});
