/**
 * Chapter 5's "where each stack runs" figure (the architectures entry) and the
 * copies figure (the zero-copy entry): the packet animates through the chosen
 * stack's steps, DPDK's path has no interrupt, system call or copy where the
 * stock kernel's has one of each, → steps, reduced motion steps without
 * moving, and zero copy copies no bytes. Expected counts come from the model.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { dataPath, pathCounts, STACKS } from '../simulations/models/stacks';
import { expectNoAxeViolations } from './support/axe';
import { describeLooks, screenshotFigure, screenshotPath } from './support/looks';
import { attachGuards } from './support/guards';
import { afterFrames, expectHydrated, settle } from './support/hydration';

const CHAPTER = '/chapters/kernel-bypass/';
const index = (id: string) => STACKS.findIndex((s) => s.id === id);
const arch = (page: Page) => page.locator('#architectures [data-simulation="architectures"]');
const copies = (page: Page) => page.locator('#stacks-copies [data-simulation="zero-copy"]');
const currentStep = async (fig: Locator) => Number(await fig.locator('[data-current-step]').getAttribute('data-current-step'));

async function open(page: Page, fig: Locator) {
  await fig.scrollIntoViewIfNeeded();
  await expectHydrated(fig.getByRole('radiogroup', { name: 'Stack' }).getByRole('radio').first());
}

test('the packet animates through the chosen stack’s steps, moving between them', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const fig = arch(page);
  await open(page, fig);
  await expect(fig.getByRole('button', { name: 'Pause' })).toBeVisible();
  const first = await currentStep(fig);
  await expect.poll(() => currentStep(fig), { timeout: 15_000 }).not.toBe(first);
  // Between two steps the packet travels along the path.
  await expect.poll(() => fig.locator('[data-packet]').getAttribute('data-moving'), { timeout: 15_000 }).toBe('true');
  await expect(fig.locator('[data-arch-path="chosen"] [data-step]')).toHaveCount(pathCounts(dataPath('kernel')).steps);
  await guards.expectClean();
});

test('DPDK against the stock kernel: other steps, no interrupt, system call or copy, the kernel’s path behind it', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const fig = arch(page);
  await open(page, fig);
  const chosen = fig.locator('[data-arch-path="chosen"]');
  const stack = fig.getByRole('radiogroup', { name: 'Stack' });

  // The stock kernel: one of each marker, and nothing drawn behind it.
  const kernel = pathCounts(dataPath('kernel'));
  await expect(chosen.locator('[data-step]')).toHaveCount(kernel.steps);
  for (const m of ['interrupt', 'syscall', 'copy']) await expect(chosen.locator(`[data-marker="${m}"]`), m).toHaveCount(1);
  await expect(fig.locator('[data-arch-path="ghost"]')).toHaveCount(0);
  await expect(fig.locator('[data-step-list] li')).toHaveCount(kernel.steps);

  await stack.getByRole('radio', { name: 'DPDK' }).click();
  await expect(fig.locator('[data-architectures]')).toHaveAttribute('data-architectures', 'dpdk');
  await expect(chosen.locator('[data-step]')).toHaveCount(pathCounts(dataPath('dpdk')).steps);
  await expect(chosen.locator('[data-marker]')).toHaveCount(0);
  await expect(chosen.locator('[data-layer="kernel"]')).toHaveCount(0);
  await expect(fig.locator('[data-step-list]')).toContainText('rte_eth_rx_burst()');
  await expect(fig.locator('[data-step-list]')).not.toContainText('recvmsg()');
  await expect(fig.locator('[data-arch-count="interrupts"]')).toHaveText('0');
  await expect(fig.locator('[data-arch-count="syscalls"]')).toHaveText('0');
  // The stock kernel's path stays behind it, with its own packet.
  await expect(fig.locator('[data-arch-path="ghost"] circle')).toHaveCount(kernel.steps);
  await expect(fig.locator('[data-ghost-packet]')).toHaveCount(1);
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]architectures\\.stack=${index('dpdk')}(&|#|$)`));

  // Without the comparison the ghost goes.
  await fig.getByRole('switch', { name: 'Stock kernel behind it' }).click();
  await expect(fig.locator('[data-arch-path="ghost"]')).toHaveCount(0);

  // Onload: in user space from the DMA on, reached through LD_PRELOAD, one copy.
  await stack.getByRole('radio', { name: 'OpenOnload' }).click();
  await expect(chosen.locator('[data-marker="copy"]')).toHaveCount(1);
  await expect(chosen.locator('[data-marker="interrupt"]')).toHaveCount(0);
  await expect(fig.locator('[data-step-list]')).toContainText('recv() intercepted');
  // These states of the figure; the whole chapter is pages.spec.ts's.
  await expectNoAxeViolations(page, { include: ['#architectures'] });
  await guards.expectClean();
});

test('keyboard: → goes to the next step and pauses, R goes back to the wire', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(CHAPTER);
  const fig = arch(page);
  await open(page, fig);
  await fig.getByRole('button', { name: 'Full screen' }).focus();
  await expect(fig.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await currentStep(fig)).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect(fig.locator('[data-current-step]')).toHaveAttribute('data-current-step', '1');
  await page.keyboard.press('ArrowRight');
  await expect(fig.locator('[data-current-step]')).toHaveAttribute('data-current-step', '2');
  await expect(fig.locator('[data-current-step]')).toHaveAttribute('data-current-kind', 'interrupt');
  await expect(fig.locator('[data-step-list] li[aria-current="step"]')).toContainText('Interrupt');
  await page.keyboard.press('r');
  await expect(fig.locator('[data-current-step]')).toHaveAttribute('data-current-step', '0');
  await guards.expectClean();
});

test('reduced motion: nothing starts by itself; played, the packet jumps from step to step without moving between', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(CHAPTER);
  const fig = arch(page);
  await open(page, fig);
  await expect(fig.getByRole('button', { name: 'Play' })).toBeVisible();
  // Two and a half seconds of the page's frames: a figure that played would have moved on.
  await afterFrames(page, 150);
  expect(await currentStep(fig)).toBe(0);

  // Record every value the packet's data-moving takes while it plays at the fastest pace.
  await fig.locator('[data-packet]').evaluate((el) => {
    const w = window as unknown as { __moving: string[] };
    w.__moving = [];
    new MutationObserver(() => w.__moving.push(el.getAttribute('data-moving') ?? '')).observe(el, { attributes: true });
  });
  await fig.getByRole('radio', { name: '2×' }).click();
  await fig.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => currentStep(fig), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const moving = await page.evaluate(() => (window as unknown as { __moving: string[] }).__moving);
  expect(moving.length).toBeGreaterThan(0);
  expect(moving.every((m) => m === 'false')).toBe(true);
  await guards.expectClean();
});

test('zero copy: AF_XDP’s copy mode copies every byte of the frame, zero-copy mode none, and the buffers change mode', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?zero-copy.frame_bytes=1518`);
  const fig = copies(page);
  await open(page, fig);
  const stack = fig.getByRole('radiogroup', { name: 'Stack' });
  await expect(stack.getByRole('radio', { name: 'AF_XDP (copy mode)' })).toHaveAttribute('aria-checked', 'true');
  await expect(fig.locator('[data-readout="bytes-copied"]')).toHaveText('1,518 B');
  await expect(fig.locator('[data-buffer-diagram]')).toHaveAttribute('data-buffer-diagram', 'copy');

  await stack.getByRole('radio', { name: 'AF_XDP (zero copy)' }).click();
  await expect(fig.locator('[data-readout="bytes-copied"]')).toHaveText('0 B');
  await expect(fig.locator('[data-readout="memory"]')).toHaveText('0.00 GB/s');
  await expect(fig.locator('[data-buffer-diagram]')).toHaveAttribute('data-buffer-diagram', 'zero');
  await expect(fig.locator('[data-pool-buffer]')).toHaveCount(6);
  await expect(fig.locator('[data-buffer-phase]')).toContainText(/fill ring|RX ring|buffer #/);
  // The animation moves on by itself: the phase changes.
  const phase = await fig.locator('[data-buffer-diagram]').getAttribute('data-phase');
  await expect.poll(() => fig.locator('[data-buffer-diagram]').getAttribute('data-phase'), { timeout: 10_000 }).not.toBe(phase);

  // The stock kernel copies the payload only.
  await stack.getByRole('radio', { name: 'Linux kernel (stock)' }).click();
  await expect(fig.locator('[data-readout="bytes-copied"]')).toHaveText('1,472 B');
  await expect.poll(() => page.url()).toMatch(new RegExp(`[?&]zero-copy\\.stack=${index('kernel')}(&|#|$)`));
  await expectNoAxeViolations(page, { include: ['#stacks-copies'] });
  await guards.expectClean();
});

/** The three figure pictures of one look: the architecture, the copies, and the copies in zero-copy mode. */
describeLooks({
  group: (width) => `both figures at ${width}px`,
  title: ({ width, theme }) => `both figures at ${width}px in ${theme}: screenshots, no overflow`,
  widths: [1280, 390],
  themes: ['light', 'dark'],
  async open(page) {
    await page.goto(`${CHAPTER}?architectures.stack=${index('af_xdp_zc')}`);
  },
  async check(page, { width, theme }, testInfo) {
    const shots = [
      ['architectures', page.locator('#architectures'), undefined],
      ['zero-copy', page.locator('#stacks-copies'), 'AF_XDP (copy mode)'],
      ['zero-copy-zc', page.locator('#stacks-copies'), 'AF_XDP (zero copy)'],
    ] as const;
    for (const [name, fig, pick] of shots) {
      await fig.scrollIntoViewIfNeeded();
      await expectHydrated(fig.getByRole('button', { name: 'Step' }));
      if (pick) await fig.getByRole('radiogroup', { name: 'Stack' }).getByRole('radio', { name: pick }).click();
      // A state with something to see: a few steps in.
      for (let i = 0; i < (name === 'architectures' ? 4 : 5); i++) await fig.getByRole('button', { name: 'Step' }).click();
      await settle(page);
      const box = await fig.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, `${name} fits the viewport`).toBeLessThanOrEqual(width + 1);
      await screenshotFigure(fig, screenshotPath(testInfo, `${name}-${width}-${theme}`));
    }
  },
});
