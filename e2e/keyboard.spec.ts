/**
 * Chapters 1–5 by keyboard alone: Tab reaches every control of every figure in
 * document order, each stop shows a focus ring, nothing traps focus, and a
 * reader can play, step, pick presets, change a parameter, ask why a packet
 * was dropped and answer the quiz without touching the mouse.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';
import { pressTab } from './support/keys';

type Stop = { tag: string; name: string; sim: string | null; visibleRing: boolean; inViewport: boolean; last: boolean };

/**
 * Records every focus stop in the page itself (one round trip per Tab instead
 * of two): what it is, its figure, whether it shows a focus ring and is on
 * screen. Stops once focus reaches the footer's last link or leaves the page.
 */
const RECORDER = `(() => {
  window.__stops = [];
  const lastLink = [...document.querySelectorAll('footer a')].at(-1) || null;
  document.addEventListener('focusin', (e) => {
    const el = e.target;
    const style = getComputedStyle(el);
    const ring = el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
    const r = el.getBoundingClientRect();
    const frame = el.closest('[data-sim-frame]');
    window.__stops.push({
      tag: el.tagName.toLowerCase() + (el.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : ''),
      name: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 60),
      sim: frame ? frame.getAttribute('data-sim-frame') : null,
      visibleRing: ring,
      inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
      last: el === lastLink,
    });
  });
})()`;

/** Presses Tab from the top of the page (25 at a time) until focus reaches the footer's last link; returns every stop. */
async function tabWalk(page: Page, max = 800): Promise<Stop[]> {
  await page.evaluate(RECORDER);
  await page.locator('body').press('Home');
  for (let i = 0; i < max; i += 25) {
    await pressTab(page, 25);
    const done = await page.evaluate(`window.__stops.some((s) => s.last)`);
    if (done) break;
  }
  return (await page.evaluate(`window.__stops`)) as Stop[];
}

/**
 * Tab until `target` has focus, by keyboard only. It first counts the tabbable
 * elements between the focus and the target in document order and presses Tab
 * (Shift+Tab for a target behind the focus) that many times at once
 * (support/keys.ts); if that lands elsewhere (an order the count did not
 * foresee) it goes on one press at a time in the same direction.
 */
async function tabTo(page: Page, target: Locator, max = 400) {
  const handle = await target.elementHandle();
  const isFocused = () => page.evaluate((el) => el === document.activeElement, handle);
  const ahead = await page.evaluate((el) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((e) => {
      if (e.tabIndex < 0 || (e as HTMLButtonElement).disabled) return false;
      const closed = e.closest('details:not([open])');
      if (closed && !(e.tagName === 'SUMMARY' && e.parentElement === closed)) return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 || r.height > 0;
    });
    return all.indexOf(el as HTMLElement) - all.indexOf(document.activeElement as HTMLElement);
  }, handle);
  // A target before the focus is reached backwards, with Shift+Tab, as a reader would.
  const back = ahead < 0;
  if (ahead !== 0) await pressTab(page, Math.abs(ahead), { back });
  for (let i = 0; i < max; i++) {
    if (await isFocused()) return;
    await pressTab(page, 1, { back });
  }
  throw new Error(`Tab never reached ${target}`);
}

for (const chapter of [
  '/chapters/why-rewrite/',
  '/chapters/receive-path/',
  '/chapters/where-packets-die/',
  '/chapters/tuning/',
  '/chapters/kernel-bypass/',
  '/chapters/user-space-stacks/',
  '/chapters/safety/',
]) {
  test(`Tab walks all of ${chapter}: every stop visible with a focus ring, every figure's controls reached, no trap`, async ({ page, baseURL }) => {
    // Hundreds of key presses on a page running simulations; a busy 2-core machine needs the room.
    test.setTimeout(300_000);
    const guards = await attachGuards(page, baseURL);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(chapter);
    await expectHydrated(page.locator('[data-sim-frame]').first().getByRole('button', { name: 'Reset', exact: true }));
    const stops = await tabWalk(page);
    expect(stops.length).toBeGreaterThan(20);

    const blind = stops.filter((s) => !s.visibleRing || !s.inViewport);
    expect(blind, 'stops without a visible focus ring, or scrolled out of view').toEqual([]);

    // Every simulation frame on the page is reachable, and its own controls with it.
    const frames = await page.locator('[data-sim-frame]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sim-frame')));
    expect(frames.length).toBeGreaterThan(0);
    for (const id of new Set(frames)) {
      const inFrame = stops.filter((s) => s.sim === id).map((s) => s.name);
      expect(inFrame, `controls of ${id}`).toContain('Reset');
      expect(inFrame, `controls of ${id}`).toContain('Full screen');
    }
    // The walk reaches the footer's last link, so no figure traps focus.
    expect(stops.some((s) => s.last)).toBe(true);
    await guards.expectClean();
  });
}

