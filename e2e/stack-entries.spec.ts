/**
 * Chapter 5's two stack figures built on their own catalog entries:
 * `frame-size-sweep` (every stack × 12 frame sizes × 3 link speeds, computed
 * in the Web Worker one stack per message under a progress bar) and
 * `latency-budget` (stacked bars and a latency histogram with p50 and p99).
 * Expected numbers come from the models themselves.
 */
import { expect, test } from './support/test';
import { formatLatency, formatRate } from '../simulations/core/format';
import { evaluateLatencyBudget, latencyBudgetEntry, STACKS } from '../simulations/models/stacks';
import { withDefaults } from '../simulations/core/params';
import { axeViolations } from './support/axe';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';

const CHAPTER = '/chapters/kernel-bypass/';
const SWEEP = '[data-simulation="frame-size-sweep"]';
const LATENCY = '[data-simulation="latency-budget"]';

test('the sweep shows its progress, then draws every stack at every link speed with line rate', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  // Every value the progress bar takes, as the page renders it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __sweepProgress: string[] }).__sweepProgress = seen;
    new MutationObserver(() => {
      const p = document.querySelector('[data-sweep-progress]');
      const v = p?.getAttribute('value');
      if (v !== null && v !== undefined && seen.at(-1) !== v) seen.push(v);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await page.goto(CHAPTER);
  const fig = page.locator(SWEEP).first();
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('[data-sweep-status="done"]')).toBeVisible({ timeout: 20_000 });
  const seen = await page.evaluate(() => (window as unknown as { __sweepProgress: string[] }).__sweepProgress.map(Number));
  expect(seen.length, `progress values seen: ${seen.join(', ')}`).toBeGreaterThan(1);
  expect(
    seen.some((v) => v > 0 && v < STACKS.length),
    `progress values seen: ${seen.join(', ')}`,
  ).toBe(true);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen); // it only goes forward
  await expect(fig.locator('[data-sweep-status="done"]')).toContainText(`${STACKS.length * 12 * 3} points`);

  for (const link of [10, 40, 100]) {
    const chart = fig.locator(`[data-throughput-chart="${link}"]`);
    await expect(chart.locator('path[data-stack]')).toHaveCount(STACKS.length);
    await expect(chart.locator('path[data-line-rate]')).toHaveCount(1);
    await expect(chart.locator('path[data-highlighted]')).toHaveAttribute('data-stack', 'kernel');
  }
  await guards.expectClean();
});

test('highlight, cores and link speeds: the chart follows, the URL keeps them, arrow keys read the values', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const fig = page.locator(SWEEP).first();
  await fig.scrollIntoViewIfNeeded();
  const stackGroup = fig.getByRole('radiogroup', { name: 'Highlighted stack' });
  await expectHydrated(stackGroup.getByRole('radio').first());
  await expect(fig.locator('[data-sweep-status="done"]')).toBeVisible({ timeout: 20_000 });

  await stackGroup.getByRole('radio', { name: 'DPDK' }).click();
  const chart100 = fig.locator('[data-throughput-chart="100"]');
  await expect(chart100.locator('path[data-highlighted]')).toHaveAttribute('data-stack', 'dpdk');
  const oneCore = await chart100.locator('path[data-stack="dpdk"]').getAttribute('d');

  // One more core: DPDK at 100 GbE and small frames delivers twice as much, so its line moves.
  const cores = fig.getByRole('slider', { name: 'Cores', exact: true });
  await cores.focus();
  await cores.press('ArrowRight');
  await expect.poll(() => page.url()).toMatch(/[?&]frame-size-sweep\.cores=2(&|#|$)/);
  await expect(fig.locator('[data-sweep-status="done"]')).toBeVisible({ timeout: 20_000 });
  await expect(chart100.locator('path[data-stack="dpdk"]')).not.toHaveAttribute('d', oneCore ?? '');
  await expect(chart100.locator('svg text').first()).toContainText('2 cores');

  // Focus the 10 GbE chart and read the first point: DPDK at 64 B is line rate.
  const chart10 = fig.locator('[data-throughput-chart="10"]');
  await chart10.focus();
  await chart10.press('Home');
  await expect(chart10.locator('[data-cursor-readout]')).toHaveText(
    `DPDK, 64 B: ${formatRate(14_880_952.38)} (100.0 % of line rate ${formatRate(14_880_952.38)})`,
  );

  // One link speed only.
  await fig.getByRole('radiogroup', { name: 'Link speeds' }).getByRole('radio', { name: '40 GbE' }).click();
  await expect(fig.locator('[data-throughput-chart]')).toHaveCount(1);
  await expect(fig.locator('[data-throughput-chart="40"] path[data-stack]')).toHaveCount(STACKS.length, { timeout: 20_000 });
  await guards.expectClean();
});

test('the latency histogram’s p50 and p99 follow the stack; the bars list every stack, fastest first', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const fig = page.locator(LATENCY).first();
  await fig.scrollIntoViewIfNeeded();
  const stackGroup = fig.getByRole('radiogroup', { name: 'Stack' });
  await expectHydrated(stackGroup.getByRole('radio').first());
  const defaults = withDefaults(latencyBudgetEntry.params, {});
  const expected = (id: string) => evaluateLatencyBudget({ ...defaults, stack: STACKS.findIndex((s) => s.id === id) }).latency_ns;

  await expect(fig.locator('[data-readout="p50"]')).toHaveText(formatLatency(expected('kernel').p50));
  await expect(fig.locator('[data-readout="p99"]')).toHaveText(formatLatency(expected('kernel').p99));
  await stackGroup.getByRole('radio', { name: 'Linux kernel (tuned)' }).click();
  await expect(fig.locator('[data-readout="p50"]')).toHaveText(formatLatency(expected('kernel-tuned').p50));
  await expect(fig.locator('[data-readout="p99"]')).toHaveText(formatLatency(expected('kernel-tuned').p99));
  await expect(fig.locator('[data-latency-histogram="kernel-tuned"] [data-mark="p99"]')).toContainText(formatLatency(expected('kernel-tuned').p99));
  await stackGroup.getByRole('radio', { name: 'DPDK' }).click();
  await expect(fig.locator('[data-readout="p50"]')).toHaveText(formatLatency(expected('dpdk').p50));
  await expect(fig.locator('[data-latency-histogram="dpdk"] [data-mark="p50"]')).toContainText(formatLatency(expected('dpdk').p50));

  const table = fig.locator('[data-latency-budget] table');
  await expect(table.locator('tbody tr')).toHaveCount(STACKS.length);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('ef_vi');
  await expect(table.locator('thead th')).toHaveText([
    'stack',
    'p50',
    'p99',
    'wire',
    'DMA',
    'interrupt and coalescing',
    'softirq',
    'protocol',
    'copy',
    'system call',
    'wake-up',
    'application',
  ]);
  await guards.expectClean();
});

