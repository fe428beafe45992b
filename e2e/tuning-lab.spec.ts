/**
 * Chapter 4's tuning lab, typed into like a reader would: real commands change
 * the simulated machine (drawing, URL, before/after figures), read commands
 * print its state, errors are the tools' own, completion and history work,
 * the tuning exports as a script, and a link's state arrives as commands.
 */
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';

const CHAPTER = '/chapters/tuning/';

async function openLab(page: Page, query = ''): Promise<{ lab: Locator; input: Locator; terminal: Locator }> {
  await page.goto(`${CHAPTER}${query}#tuning-lab`);
  const lab = page.locator('[data-tuning-lab]').first();
  await lab.scrollIntoViewIfNeeded();
  const input = lab.locator('[data-lab-input]');
  await expectHydrated(input);
  return { lab, input, terminal: lab.locator('[data-lab-terminal] [role="log"]') };
}

async function type(input: Locator, line: string) {
  await input.fill(line);
  await input.press('Enter');
}

async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('ethtool -G changes the ring: ethtool -g reads it back, the drawing and the link follow', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const { lab, input, terminal } = await openLab(page);
  await type(input, 'ethtool -g eth0');
  await expect(terminal).toContainText('Current hardware settings:');
  await expect(terminal).toContainText(/RX:\s+1024/);

  await type(input, 'ethtool -G eth0 rx 4096');
  await expect.poll(() => page.url()).toMatch(/[?&]receive-path\.ring_size=4096(&|#|$)/);
  await type(input, 'ethtool -g eth0');
  await expect(terminal.locator('[data-line-kind="output"]', { hasText: /^RX:\s+4096$/ })).toHaveCount(1);
  const sim = page.locator('[data-event-sim="receive-path"]').filter({ has: lab });
  await expect(sim.locator('[data-pipeline]')).toContainText('/ 4096');
  await guards.expectClean();
});

test('pinning the reader away from the interrupt CPU is measured: the before/after table shows more delivered', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  const { lab, input } = await openLab(page);
  const rows = lab.locator('[data-before-after] tbody tr');
  await expect(rows).toHaveCount(1);
  await type(input, 'taskset -pc 1 4242');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('taskset -pc 1 4242');
  const delivered = async (i: number) => Number((await rows.nth(i).locator('[data-delivered]').getAttribute('data-delivered', { timeout: 60_000 })) ?? 0);
  await expect.poll(() => delivered(1), { timeout: 60_000 }).toBeGreaterThan(0);
  expect(await delivered(1)).toBeGreaterThan(1.8 * (await delivered(0)));
  await expect.poll(() => page.url()).toMatch(/[?&]receive-path\.app_cpu=1(&|#|$)/);
  await guards.expectClean();
});

test('mistakes get the real tools’ errors; Tab completes; ↑ recalls the last command', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const { input, terminal } = await openLab(page);
  await type(input, 'foo');
  await expect(terminal.locator('[data-line-kind="error"]').last()).toHaveText('bash: foo: command not found');
  await type(input, 'ethtool -G eth0 rx 100000');
  await expect(terminal.locator('[data-line-kind="error"]').last()).toContainText('Invalid argument');
  await type(input, 'sysctl net.core.no_such_key');
  await expect(terminal.locator('[data-line-kind="error"]').last()).toContainText('cannot stat /proc/sys/net/core/no_such_key');

  await input.fill('sysctl net.core.netdev_bu');
  await input.press('Tab');
  await expect(input).toHaveValue('sysctl net.core.netdev_budget');
  await input.fill('ethtool -');
  await input.press('Tab');
  await expect(terminal.locator('[data-completions]')).toContainText('--set-ring');

  await input.fill('');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('sysctl net.core.no_such_key');
  await guards.expectClean();
});

test('the tuning exports as a shell script with each command explained; Reset boots a stock machine', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const { lab, input, terminal } = await openLab(page);
  await type(input, 'ethtool -G eth0 rx 4096');
  await type(input, 'sysctl -w net.core.netdev_budget=600');
  const [download] = await Promise.all([page.waitForEvent('download'), lab.getByRole('button', { name: 'Export as shell script' }).click()]);
  expect(download.suggestedFilename()).toBe('rx-tuning.sh');
  const script = await downloadText(download);
  expect(script.startsWith('#!/bin/sh')).toBe(true);
  expect(script).toMatch(/ethtool -G "?\$IFACE"? rx 4096/);
  expect(script).toContain('net.core.netdev_budget=600');
  await expect(lab.locator('[data-lab-script]')).toContainText('netdev_budget=600');

  await lab.getByRole('button', { name: 'Reset the machine' }).click();
  await expect(terminal).toContainText('reset: a freshly booted machine');
  await expect.poll(() => page.url()).not.toMatch(/receive-path\.(ring_size|netdev_budget)=/);
  await type(input, 'sysctl net.core.netdev_budget');
  await expect(terminal.locator('[data-line-kind="output"]').last()).toHaveText('net.core.netdev_budget = 300');
  await guards.expectClean();
});

test('a link’s state arrives as the commands that make it (the diagnosis page links here)', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const { input, terminal } = await openLab(page, '?receive-path.ring_size=256&receive-path.netdev_budget=100');
  await expect(terminal).toContainText('ethtool -G eth0 rx 256');
  await expect(terminal).toContainText('sysctl -w net.core.netdev_budget=100');
  await type(input, 'ethtool -g eth0');
  await expect(terminal.locator('[data-line-kind="output"]', { hasText: /^RX:\s+256$/ })).toHaveCount(1);
  await guards.expectClean();
});
