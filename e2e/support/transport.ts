/**
 * The transport of a live event simulation, driven by keys alone: the same
 * flow for every figure built on components/sims/receive-path/use-event-sim.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './test';

/** Model time the figure shows, in ns (its run sentence carries it). */
export const simTime = async (figure: Locator) => Number(await figure.locator('[data-run-sentence]').getAttribute('data-now'));

/** Space on Pause pauses (focus stays on the button, now Play), → steps, R restarts, Space plays again. */
export async function expectKeyboardTransport(page: Page, figure: Locator) {
  await figure.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press(' ');
  const play = figure.getByRole('button', { name: 'Play' });
  await expect(play).toBeVisible();
  await expect(play).toBeFocused();
  const t = await simTime(figure);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => simTime(figure)).toBeGreaterThan(t);
  await page.keyboard.press('r');
  await expect.poll(() => simTime(figure)).toBe(0);
  await page.keyboard.press(' ');
  await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => simTime(figure)).toBeGreaterThan(0);
}
