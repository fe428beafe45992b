/**
 * The diagnose page with pastes of megabytes: the diagnosis runs in a Web
 * Worker, so the page shows how far it has read and answers the reader while
 * it works; a newer paste replaces the one being read; counter names that
 * are Object.prototype's members never hide the real drops.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { loadFixture } from '../lib/diagnose/fixtures';
import { mixedPasteOfSize } from '../lib/diagnose/fixtures/large';
import { attachGuards } from './support/guards';
import { expectHydrated, expectPageHydrated } from './support/hydration';

declare global {
  interface Window {
    __progressTexts?: string[];
    __workerProgress?: number[];
    __typedWhileReading?: boolean[];
  }
}

const findings = (page: Page) => page.locator('[data-findings] > li');
const headings = (page: Page) => findings(page).getByRole('heading', { level: 4 });

// Kernel-side outputs (softnet_stat, nstat, netstat -s, /proc/net/snmp, ip -s -s link, two /proc/interrupts).
const KERNEL = [
  'softnet-13col-drops.txt',
  'nstat-az-after.txt',
  'interrupts-ixgbe-all-on-cpu0.txt',
  'ip-s-s-link-old-iproute2.txt',
  'netstat-su-memerrors.txt',
  'proc-net-snmp.txt',
  'interrupts-mlx5.txt',
];

/**
 * About 6 MB: the real kernel-side fixtures over and over (many machines'
 * outputs pasted together), with the ixgbe ethtool -S in the middle, whose
 * rx_no_dma_resources is the worst loss of all.
 */
function bigPaste(): string {
  const half = mixedPasteOfSize(3_000_000, KERNEL);
  return [half, loadFixture('ethtool-ixgbe-grep.txt'), half].join('\n');
}

/**
 * Puts `value` into the textarea the way a paste from the clipboard arrives:
 * the whole text at once, then one input event. (Locator.fill types it through
 * the editing pipeline, which for megabytes takes longer than any test.)
 */
