/**
 * Chapter 1's line-rate simulation: one shared store behind four figures, driven
 * by the slider, the scrubbable number, the link-speed radios, presets, the chart
 * and the URL. Expected numbers are exact (see simulations/models/line-rate/line-rate.ts).
 */
import { expect, test } from './support/test';
import { attachGuards } from './support/guards';
import { expectHydrated } from './support/hydration';
import { CHAPTER, expectedPps, frameSlider, panel, readout } from './support/line-rate';

/** The query key exactly, so frameBytes=65 does not match frameBytes=650. */
const inUrl = (key: string, value: string | number) => new RegExp(`[?&]line-rate\\.${key}=${value}(&|#|$)`);

test('chapter 1 renders four line-rate figures; the full panel reads 14,880,952 pps, 67.2 ns, 202 cycles', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  await expect(page.locator('[data-simulation="line-rate"]')).toHaveCount(4);
  const panels = await page.locator('[data-simulation="line-rate"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')));
  expect(panels).toEqual(['wire', 'full', 'budget', 'chart']);

  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await expect(readout(page, 'ns')).toHaveText('67.2');
  await expect(readout(page, 'cycles')).toHaveText('202');
  await expect(readout(page, 'goodput')).toHaveText('7.62');
  await expect(frameSlider(page)).toHaveAttribute('aria-valuenow', '64');
  await expect(frameSlider(page)).toHaveAttribute('aria-valuetext', '64 B');
  await expect(panel(page, 'full').getByRole('radiogroup', { name: 'Link speed' }).getByRole('radio', { checked: true })).toHaveText('10 GbE');
  await guards.expectClean();
});

test('ArrowRight on the Frame size slider moves to 65 B everywhere and writes the URL', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const slider = frameSlider(page);
  await expectHydrated(slider);
  await slider.focus();
  await expect(slider).toBeFocused();
  await page.keyboard.press('ArrowRight');

  await expect(slider).toHaveAttribute('aria-valuenow', '65');
  await expect(readout(page, 'pps')).toHaveText('14,705,882');
  await expect(page).toHaveURL(inUrl('frameBytes', 65));
  // The other figures share the state.
  await expect(panel(page, 'wire').getByTestId('line-rate-sentence')).toContainText('14,705,882 packets a second');
  await expect(panel(page, 'budget').getByTestId('line-rate-sentence')).toContainText('14,705,882 packets a second');
  await expect(panel(page, 'chart').getByTestId('chart-current')).toHaveText('14.71 Mpps');
  await guards.expectClean();
});

test('End jumps to 9000 B, PageDown from 9000 B to the 1518 B mark; every figure follows', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const slider = frameSlider(page);
  await expectHydrated(slider);
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '9000');
  await expect(readout(page, 'pps')).toHaveText('138,581');
  await expect(page).toHaveURL(inUrl('frameBytes', 9000));

  await slider.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuenow', '1518');
  await expect(readout(page, 'pps')).toHaveText('812,744');
  await expect(page).toHaveURL(inUrl('frameBytes', 1518));
  await expect(panel(page, 'wire').getByRole('slider', { name: 'Frame size' })).toHaveText('1,518 B');
  await expect(panel(page, 'wire').getByTestId('line-rate-sentence')).toContainText('812,744 packets a second');
  await expect(panel(page, 'chart').getByTestId('chart-current')).toHaveText('813 kpps');
  await expect(panel(page, 'chart').getByRole('img')).toHaveAttribute('aria-label', /At 10 GbE and 1518 bytes: 812,744 packets per second\./);
  await guards.expectClean();
});

