/**
 * The diagnose page driven like a reader would: paste real outputs (the
 * fixtures of lib/diagnose, source lines and all), read the ranked findings
 * (packets lost listed apart from, and above, pressure signals),
 * follow a finding to the lab, give two snapshots for rates, paste rubbish
 * and be told what was and was not read, use the examples and the copy
 * button, and do it all by keyboard. Screenshots of the results at phone and
 * desktop width in both themes, with axe and an overflow check on them.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { labLink } from '../lib/diagnose/links';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';
import { describeLooks, expectGoodLook } from './support/looks';

const PAGE = '/diagnose/';
const fixture = (name: string) => readFileSync(new URL(`../lib/diagnose/fixtures/${name}`, import.meta.url), 'utf8');
const LAB = /^\/chapters\/tuning\/\?receive-path\.[^#]+#tuning-lab$/;

async function open(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  const text = page.getByLabel(/Paste the output of any of/);
  await expectHydrated(text);
  return text;
}

const summary = (page: Page) => page.locator('[data-summary]');
const findings = (page: Page) => page.locator('[data-findings] > li');
const spoken = (page: Page) => page.locator('[data-diagnosis] p[aria-live="polite"]');
/** The heading over the findings of one kind: 'loss' or 'pressure'. */
const kindHeading = (page: Page, kind: 'loss' | 'pressure') => page.locator(`[data-findings-kind="${kind}"] > h3`);

test('ixgbe ethtool -S: rx_no_dma_resources at the NIC RX ring, first, with its advice and lab link; summary spoken', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await expect(page.locator('[data-idle]')).toBeVisible();
  await text.fill(fixture('ethtool-ixgbe-grep.txt'));

  await expect(summary(page)).toHaveText('1 finding; worst: rx_no_dma_resources (NIC RX ring).');
  await expect(findings(page)).toHaveCount(1);
  const first = findings(page).first();
  await expect(first.getByRole('heading', { level: 4 })).toHaveText('rx_no_dma_resources');
  await expect(first).toContainText('NIC RX ring');
  await expect(first.locator('[data-count]')).toHaveText('529,324,299');
  await expect(first.locator('[data-rate]')).toHaveCount(0);
  await expect(first.locator('code', { hasText: 'ethtool -G eno2 rx 4096' })).toBeVisible();
  await expect(first).toContainText('From ethtool -S eno2 (ixgbe), lines 3–22');
  const link = first.getByRole('link', { name: /See this loss in the simulation/ });
  await expect(link).toHaveAttribute('href', labLink('ring'));
  await expect(link).toHaveAttribute('href', LAB);

  await expect(page.locator('[data-recognised] li')).toHaveCount(1);
  await expect(page.locator('[data-recognised]')).toContainText('ethtool -S');
  await expect(page.locator('[data-recognised]')).toContainText('lines 3–22');
  await expect(page.locator('[data-unrecognised]')).toContainText('Every line was read.');
  await expect(spoken(page)).toHaveText('1 finding; worst: rx_no_dma_resources (NIC RX ring).');
  await guards.expectClean();
});

test('two softnet_stat snapshots with the seconds between them: rates, an old squeeze listed as pressure, a bad interval explained', async ({
  page,
  baseURL,
}) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await text.fill(fixture('softnet-10col-snapshot1.txt'));
  await page.getByLabel(/Later snapshot/).fill(fixture('softnet-10col-snapshot2.txt'));
  await page.getByLabel('Seconds between the snapshots').fill('5');

  const first = findings(page).first();
  await expect(first.getByRole('heading', { level: 4 })).toHaveText('softnet_stat time_squeeze (sum over 8 CPUs)');
  await expect(first.locator('[data-rate]')).toHaveText('0/s');
  await expect(first).toContainText('Not climbing between the snapshots: from before them');
  // time_squeeze drops nothing: no "Packets lost" list, and the summary says so.
  await expect(summary(page)).toHaveText('No packets lost; 1 pressure signal, first: softnet_stat time_squeeze (sum over 8 CPUs) (softirq budget).');
  await expect(kindHeading(page, 'pressure')).toHaveText('Pressure, no loss yet');
  await expect(kindHeading(page, 'loss')).toHaveCount(0);
  await expect(page.locator('[data-messages]')).toContainText('Rates are per second over an interval of 5 s');
  await expect(page.locator('[data-recognised]')).toContainText('first snapshot, lines 2–9');
  await expect(page.locator('[data-recognised]')).toContainText('later snapshot, lines 2–9');

  await page.getByLabel('Seconds between the snapshots').fill('0');
  await expect(page.locator('[data-messages]')).toContainText('is not a positive number of seconds; using 1 s');
  await expect(page.getByLabel('Seconds between the snapshots')).toHaveAttribute('aria-invalid', 'true');
  await guards.expectClean();
});

