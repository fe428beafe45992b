/**
 * The receive-path simulations in chapter 2, driven like a reader would: they
 * load and play, step, respond to parameters (ring size ⇒ drop counters),
 * explain a drop, survive a copied link, answer the keyboard, pause off
 * screen, and compute the livelock curve in a Web Worker.
 */
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectKeyboardTransport, simTime } from './support/transport';
import { afterFrames, expectHydrated } from './support/hydration';

const CHAPTER = process.env.EVENT_SIM_PAGE ?? '/chapters/receive-path/';

const sim = (page: Page, id: string) => page.locator(`[data-event-sim="${id}"]`).first();
const counter = (s: Locator, name: string) => s.locator(`[data-counter="${name}"] [data-value]`).first();
const counterValue = async (s: Locator, name: string) => Number(await counter(s, name).getAttribute('data-value'));

/** The contents of a file the page offered for download. */
async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function ready(page: Page, id: string, timeout = 15_000): Promise<Locator> {
  const s = sim(page, id);
  await s.scrollIntoViewIfNeeded();
  await expectHydrated(s.getByRole('button', { name: /Pause|Play/ }).first());
  await expect.poll(() => simTime(s), { timeout }).toBeGreaterThan(0);
  return s;
}

test('the receive path loads, plays and draws packets; Step and One event advance a paused run', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = await ready(page, 'receive-path');
  const t1 = await simTime(s);
  await expect.poll(() => simTime(s)).toBeGreaterThan(t1);
  await expect.poll(async () => Number(await s.locator('[data-pipeline] canvas').getAttribute('data-packets'))).toBeGreaterThan(0);

  await s.getByRole('button', { name: 'Pause' }).click();
  const paused = await simTime(s);
  await afterFrames(page, 24);
  expect(await simTime(s)).toBe(paused);
  await s.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => simTime(s)).toBeGreaterThan(paused);
  const afterStep = await simTime(s);
  await s.getByRole('button', { name: 'One event' }).click();
  await expect.poll(() => simTime(s)).toBeGreaterThanOrEqual(afterStep);
  await expect(s.getByRole('button', { name: 'Play' })).toBeVisible();
  await guards.expectClean();
});

