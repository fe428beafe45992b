/**
 * Chapter 5's split screen, driven as a reader would: it loads and plays,
 * both lanes deliver, the stock kernel drops where DPDK does not, another
 * bypass stack changes the right-hand readouts and counter, a copied link
 * brings back the parameters and the seed, the keyboard drives the clock, and
 * axe finds nothing to complain about.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { STACKS } from '../simulations/models/stacks';
import { axeViolations } from './support/axe';
import { attachGuards } from './support/guards';
import { expectKeyboardTransport, simTime } from './support/transport';
import { expectHydrated } from './support/hydration';
import { expectNoHorizontalOverflow } from './support/layout';

const CHAPTER = '/chapters/kernel-bypass/';
const ID = 'kernel-vs-bypass';
const index = (id: string) => STACKS.findIndex((s) => s.id === id);

const figure = (page: Page) => page.locator(`[data-event-sim="${ID}"]`).first();
const readout = (s: Locator, lane: 'kernel' | 'bypass', name: string) => s.locator(`[data-lane="${lane}"] [data-readout="${name}"]`);
const count = async (s: Locator, lane: 'kernel' | 'bypass', name: 'delivered' | 'drops') =>
  Number((await readout(s, lane, name).getAttribute('data-value')) ?? -1);

async function ready(page: Page): Promise<Locator> {
  const s = figure(page);
  await s.scrollIntoViewIfNeeded();
  await expectHydrated(s.getByRole('button', { name: /Pause|Play/ }).first());
  await expect.poll(() => simTime(s), { timeout: 15_000 }).toBeGreaterThan(0);
  return s;
}

test('the split screen plays: both lanes draw packets and deliver; the stock kernel drops in rx_missed_errors, DPDK drops nothing', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = await ready(page);
  await expect(s.locator('[data-lane="bypass"] h4')).toHaveText('DPDK');
  await expect.poll(async () => Number(await s.locator('[data-lane-drawing="kernel"] canvas').getAttribute('data-packets'))).toBeGreaterThan(0);
  // The kernel's reader first runs after about 2 ms of simulated time: go faster.
  await s.getByRole('radio', { name: '10 ms' }).click();
  await expect.poll(() => count(s, 'kernel', 'delivered'), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => count(s, 'bypass', 'delivered')).toBeGreaterThan(0);
  const before = await count(s, 'bypass', 'delivered');
  await expect.poll(() => count(s, 'bypass', 'delivered')).toBeGreaterThan(before);
  await expect.poll(() => count(s, 'kernel', 'drops')).toBeGreaterThan(0);
  await expect(s.locator('[data-lane="kernel"]')).toContainText('rx_missed_errors');
  expect(await count(s, 'bypass', 'drops')).toBe(0);
  await expect(s.locator('[data-lane="bypass"]')).toContainText('rte_eth_stats.imissed');
  await expect(s.locator('[data-verdict]')).toContainText(/^DPDK keeps up with all 14\.88 Mpps/);
  await expect(s.locator('[data-lane-drawing="bypass"] [data-row="irq"]')).toHaveAttribute('data-skipped', 'true');
  await guards.expectClean();
});

test('another bypass stack changes the right lane: AF_XDP in copy mode drops too, in rx_ring_full; the link keeps it', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = await ready(page);
  const stacks = s.getByRole('radiogroup', { name: 'Bypass stack' });
  await stacks.getByRole('radio', { name: 'AF_XDP (copy mode)' }).click();
  await expect(s.locator('[data-lane="bypass"] h4')).toHaveText('AF_XDP (copy mode)');
  await expect(s.locator('[data-lane="bypass"]')).toContainText('xdp_statistics.rx_ring_full');
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]${ID}\\.bypass=${index('af_xdp')}(&|#|$)`));
  await expect(s.locator('[data-lane-drawing="bypass"] [data-row="irq"]')).not.toHaveAttribute('data-skipped', 'true');
  await s.getByRole('radio', { name: '10 ms' }).click();
  await expect.poll(() => count(s, 'bypass', 'drops'), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(s.locator('[data-verdict]')).toContainText('Neither keeps up');
  await guards.expectClean();
});

test('a copied link reproduces the parameters and the seed', async ({ page, baseURL }) => {
  // Two pages of a long chapter, each running both simulations: room for a busy 2-core machine.
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = await ready(page);
  await s.getByRole('button', { name: '1518 B frames' }).click();
  await s.getByRole('radiogroup', { name: 'Bypass stack' }).getByRole('radio', { name: 'netmap' }).click();
  await s.getByLabel('Seed').fill('5');
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]${ID}\\.seed=5(&|#|$)`));
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]${ID}\\.frame_bytes=1518(&|#|$)`));

  const copy = await page.context().newPage();
  await copy.goto(page.url());
  const again = await ready(copy);
  await expect(again.getByLabel('Seed')).toHaveValue('5');
  await expect(again.getByRole('radiogroup', { name: 'Bypass stack' }).getByRole('radio', { name: 'netmap' })).toHaveAttribute('aria-checked', 'true');
  await expect(again.getByRole('button', { name: '1518 B frames' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.locator('[data-lane="bypass"] h4')).toHaveText('netmap');
  await copy.close();
  await guards.expectClean();
});

test('keyboard only: Space pauses, → steps both lanes, R restarts at time 0, Space plays again', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  await expectKeyboardTransport(page, await ready(page));
  await guards.expectClean();
});

test('the figure passes axe, light and dark, at desktop and phone widths', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(CHAPTER);
    const s = await ready(page);
    await s.getByRole('button', { name: 'Pause' }).click();
    expect(await axeViolations(page, { include: [`[data-simulation="${ID}"]`] })).toEqual([]);
    await expectNoHorizontalOverflow(page);
  }
  await guards.expectClean();
});
