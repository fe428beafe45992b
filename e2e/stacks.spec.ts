/**
 * Chapter 5's comparison of receive paths: picking a stack, a frame size and
 * a link speed changes the readouts, the chart and the link; the latency
 * budget lists every stack. Expected figures come from the model itself.
 */
import { expect, test } from './support/test';
import { evaluateStack, STACKS } from '../simulations/models/stacks';
import { formatRate } from '../simulations/core/format';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';

const CHAPTER = '/chapters/kernel-bypass/';
const index = (id: string) => STACKS.findIndex((s) => s.id === id);
const expected = (id: string, v: Partial<{ link_gbps: number; frame_bytes: number; cores: number }> = {}) =>
  formatRate(evaluateStack({ stack: index(id), link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1, ...v }).delivered_pps);

// The throughput chart itself is the frame-size-sweep figure now (e2e/stack-entries.spec.ts);
// every panel of the stack entry has its controls and readouts, so any of its figures will do.
test('DPDK on one core delivers 10 GbE line rate at 64 B; the stock kernel a fraction; the link keeps the choice', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  // Chapter 5's throughput figure is frame-size-sweep; the stack entry's figures (latency, costs, copies) are in chapter 6.
  await page.goto('/chapters/user-space-stacks/');
  const fig = page.locator('[data-simulation="stack"]').first();
  await fig.scrollIntoViewIfNeeded();
  const stackGroup = fig.getByRole('radiogroup', { name: 'Stack' });
  await expectHydrated(stackGroup.getByRole('radio').first());

  await stackGroup.getByRole('radio', { name: 'DPDK' }).click();
  await expect(fig.locator('[data-readout="delivered"]')).toHaveText(expected('dpdk'));
  await expect(fig.locator('[data-readout="line-rate"]')).toHaveText('100.0 %');
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]stack\\.stack=${index('dpdk')}(&|#|$)`));

  await stackGroup.getByRole('radio', { name: 'Linux kernel (stock)' }).click();
  await expect(fig.locator('[data-readout="delivered"]')).toHaveText(expected('kernel'));
  await expect(fig.locator('[data-readout="drops"]')).toContainText('rx_missed_errors');

  // 100 GbE: even DPDK needs more than one core at 64 B.
  await stackGroup.getByRole('radio', { name: 'DPDK' }).click();
  await fig.getByRole('radiogroup', { name: 'Link speed' }).getByRole('radio', { name: '100 GbE' }).click();
  await expect(fig.locator('[data-readout="delivered"]')).toHaveText(expected('dpdk', { link_gbps: 100 }));
  await expect(fig.locator('[data-readout="drops"]')).toContainText('imissed');
  await guards.expectClean();
});

test('the latency budget lists every stack, fastest first, with the chosen one marked', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  // Chapter 5's latency figure is the latency-budget entry, which draws the stack view's bars.
  const fig = page.locator('[data-simulation="latency-budget"]').first();
  await fig.scrollIntoViewIfNeeded();
  const table = fig.locator('[data-latency-budget] table');
  await expect(table.locator('tbody tr')).toHaveCount(STACKS.length);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('ef_vi');
  await expect(table.locator('tbody tr').last().locator('th')).toHaveText(/Linux kernel/);
  await guards.expectClean();
});

test('what copies cost: zero-copy stacks copy nothing, the kernel copies every payload, and bigger frames cost more', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  // Figure stacks-copies: the zero-copy entry, with the copy-cost table of every stack under its animation.
  await page.goto(`${CHAPTER}?zero-copy.frame_bytes=1518`);
  const fig = page.locator('#stacks-copies [data-simulation="zero-copy"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('[data-stack-copies="dpdk"]')).toContainText('none (zero copy)');
  await expect(fig.locator('[data-stack-copies="af_xdp_zc"]')).toContainText('none (zero copy)');
  await expect(fig.locator('[data-stack-copies="kernel"]')).toContainText(/\d B in \d cop/);
  await expect(fig.locator('[data-stack-copies="af_xdp"]')).toContainText('1,518 B in 1 copy');
  await guards.expectClean();
});

// Chapter 6's figures open at full load on one core: the "Offered load" thumb at its maximum sits beside the
// "Cores" thumb at its minimum. Each thumb stays inside its own control, so the two never touch.
test('slider thumbs stay inside their controls: full load and one core side by side keep a gap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/user-space-stacks/');
  const fig = page.locator('[data-simulation="stack"]').first();
  await fig.scrollIntoViewIfNeeded();
  const load = fig.getByRole('slider', { name: 'Offered load', exact: true });
  const cores = fig.getByRole('slider', { name: 'Cores', exact: true });
  await expectHydrated(load);
  const a = (await load.boundingBox())!;
  const b = (await cores.boundingBox())!;
  expect(Math.abs(a.y - b.y), 'the two sliders share a row at 1280 px').toBeLessThan(4);
  // Touching before: a 24 px column gap less half a thumb (10 px) overhanging on each side left 4 px.
  expect(b.x - (a.x + a.width), 'gap between the thumbs (px)').toBeGreaterThanOrEqual(20);
});
