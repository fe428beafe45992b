/**
 * Chapter 8's guide: requirements change the recommendation (each case the
 * model's tests pin down), the URL reproduces the form, the table lists all
 * thirteen stacks with reasons on the rows that fail, axe passes with greyed
 * rows showing, the prose links put the guide into its presets, and all of it
 * works from the keyboard. Expected answers come from the model itself.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { chooseEntry, chooseParams } from '../simulations/models/choose';
import { STACK_IDS } from '../simulations/models/stacks';
import { withDefaults } from '../simulations/core/params';
import { axeViolations } from './support/axe';
import { attachGuards } from './support/guards';
import { expectHydrated, settle } from './support/hydration';
import { screenshotFigure, screenshotPath } from './support/looks';

const CHAPTER = '/chapters/choosing/';
const presetTop = (id: string) => chooseEntry.evaluate(withDefaults(chooseParams, chooseEntry.presets.find((p) => p.id === id)!.values)).top;

async function open(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}`);
  const fig = page.locator('[data-simulation="choose-stack"]').first();
  await fig.scrollIntoViewIfNeeded();
  await expectHydrated(fig.getByRole('radiogroup', { name: 'Protocol' }).getByRole('radio').first());
  return fig;
}

test('requirements change the recommendation: Onload on Solarflare, VMA on ConnectX, AF_XDP or XDP when the kernel keeps the NIC, DPDK at 100 GbE, the kernel for a web service', async ({
  page,
  baseURL,
}) => {
  const guards = await attachGuards(page, baseURL);
  const fig = await open(page, '?choose-stack.protocol=2&choose-stack.sockets=1&choose-stack.nic=3&choose-stack.latency_us=2&choose-stack.load_pct=5');
  const top = fig.locator('[data-choose-top]');
  await expect(top).toHaveAttribute('data-choose-top', 'onload');
  await expect(top.getByRole('heading', { level: 4 })).toHaveText('OpenOnload');
  await expect(top.locator('[data-fit]').first()).toHaveAttribute('data-fit', 'meets');

  await fig.getByRole('radiogroup', { name: 'NIC' }).getByRole('radio', { name: 'NVIDIA ConnectX' }).click();
  await expect(top).toHaveAttribute('data-choose-top', 'vma');
  await expect(fig.locator('[data-choose-runner-up="onload"]')).toContainText('AF_XDP');

  await fig.getByRole('button', { name: 'Raw frames, kernel keeps NIC' }).click();
  await expect(top).toHaveAttribute('data-choose-top', presetTop('keep-kernel'));
  expect(presetTop('keep-kernel')).toBe('af_xdp_zc');
  await fig.getByRole('switch', { name: 'Work fits in the driver' }).click();
  await expect(top).toHaveAttribute('data-choose-top', 'xdp_drop');
  // DPDK is greyed, and says it is because the kernel would lose the NIC.
  const dpdk = fig.locator('[data-choose-table] tr[data-stack="dpdk"]');
  await expect(dpdk).toHaveAttribute('data-fit', 'fails');
  await expect(fig.locator('[data-choose-table] tr[data-why-for="dpdk"]')).toContainText('vfio-pci');

  await fig.getByRole('button', { name: 'Router, 100 GbE' }).click();
  await expect(top).toHaveAttribute('data-choose-top', 'dpdk');
  await expect(top.getByRole('note')).toContainText('NIC and PCIe');

  await fig.getByRole('button', { name: 'Web service, 1 GbE' }).click();
  await expect(top).toHaveAttribute('data-choose-top', 'kernel');
  await guards.expectClean();
});

test('the URL reproduces the form and the answer', async ({ page, context, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const fig = await open(page);
  await fig.getByRole('radiogroup', { name: 'Protocol' }).getByRole('radio', { name: 'TCP' }).click();
  await fig.getByRole('switch', { name: 'Keep the socket API' }).click();
  await fig.getByRole('radiogroup', { name: 'NIC' }).getByRole('radio', { name: 'AMD Solarflare' }).click();
  await fig.getByRole('radiogroup', { name: 'Link speed' }).getByRole('radio', { name: '1 GbE' }).click();
  // The store writes the URL shortly after the last change.
  await expect.poll(() => page.url()).toMatch(/choose-stack\.link_gbps=1(&|$)/);
  const url = page.url();
  expect(url).toContain('choose-stack.nic=3');
  expect(url).toMatch(/choose-stack\.protocol=2/);
  expect(url).toMatch(/choose-stack\.sockets=1/);
  expect(url).toMatch(/choose-stack\.link_gbps=1(&|$)/);
  const answer = await fig.locator('[data-choose-top]').getAttribute('data-choose-top');

  const again = await context.newPage();
  const guards2 = await attachGuards(again, baseURL);
  await again.goto(url);
  const fig2 = again.locator('[data-simulation="choose-stack"]').first();
  await expectHydrated(fig2.getByRole('radiogroup', { name: 'Protocol' }).getByRole('radio').first());
  await expect(fig2.getByRole('radiogroup', { name: 'Protocol' }).getByRole('radio', { name: 'TCP' })).toHaveAttribute('aria-checked', 'true');
  await expect(fig2.getByRole('switch', { name: 'Keep the socket API' })).toHaveAttribute('aria-checked', 'true');
  await expect(fig2.getByRole('radiogroup', { name: 'NIC' }).getByRole('radio', { name: 'AMD Solarflare' })).toHaveAttribute('aria-checked', 'true');
  await expect(fig2.locator('[data-choose-top]')).toHaveAttribute('data-choose-top', answer!);
  await guards.expectClean();
  await guards2.expectClean();
});

test('the table shows all thirteen stacks, failing rows say why, and the greyed rows pass axe', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const fig = await open(page, '?choose-stack.protocol=2&choose-stack.sockets=1&choose-stack.nic=3&choose-stack.latency_us=2&choose-stack.load_pct=5');
  const rows = fig.locator('[data-choose-table] tbody tr[data-stack]');
  await expect(rows).toHaveCount(STACK_IDS.length);
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-stack')));
  expect([...ids].sort()).toEqual([...STACK_IDS].sort());
  for (const id of await fig.locator('[data-choose-table] tr[data-fit="fails"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-stack')))) {
    await expect(fig.locator(`[data-choose-table] tr[data-why-for="${id}"] [data-why]`)).toContainText(/^Fails: \S/);
  }
  // The scroll region is reachable by keyboard and named by its columns.
  await expect(fig.getByRole('region', { name: /^Comparison of all stacks: Stack, Per core, 64 B/ })).toHaveAttribute('tabindex', '0');
  expect(await axeViolations(page, { include: ['[data-simulation="choose-stack"]'] })).toEqual([]);
  await guards.expectClean();
});

test('keyboard only: arrows and Space change the requirements, a prose link sets a preset and moves focus to it', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const fig = await open(page);
  const top = fig.locator('[data-choose-top]');
  const protocol = fig.getByRole('radiogroup', { name: 'Protocol' });
  await protocol.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowRight'); // raw frames → UDP
  await page.keyboard.press('ArrowRight'); // → TCP
  await expect(protocol.getByRole('radio', { name: 'TCP' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Tab'); // the socket switch
  await expect(fig.getByRole('switch', { name: 'Keep the socket API' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(fig.getByRole('switch', { name: 'Keep the socket API' })).toHaveAttribute('aria-checked', 'true');
  const nic = fig.getByRole('radiogroup', { name: 'NIC' });
  await nic.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowRight'); // Intel-class → NVIDIA ConnectX
  await page.keyboard.press('ArrowRight'); // → AMD Solarflare
  await expect(nic.getByRole('radio', { name: 'AMD Solarflare' })).toHaveAttribute('aria-checked', 'true');
  await fig.getByRole('slider', { name: 'Share of line rate', exact: true }).focus();
  await page.keyboard.press('Home'); // 1 % of line rate
  // No latency target yet: the kernel meets everything and changes least.
  await expect(top).toHaveAttribute('data-choose-top', 'kernel');
  await fig.getByRole('slider', { name: 'Median latency target', exact: true }).focus();
  for (const _ of [100, 20, 10, 5]) await page.keyboard.press('PageDown'); // 1000 → 5 µs, mark by mark
  await expect(fig.getByRole('slider', { name: 'Median latency target', exact: true })).toHaveAttribute('aria-valuenow', '5');
  await expect(top).toHaveAttribute('data-choose-top', 'onload');

  // The worked scenarios' links: Enter sets the preset, the figure comes into view, focus lands on the preset's button.
  const link = page.locator('[data-preset-link="choose-stack.router"]');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(top).toHaveAttribute('data-choose-top', 'dpdk');
  await expect(fig.getByRole('button', { name: 'Router, 100 GbE' })).toBeFocused();
  await expect(fig.getByRole('button', { name: 'Router, 100 GbE' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.url()).toContain('choose-stack.link_gbps=100');
  await guards.expectClean();
});

test('the guide at 390 and 1280 px, light and dark (screenshots for review)', async ({ page, baseURL }, testInfo) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  // One load per width; the theme is only colours (support/looks.ts).
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const fig = await open(page, '?choose-stack.protocol=2&choose-stack.sockets=1&choose-stack.nic=3&choose-stack.latency_us=2&choose-stack.load_pct=5');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await settle(page);
      await screenshotFigure(page.locator('figure#choose-stack'), screenshotPath(testInfo, `choose-stack-${width}-${theme}`));
      // The page itself never scrolls sideways: only the table's own region does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await expect(fig.locator('[data-choose-table] tbody tr[data-stack]')).toHaveCount(STACK_IDS.length);
    }
  }
  await guards.expectClean();
});

test('Tab walks the whole guide: every stop visible with a focus ring, the table region among them, and out the other side', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const guards = await attachGuards(page, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fig = await open(page);
  await fig.getByRole('button', { name: 'Market-data feed' }).focus();
  const stops: Array<{ name: string; ring: boolean; inView: boolean; inFig: boolean }> = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60),
        ring: el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'),
        inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
        inFig: !!el.closest('[data-simulation="choose-stack"]'),
      };
    });
    if (!s.inFig) break;
    stops.push(s);
  }
  expect(stops.length).toBeGreaterThan(15);
  expect(stops.filter((s) => !s.ring || !s.inView)).toEqual([]);
  expect(stops.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Raw frames', 'Keep the socket API', 'Intel-class', 'Kernel keeps the NIC', expect.stringMatching(/^Comparison of all stacks/)]),
  );
  await guards.expectClean();
});