test('choosing 25 GbE in the link speed radio group gives 37,202,381 pps in every figure', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const group = panel(page, 'full').getByRole('radiogroup', { name: 'Link speed' });
  const radio = group.getByRole('radio', { name: '25 GbE' });
  await expectHydrated(radio);
  await radio.click();
  await expect(radio).toHaveAttribute('aria-checked', 'true');
  await expect(readout(page, 'pps')).toHaveText('37,202,381');
  await expect(readout(page, 'ns')).toHaveText('26.9');
  await expect(page).toHaveURL(inUrl('linkGbps', 25));
  await expect(panel(page, 'wire').getByRole('combobox', { name: 'Link speed' })).toHaveValue('25');
  await expect(panel(page, 'chart').getByRole('radiogroup', { name: 'Highlighted link speed' }).getByRole('radio', { checked: true })).toHaveText('25 GbE');
  await guards.expectClean();
});

test('the Frame size number accepts a typed value: Enter, 1518, Enter gives 812,744 pps', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const number = panel(page, 'full').getByRole('slider', { name: 'Frame size value' });
  await expectHydrated(number);
  await expect(number).toHaveText('64 B');
  await number.focus();
  await page.keyboard.press('Enter');
  const input = panel(page, 'full').getByRole('spinbutton', { name: 'Frame size value (B)' });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('64');
  await input.fill('1518');
  await page.keyboard.press('Enter');

  await expect(input).toHaveCount(0);
  await expect(number).toHaveText('1,518 B');
  await expect(readout(page, 'pps')).toHaveText('812,744');
  await expect(frameSlider(page)).toHaveAttribute('aria-valuenow', '1518');
  await expect(page).toHaveURL(inUrl('frameBytes', 1518));
  await guards.expectClean();
});

test('presets set the values and Reset returns to 10 GbE, 64 B and a clean URL', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const full = panel(page, 'full');
  const mtu = full.getByRole('button', { name: '10 GbE, 1518 B' });
  const worst = full.getByRole('button', { name: '10 GbE, 64 B' });
  await expectHydrated(mtu);
  await expect(worst).toHaveAttribute('aria-pressed', 'true');
  await expect(mtu).toHaveAttribute('aria-pressed', 'false');

  await mtu.click();
  await expect(readout(page, 'pps')).toHaveText('812,744');
  await expect(mtu).toHaveAttribute('aria-pressed', 'true');
  await expect(worst).toHaveAttribute('aria-pressed', 'false');

  await full.getByRole('button', { name: '100 GbE, 64 B' }).click();
  await expect(readout(page, 'pps')).toHaveText('148,809,524');
  await expect(page).toHaveURL(inUrl('linkGbps', 100));

  await full.getByRole('button', { name: 'Reset' }).click();
  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await expect(worst).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new URL(CHAPTER, baseURL).href);
  await guards.expectClean();
});

test('URL parameters set the state: 100 GbE with 1518 B frames reads 8,127,438 pps, without a notice', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?line-rate.frameBytes=1518&line-rate.linkGbps=100`);
  await expect(readout(page, 'pps')).toHaveText('8,127,438');
  expect(expectedPps(100, 1518)).toBe('8,127,438');
  await expect(frameSlider(page)).toHaveAttribute('aria-valuenow', '1518');
  await expect(panel(page, 'full').getByRole('radio', { name: '100 GbE' })).toHaveAttribute('aria-checked', 'true');
  await expect(panel(page, 'wire').getByTestId('line-rate-sentence')).toContainText('8,127,438 packets a second');
  await expect(page.getByTestId('param-notice')).toHaveCount(0);
  await guards.expectClean();
});

test('frameBytes=20 is clamped to 64 B with one notice for the whole page, and Dismiss removes it', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?line-rate.frameBytes=20`);
  const notice = page.getByTestId('param-notice');
  await expect(notice).toContainText('Frame size: 20 is below the minimum; using 64 B.');
  // Four figures share the store; the notice appears once.
  await expect(notice).toHaveCount(1);
  await expect(page.locator('[data-simulation="line-rate"]')).toHaveCount(4);
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await expect(frameSlider(page)).toHaveAttribute('aria-valuenow', '64');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await guards.expectClean();
});