test('nstat with RcvbufErrors: the socket receive buffer, per second, with the socket lab link', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await text.fill(fixture('nstat-udp-sink-same-cpu.txt'));
  const first = findings(page).first();
  await expect(first.getByRole('heading', { level: 4 })).toHaveText('UdpRcvbufErrors');
  await expect(first).toContainText('socket receive buffer');
  await expect(first.locator('[data-rate]')).toHaveText('2,828,118/s');
  await expect(first.getByRole('link', { name: /See this loss in the simulation/ })).toHaveAttribute('href', labLink('socket'));
  await guards.expectClean();
});

test('a messy paste: what was recognised, what was not (with line numbers and reasons), and the notes', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await text.fill(fixture('mixed-garbage-synthetic.txt'));
  await expect(summary(page)).toHaveText('5 findings; worst: UdpRcvbufErrors (socket receive buffer); 5 lines not recognised.');

  // Packets lost first, under their heading; then igb's rx_no_buffer_count (the packet waited in the NIC FIFO) as pressure, numbered on.
  await expect(page.locator('[data-findings-kind] > h3')).toHaveText(['Packets lost, worst first', 'Pressure, no loss yet']);
  await expect(page.locator('[data-findings="loss"] > li h4')).toHaveText([
    'UdpRcvbufErrors',
    'softnet_stat dropped (CPU 0)',
    'rx_missed_errors',
    'softnet_stat dropped (CPU 1)',
  ]);
  const pressure = page.locator('[data-findings="pressure"] > li');
  await expect(pressure.locator('h4')).toHaveText(['rx_no_buffer_count']);
  await expect(pressure).toHaveAttribute('data-kind', 'pressure');
  await expect(pressure).toContainText('Finding 5:');

  const recognised = page.locator('[data-recognised] li');
  await expect(recognised).toHaveCount(3);
  await expect(recognised.nth(0)).toContainText('/proc/net/softnet_stat');
  await expect(recognised.nth(1)).toContainText('ethtool -S');
  await expect(recognised.nth(2)).toContainText('nstat');

  const skipped = page.locator('[data-unrecognised] li');
  await expect(skipped).toHaveCount(3);
  await expect(skipped.nth(0)).toContainText('line 5');
  await expect(skipped.nth(0)).toContainText('cut off');
  await expect(skipped.nth(1)).toContainText('line 7');
  await expect(skipped.nth(1)).toContainText('a shell or tool error message');
  await expect(skipped.nth(2)).toContainText('lines 13–15');
  await expect(page.locator('[data-messages]')).toContainText('Read 3 blocks, 10 lines');
  await guards.expectClean();
});

test('rubbish gets a clear "nothing recognised", never a blank page; Clear goes back to the start', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await text.fill('hello\nworld');
  await expect(summary(page)).toHaveText('Nothing recognised in 2 lines.');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'nothing');
  await expect(findings(page)).toHaveCount(0);
  await expect(page.locator('[data-recognised]')).toContainText('Nothing.');
  await expect(page.locator('[data-unrecognised]')).toContainText('lines 1–2');
  await expect(page.locator('[data-messages]')).toContainText('Nothing recognised. Paste the output of any of');
  await expect(spoken(page)).toHaveText('Nothing recognised in 2 lines.');

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(text).toHaveValue('');
  await expect(text).toBeFocused();
  await expect(page.locator('[data-idle]')).toBeVisible();
  await guards.expectClean();
});