test('chapter 2 by keyboard alone: preset, play, pause, step, a parameter, and why a packet was dropped', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const guards = await attachGuards(page, baseURL);
  await page.goto('/chapters/receive-path/');
  const ring = page.locator('[data-event-sim="rx-ring"]').first();
  const when = async () => Number(await ring.locator('[data-run-sentence]').getAttribute('data-now'));
  await expectHydrated(ring.getByRole('button', { name: /Pause|Play/ }).first());

  await tabTo(page, ring.getByRole('button', { name: 'Small ring (256)' }));
  await page.keyboard.press('Enter');
  await expect(ring.getByRole('button', { name: 'Small ring (256)' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.url()).toMatch(/[?&]rx-ring\.ring_size=256(&|$)/);

  // Faster slow motion from the speed radio group, by arrow keys.
  await tabTo(page, ring.getByRole('radio', { checked: true }));
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect(ring.getByRole('radio', { name: '10 ms' })).toHaveAttribute('aria-checked', 'true');

  // Space on the frame (not on a button) toggles play; → steps while paused.
  await expect.poll(() => when(), { timeout: 20_000 }).toBeGreaterThan(0);
  await tabTo(page, ring.getByRole('button', { name: 'Pause' }));
  await page.keyboard.press('Enter');
  await expect(ring.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await when();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => when()).toBeGreaterThan(paused);
  await page.keyboard.press('Enter'); // the focused Play button
  await expect(ring.getByRole('button', { name: 'Pause' })).toBeVisible();

  // The drop counter is a button: Enter explains the latest drop.
  const missed = ring.getByRole('button', { name: /rx_missed_errors: why/ });
  await expect
    .poll(async () => Number(await ring.locator('[data-counter="rx_missed_errors"] [data-value]').first().getAttribute('data-value')), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await tabTo(page, missed);
  await page.keyboard.press('Enter');
  await expect(ring.locator('[data-drop-explainer]')).toContainText('rx_missed_errors');

  // Open every parameter and move the ring size with the arrow keys.
  await tabTo(page, ring.locator('summary', { hasText: 'All parameters' }));
  await page.keyboard.press('Enter');
  const slider = ring.getByRole('slider', { name: 'RX ring', exact: true });
  await tabTo(page, slider);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '8192');
  await expect.poll(() => page.url()).toMatch(/[?&]rx-ring\.ring_size=8192(&|$)/);
  await guards.expectClean();
});

test('chapter 3 by keyboard alone: the quiz is answered and the next machine loaded without the mouse', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto('/chapters/where-packets-die/');
  const quiz = page.locator('[data-drop-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toContainText('the application received', { timeout: 20_000 });
  const first = quiz.getByRole('radio').first();
  await tabTo(page, first);
  // Arrow keys move within the radio group, and choosing is answering.
  await page.keyboard.press('ArrowDown');
  await expect(quiz.locator('[data-quiz-answer]')).toBeVisible();
  await tabTo(page, quiz.getByRole('button', { name: 'Another machine' }));
  await page.keyboard.press('Enter');
  await expect(quiz).toHaveAttribute('data-drop-quiz', 'small-backlog');
  await guards.expectClean();
});

test('chapter 1: the wire figure answers the frame keys (→ steps one packet, Space plays)', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chapters/why-rewrite/');
  const wire = page.locator('[data-simulation="line-rate"][data-panel="wire"]');
  const counters = wire.getByTestId('wire-counters');
  await expectHydrated(wire.getByRole('button', { name: 'Play' }));
  await tabTo(page, wire.getByRole('button', { name: 'Full screen' }));
  const before = await counters.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(counters).not.toHaveText(before ?? '');
  await expect(wire.getByRole('button', { name: 'Play' })).toBeVisible();
  // R restarts from an empty wire; Tab on to Play and start it.
  await page.keyboard.press('r');
  await expect(counters).toContainText('elapsed 0 ns');
  await tabTo(page, wire.getByRole('button', { name: 'Play' }));
  await page.keyboard.press('Enter');
  await expect(wire.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(counters).not.toContainText('elapsed 0 ns');
  await guards.expectClean();
});