async function paste(target: Locator, value: string) {
  await target.evaluate((el, text) => {
    const area = el as HTMLTextAreaElement;
    // React tracks the value it last set; the prototype's setter goes around that tracker, as a real paste does.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);
}

async function open(page: Page) {
  await page.goto('/diagnose/');
  await expectPageHydrated(page);
  const text = page.getByLabel(/Paste the output of any of/);
  await expectHydrated(text);
  return text;
}

/**
 * Records, in the page from its first script on, every progress text shown (so none is missed however
 * fast the worker is) and every progress message the page's workers post (how far each had read, in
 * characters). The texts may skip steps: on a busy machine several messages can arrive before React
 * draws again.
 */
async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    window.__progressTexts = [];
    window.__workerProgress = [];
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener('message', (e: MessageEvent<{ type?: string; read?: number }>) => {
          if (e.data?.type === 'progress' && typeof e.data.read === 'number') window.__workerProgress!.push(e.data.read);
        });
      }
    };
    new MutationObserver(() => {
      const shown = document.querySelector('[data-progress]')?.textContent;
      const busy = document.querySelector('[data-diagnosis]')?.getAttribute('aria-busy') === 'true' ? 'busy' : 'idle';
      if (shown && window.__progressTexts!.at(-1) !== `${busy}: ${shown}`) window.__progressTexts!.push(`${busy}: ${shown}`);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

test('a paste of 6 MB: progress is shown, typing elsewhere is handled while the worker reads, then the findings', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await recordProgress(page);
  const text = await open(page);
  const interval = page.getByLabel('Seconds between the snapshots');
  await expectHydrated(interval);
  // Whether each keystroke in the interval field was handled while a diagnosis was still being read.
  await interval.evaluate((el) => {
    window.__typedWhileReading = [];
    el.addEventListener('input', () => window.__typedWhileReading!.push(document.querySelector('[data-progress]') !== null));
  });

  const big = bigPaste();
  expect(big.length).toBeGreaterThan(6_000_000);
  expect(big.length).toBeLessThan(6_050_000);
  // The keystroke below goes to the interval field, ready beforehand so that it is one key press and nothing else.
  await interval.focus();
  await interval.press('End');
  await paste(text, big);
  // The browser lays out the text area's megabytes first (seconds, on the main thread, before any script runs).
  await expect(page.locator('[data-progress]')).toBeVisible({ timeout: 30_000 });
  // The page answers while the worker reads: the keystroke lands, and lands during the reading.
  // (A new interval starts the diagnosis again, so it goes on reading for a while yet.)
  await page.keyboard.press('5');
  await expect(interval).toHaveValue('15');
  expect(await page.evaluate(() => window.__typedWhileReading)).toEqual([true]);

  await expect(headings(page).first()).toHaveText('rx_no_dma_resources', { timeout: 60_000 });
  await expect(page.locator('[data-summary]')).toHaveText(/^\d+ findings; worst: rx_no_dma_resources \(NIC RX ring\); \d+ lines not recognised\.$/);
  await expect(headings(page)).toContainText(['rx_no_dma_resources', 'UdpMemErrors', 'rx_missed_errors']);
  // Over a thousand findings: the first hundred are drawn, the rest on request.
  await expect(findings(page)).toHaveCount(100);
  await expect(page.locator('[data-findings] + [data-show-all]')).toHaveText(/^Show all \d{1,3}(,\d{3})* findings \(\d{1,3}(,\d{3})* more\)$/);
  await expect(page.locator('[data-progress]')).toHaveCount(0);
  await expect(page.locator('[data-diagnosis]')).not.toHaveAttribute('aria-busy', /.*/);

  // Every progress text shown: "Reading x of 6.0 MB…", while the section was marked busy. The worker
  // reported as it read, about every megabyte and in order (how many of those steps were drawn depends
  // on how busy the machine was).
  const seen = await page.evaluate(() => window.__progressTexts!);
  expect(seen.length).toBeGreaterThan(0);
  for (const s of seen) expect(s).toMatch(/^busy: Reading \d\.\d of 6\.0 MB…$/);
  const reported = await page.evaluate(() => window.__workerProgress!);
  const lastRun = reported.slice(reported.lastIndexOf(Math.min(...reported)));
  expect(lastRun.length, reported.join(', ')).toBeGreaterThanOrEqual(5);
  expect(lastRun, reported.join(', ')).toEqual([...lastRun].sort((a, b) => a - b));
  await guards.expectClean();
});

test('a newer paste replaces the one being read; "constructor: 5" and friends do not hide the real drops', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await recordProgress(page);
  const text = await open(page);

  await paste(text, bigPaste());
  await expect(page.locator('[data-progress]')).toBeVisible({ timeout: 30_000 });

  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  const small = [
    '$ ethtool -S eth0',
    'NIC statistics:',
    '     rx_packets: 3811442771',
    ...names.map((n) => `     ${n}: 5`),
    '     rx_no_buffer_count: 527',
    '     rx_missed_errors: 4954',
  ].join('\n');
  await paste(text, small);

  await expect(page.locator('[data-summary]')).toHaveText('2 findings; worst: rx_missed_errors (NIC RX ring).', { timeout: 60_000 });
  await expect(headings(page)).toHaveText(['rx_missed_errors', 'rx_no_buffer_count']);
  await expect(findings(page).first().locator('[data-count]')).toHaveText('4,954');
  await expect(page.locator('[data-recognised] li')).toHaveCount(1);
  await expect(page.locator('[data-recognised]')).toContainText('eth0, driver igb/e1000e (guessed from the counter names), 8 counters');
  await expect(page.locator('[data-progress]')).toHaveCount(0);
  await expect(page.locator('[data-diagnosis]')).not.toHaveAttribute('aria-busy', /.*/);
  // The abandoned 8 MB diagnosis never lands on top of the newer answer.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await expect(headings(page)).toHaveText(['rx_missed_errors', 'rx_no_buffer_count']);
  await guards.expectClean();
});