test('frameBytes=abc is reported as not a number and the default is used', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?line-rate.frameBytes=abc`);
  const notice = page.getByTestId('param-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toHaveText('Frame size: “abc” is not a number; using the default 64 B.');
  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await guards.expectClean();
});

test('linkGbps=30 snaps to the nearest option, 25 GbE, with a notice', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?line-rate.linkGbps=30`);
  const notice = page.getByTestId('param-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('nearest, 25 GbE');
  await expect(notice.getByRole('listitem')).toHaveText('Link speed: 30 is not an option; using the nearest, 25 GbE.');
  await expect(readout(page, 'pps')).toHaveText('37,202,381');
  await guards.expectClean();
});

test('an unknown parameter is reported and ignored', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(`${CHAPTER}?line-rate.bogus=1`);
  const notice = page.getByTestId('param-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Unknown parameter');
  await expect(notice.getByRole('listitem')).toHaveText('Unknown parameter of “The line-rate budget” “bogus” ignored. Known: linkGbps, frameBytes, cpuGhz.');
  await expect(readout(page, 'pps')).toHaveText('14,880,952');
  await guards.expectClean();
});

test('clicking the middle of the pps chart picks a frame size near 759 B and every readout follows', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto(CHAPTER);
  const plot = panel(page, 'chart').locator('svg[role="img"] rect[fill="transparent"]');
  await expect(plot).toHaveCount(1);
  await expectHydrated(plot);
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('chart plot area has no box');
  // Log scale from 64 to 9000 B: the middle is √(64·9000) ≈ 759 B.
  await plot.click({ position: { x: box.width / 2, y: box.height / 2 } });

  await expect.poll(async () => Number(await frameSlider(page).getAttribute('aria-valuenow'))).not.toBe(64);
  const picked = Number(await frameSlider(page).getAttribute('aria-valuenow'));
  expect(picked).toBeGreaterThanOrEqual(740);
  expect(picked).toBeLessThanOrEqual(780);
  await expect(readout(page, 'pps')).toHaveText(expectedPps(10, picked));
  await expect(page).toHaveURL(inUrl('frameBytes', picked));
  await guards.expectClean();
});

test('with reduced motion the wire starts paused and Step advances the counters one packet at a time', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(CHAPTER);
  const full = panel(page, 'full');
  const counters = full.getByTestId('wire-counters');
  const step = full.getByRole('button', { name: 'Step' });
  await expectHydrated(step);
  await step.scrollIntoViewIfNeeded();

  const play = full.getByRole('button', { name: 'Play' });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(full.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  // The wire starts full (1,800 byte-times = 1.44 µs at 10 GbE); no frame has reached the NIC yet.
  await expect(counters).toHaveText('Wire time elapsed 1.44 µs · frames received 0');

  await step.click();
  await expect(counters).toHaveText('Wire time elapsed 1.51 µs · frames received 1');
  await step.click();
  await expect(counters).toHaveText('Wire time elapsed 1.57 µs · frames received 2');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await guards.expectClean();
});

// One idea per figure: each of chapter 1's four line-rate figures is headed by what it shows (<Simulation title>),
// and each is a region of its own name.
test('chapter 1 titles each line-rate figure by what it shows', async ({ page }) => {
  await page.goto('/chapters/why-rewrite/');
  const frames = page.locator('[data-sim-frame="line-rate"]');
  await expect(frames).toHaveCount(4);
  await expect(frames.locator('h3')).toHaveText([
    'Frames on the wire',
    'The line-rate budget',
    'What fits between two packets',
    'Packets per second against frame size',
  ]);
  const names = await frames.locator('section[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(4);
});

test('keyboard hints show with a mouse and not on a touch screen', async ({ page, browser, baseURL }) => {
  await page.goto('/chapters/why-rewrite/');
  await expect(page.locator('[data-keys-hint]').first()).toBeVisible();
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  try {
    const phone = await touch.newPage();
    await phone.goto('/chapters/why-rewrite/');
    expect(await phone.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the emulated phone has a coarse pointer').toBe(true);
    await expect(phone.locator('[data-keys-hint]').first()).toBeAttached();
    await expect(phone.locator('[data-keys-hint]').first()).toBeHidden();
  } finally {
    await touch.close();
  }
});