test('a bigger ring stops rx_missed_errors; the drop explanation names the full ring; the link keeps the ring size', async ({ page, baseURL }) => {
  // Waits for simulated time to pass in a real browser; a busy 2-core machine needs the room.
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?rx-ring.ring_size=256`);
  const s = await ready(page, 'rx-ring');
  await s.getByRole('radio', { name: '10 ms' }).click();
  await expect.poll(() => counterValue(s, 'rx_missed_errors'), { timeout: 20_000 }).toBeGreaterThan(0);

  // Why? The counter is a button that explains the latest drop.
  await s.getByRole('button', { name: /rx_missed_errors: why/ }).click();
  const why = s.locator('[data-drop-explainer]');
  await expect(why).toContainText('descriptors');
  await expect(why).toContainText('rx_missed_errors');
  await expect(s.locator('[data-drop-marker]')).toHaveCount(0); // this panel has no chart; the full panel marks the time

  // Grow the ring to its maximum with the keyboard: the run restarts and no descriptor runs out.
  await s.getByText('All parameters').click();
  const ring = s.getByRole('slider', { name: 'RX ring', exact: true });
  await ring.focus();
  await page.keyboard.press('End');
  await expect(ring).toHaveAttribute('aria-valuenow', '8192');
  await expect.poll(() => simTime(s), { timeout: 20_000 }).toBeGreaterThan(12_000_000);
  expect(await counterValue(s, 'rx_missed_errors')).toBe(0);
  await expect.poll(() => page.url()).toMatch(/[?&]rx-ring\.ring_size=8192(&|$)/);
  // The seed travels in the link too, so the copy replays the very same arrivals.
  await s.getByLabel('Seed').fill('5');
  await expect.poll(() => page.url()).toMatch(/[?&]rx-ring\.seed=5(&|$)/);

  // The copied link reproduces the state in a fresh page.
  const copy = await page.context().newPage();
  await copy.goto(page.url());
  await copy.bringToFront();
  const again = sim(copy, 'rx-ring');
  await again.scrollIntoViewIfNeeded();
  await expectHydrated(again.getByRole('button', { name: /Pause|Play/ }).first());
  await expect(again.getByLabel('Seed')).toHaveValue('5');
  await again.getByText('All parameters').click();
  await expect(again.getByRole('slider', { name: 'RX ring', exact: true })).toHaveAttribute('aria-valuenow', '8192');
  await copy.close();
  await guards.expectClean();
});

test('keyboard only: Space on Pause pauses, → steps, R restarts, Space plays again', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  await expectKeyboardTransport(page, await ready(page, 'receive-path'));
  await guards.expectClean();
});

test('a simulation scrolled out of view stops its clock', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = await ready(page, 'receive-path');
  // Scroll it well out of view, whichever end of the page it is nearer.
  await s.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top > window.innerHeight * 2 ? 0 : document.documentElement.scrollHeight);
  });
  await expect
    .poll(() =>
      s.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom < -100 || r.top > window.innerHeight + 100;
      }),
    )
    .toBe(true);
  // The observer that pauses it reports on the next frames; then 40 frames of nothing.
  await afterFrames(page, 18);
  const t = await simTime(s);
  await afterFrames(page, 40);
  expect(await simTime(s)).toBe(t);
  await guards.expectClean();
});

test('with reduced motion the clock moves in steps, not continuously', async ({ page, baseURL }) => {
  // Waits for simulated time to pass in a real browser; a busy 2-core machine needs the room.
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  // In reduced motion the first step comes after a second of screen time; a loaded machine may take longer.
  const s = await ready(page, 'receive-path', 40_000);
  const times = new Set<number>();
  const started = Date.now();
  for (let i = 0; i < 12; i++) {
    times.add(await simTime(s));
    await page.waitForTimeout(150);
  }
  const seconds = (Date.now() - started) / 1000;
  // Steps of exactly one speed unit (100 µs of wire time), about one per second; continuous
  // motion would show a new, arbitrary value at almost every sample.
  for (const t of times) expect(t % 100_000).toBe(0);
  expect(times.size).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  await guards.expectClean();
});

test('the livelock curve is computed in a Web Worker: NAPI holds, interrupt-per-packet collapses', async ({ page, baseURL }) => {
  // Waits for simulated time to pass in a real browser; a busy 2-core machine needs the room.
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const curve = page.locator('[data-sweep]').first();
  await curve.scrollIntoViewIfNeeded();
  await expect(curve.getByRole('status')).toBeVisible();
  await expect(curve.getByRole('status')).toHaveCount(0, { timeout: 25_000 });
  const label = await curve.locator('svg').getAttribute('aria-label');
  const peaks = [...(label ?? '').matchAll(/peaks at ([\d.,]+) (Mpps|kpps)/g)].map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] === 'Mpps' ? 1e6 : 1e3));
  expect(peaks).toHaveLength(2);
  expect(peaks[0]!).toBeGreaterThan(peaks[1]!); // NAPI's peak is above the livelocked path's
  await expect(curve.locator('circle')).toHaveCount(24 + 1); // 12 loads × 2 modes, and the current point
  const [csv] = await Promise.all([page.waitForEvent('download'), curve.getByRole('button', { name: 'CSV', exact: true }).click()]);
  expect(csv.suggestedFilename()).toBe('irq-vs-napi.csv');
  const body = await downloadText(csv);
  const [header, ...rows] = body.trim().split('\n');
  expect(header).toBe('mode,load_pct,offered_pps,delivered_pps');
  expect(rows).toHaveLength(24);
  await guards.expectClean();
});

test('chapter 3 exercise: pick a counter, get the answer with the recorded causal chain, then another machine', async ({ page, baseURL }) => {
  // Waits for simulated time to pass in a real browser; a busy 2-core machine needs the room.
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(process.env.QUIZ_PAGE ?? '/chapters/where-packets-die/');
  const quiz = page.locator('[data-drop-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-drop-quiz', 'small-ring');
  await expect(quiz).toContainText('the application received', { timeout: 20_000 });
  // A wrong answer first: time_squeeze never drops a packet itself.
  await quiz.getByRole('radio', { name: /time_squeeze/ }).check();
  const answer = quiz.locator('[data-quiz-answer]');
  await expect(answer).toContainText('Not this time.');
  await expect(answer).toContainText('never drops a packet');
  await expect(answer).toContainText('descriptors');
  await quiz.getByRole('radio', { name: /rx_missed_errors/ }).check();
  await expect(answer).toContainText('Right.');
  await quiz.getByRole('button', { name: 'Another machine' }).click();
  await expect(quiz).toHaveAttribute('data-drop-quiz', 'small-backlog');
  await expect(quiz.locator('[data-quiz-answer]')).toHaveCount(0);
  await expect(quiz).toContainText('the application received', { timeout: 20_000 });
  await quiz.getByRole('radio', { name: /^dropped/ }).check();
  await expect(quiz.locator('[data-quiz-answer]')).toContainText('Right.');
  await guards.expectClean();
});

test('the full panel: a drop counter marks its moment on the timeline; the charts export as CSV, SVG and PNG', async ({ page, baseURL }) => {
  // Waits for simulated time to pass in a real browser; a busy 2-core machine needs the room.
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = page.locator('[data-simulation="receive-path"][data-panel="full"] [data-event-sim]');
  await s.scrollIntoViewIfNeeded();
  await expect.poll(() => simTime(s), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => counterValue(s, 'rx_missed_errors'), { timeout: 20_000 }).toBeGreaterThan(0);
  await s.getByRole('button', { name: 'Pause' }).click();
  await s.getByRole('button', { name: /rx_missed_errors: why/ }).click();
  await expect(s.locator('[data-drop-explainer]')).toBeVisible();
  await expect(s.locator('[data-drop-marker]')).toHaveCount(2); // both charts

  const [csv] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: 'CSV', exact: true }).click()]);
  expect(csv.suggestedFilename()).toBe('receive-path.csv');
  const text = await downloadText(csv);
  const [header, ...rows] = text.trim().split('\n');
  expect(header).toBe('t_ns,ring_packets,backlog_packets,socket_packets,delivered_per_interval,dropped_per_interval');
  expect(rows.length).toBeGreaterThan(1);

  const [svg] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: 'SVG', exact: true }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^receive-path-(queues|packets)\.svg$/);
  const [png] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: 'PNG', exact: true }).click()]);
  expect(png.suggestedFilename()).toMatch(/^receive-path-(queues|packets)\.png$/);
  await guards.expectClean();
});

test('clicking a drop mark on the drawing pauses and explains that very packet', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const s = page.locator('[data-simulation="receive-path"][data-panel="full"] [data-event-sim]');
  await s.scrollIntoViewIfNeeded();
  const canvas = s.locator('[data-pipeline] canvas');
  await expect.poll(async () => (await canvas.getAttribute('data-drop-marks')) ?? '', { timeout: 20_000 }).not.toBe('');
  await s.getByRole('button', { name: 'Pause' }).click();
  const marks = ((await canvas.getAttribute('data-drop-marks')) ?? '').split(';').filter(Boolean);
  expect(marks.length).toBeGreaterThan(0);
  const points = marks.map((m) => m.split(',').map(Number) as [number, number, number]);
  // The newest mark that no other mark sits on (marks of one full ring can overlap).
  const alone = points.filter(([x, y], i) => points.every(([ox, oy], j) => j === i || (ox - x) ** 2 + (oy - y) ** 2 > 9));
  expect(alone.length).toBeGreaterThan(0);
  const [x, y, serial] = alone[alone.length - 1]!;
  await s.locator('[data-pipeline]').click({ position: { x, y } });
  const why = s.locator('[data-drop-explainer]');
  await expect(why).toContainText(`This: packet #${serial.toLocaleString('en-US')}`);
  await expect(s.locator('[data-drop-marker]')).toHaveCount(2);
  await guards.expectClean();
});