test('the output of the collect-everything command, with its "$ command" lines: every line read', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  const paste = [
    '$ cat /proc/net/softnet_stat',
    fixture('softnet-13col-drops.txt'),
    '$ nstat -az',
    fixture('nstat-az-after.txt'),
    '$ cat /proc/interrupts',
    fixture('interrupts-mlx5.txt'),
  ].join('\n');
  await text.fill(paste);
  await expect(page.locator('[data-recognised] li')).toHaveCount(3);
  await expect(page.locator('[data-unrecognised]')).toContainText('Every line was read.');
  await expect(findings(page).first().getByRole('heading', { level: 4 })).toHaveText('softnet_stat dropped (sum over 5 CPUs)');
  await guards.expectClean();
});

test('example buttons fill the paste (and the later snapshot) and diagnose it; the command can be copied', async ({ page, baseURL, context }) => {
  const guards = await attachGuards(page, baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = await open(page);
  const later = page.getByLabel(/Later snapshot/);

  const socket = page.getByRole('button', { name: /Socket buffer full/ });
  await expect(socket).toHaveAttribute('aria-pressed', 'false');
  await socket.click();
  await expect(socket).toHaveAttribute('aria-pressed', 'true');
  await expect(text).toHaveValue(fixture('nstat-udp-sink-same-cpu.txt'));
  await expect(later).toHaveValue('');
  await expect(findings(page).first().getByRole('heading', { level: 4 })).toHaveText('UdpRcvbufErrors');

  await page.getByRole('button', { name: /Two snapshots/ }).click();
  await expect(later).toHaveValue(fixture('softnet-10col-snapshot2.txt'));
  await expect(findings(page).first().locator('[data-rate]')).toBeVisible();

  await page.getByRole('button', { name: /NIC ring full/ }).click();
  await expect(later).toHaveValue('');
  await expect(summary(page)).toHaveText('1 finding; worst: rx_no_dma_resources (NIC RX ring).');

  await page.getByRole('button', { name: 'Copy command' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^for c in "ethtool -S eth0" .* do echo "\\\$ \$c"; eval "\$c" 2>&1; done$/);
  await guards.expectClean();
});

test('by keyboard: Tab to the paste, type, Tab on to the first finding’s lab link', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  const text = await open(page);
  await page.locator('body').press('Home');
  let steps = 0;
  while (!(await text.evaluate((el) => el === document.activeElement)) && steps++ < 40) await page.keyboard.press('Tab');
  await expect(text).toBeFocused();
  await page.keyboard.insertText(fixture('ethtool-ixgbe-grep.txt'));
  await expect(summary(page)).toHaveText('1 finding; worst: rx_no_dma_resources (NIC RX ring).');

  const link = findings(page)
    .first()
    .getByRole('link', { name: /See this loss in the simulation/ });
  steps = 0;
  while (!(await link.evaluate((el) => el === document.activeElement)) && steps++ < 20) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', labLink('ring'));
  // The stops between are the later snapshot, the seconds and Clear: nothing else is in the way.
  expect(steps).toBeLessThanOrEqual(5);
  await guards.expectClean();
});

// The page with a diagnosis of a messy paste, loaded and filled once per width and checked in both themes.
describeLooks({
  group: (width) => `results of a messy paste at ${width}px`,
  title: ({ width, theme }) => `results of a messy paste at ${width}px in ${theme}: accessible, no overflow, screenshot`,
  widths: [390, 1280],
  themes: ['light', 'dark'],
  async open(page) {
    const text = await open(page);
    await text.fill(fixture('mixed-garbage-synthetic.txt'));
    await expect(findings(page)).toHaveCount(5);
    // Filling scrolled the page; from the top, the sticky header is drawn where it belongs.
    await page.evaluate(() => window.scrollTo(0, 0));
  },
  async check(page, { width, theme, first }, testInfo) {
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectGoodLook(page, testInfo, `diagnose-results-${width}-${theme}`, { first });
  },
});