test('both figures pass axe, at the desktop and at a phone width', async ({ page, baseURL }) => {
  // Two loads of the long chapter and two axe scans: a busy 2-core machine needs the room.
  test.setTimeout(120_000);
  const guards = await attachGuards(page, baseURL);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(CHAPTER);
    const sweep = page.locator(SWEEP).first();
    await sweep.scrollIntoViewIfNeeded();
    await expect(sweep.locator('[data-sweep-status="done"]')).toBeVisible({ timeout: 20_000 });
    await page.locator(LATENCY).first().scrollIntoViewIfNeeded();
    expect(await axeViolations(page, { include: [SWEEP, LATENCY] })).toEqual([]);
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `page overflows by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
  }
  await guards.expectClean();
});

test('the latency histogram’s bars span its width and its p50 and p99 labels never overlap, for every stack, phone and desktop', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const fig = page.locator(LATENCY).first();
  const radios = fig.getByRole('radiogroup', { name: 'Stack' }).getByRole('radio');
  await fig.scrollIntoViewIfNeeded();
  await expectHydrated(radios.first());
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, stack] of STACKS.entries()) {
      await radios.nth(i).click();
      const chart = fig.locator(`[data-latency-histogram="${stack.id}"]`);
      await expect(chart.locator('[data-mark="p99"]')).toHaveCount(1);
      // Drawn at this width (the chart measures its box after a resize).
      await expect
        .poll(() => chart.evaluate((el) => Math.abs(el.querySelector('svg')!.getBoundingClientRect().width - el.querySelector('[data-latency]')!.clientWidth)))
        .toBeLessThan(1);
      const m = await chart.locator('svg').evaluate((svg) => {
        const box = (e: Element | null) => {
          const r = e!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const bars = [...svg.querySelectorAll('rect')].map(box);
        return {
          svg: box(svg),
          title: box(svg.querySelector(':scope > text')),
          p50: box(svg.querySelector('[data-mark="p50"] text')),
          p99: box(svg.querySelector('[data-mark="p99"] text')),
          barsLeft: Math.min(...bars.map((b) => b.left)),
          barsRight: Math.max(...bars.map((b) => b.right)),
        };
      });
      type Box = typeof m.svg;
      const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const inside = (a: Box) => a.left >= m.svg.left && a.right <= m.svg.right && a.top >= m.svg.top && a.bottom <= m.svg.bottom;
      const at = `${stack.id} at ${width}px: ${JSON.stringify(m)}`;
      expect(overlap(m.p50, m.p99), `p50 and p99 labels overlap, ${at}`).toBe(false);
      expect(overlap(m.p50, m.title) || overlap(m.p99, m.title), `a label overlaps the title, ${at}`).toBe(false);
      expect(inside(m.p50) && inside(m.p99), `a label leaves the chart, ${at}`).toBe(true);
      // The x axis fits the data: the bars span the chart but for its margins, not a third of it.
      expect((m.barsRight - m.barsLeft) / (m.svg.right - m.svg.left), `bars span too little of the chart, ${at}`).toBeGreaterThanOrEqual(0.85);
    }
  }
  await guards.expectClean();
});
