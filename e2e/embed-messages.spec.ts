/**
 * Host messages under load and at the edges, on a host page of another origin
 * (a second port) framing /embed/line-rate/ twice, in one page load:
 *  - 5,000 setParams in one burst (with a play in the middle): the frame ends
 *    on the last values, merged in order, still playing; it answers with at
 *    most one `state` per animation frame it rendered (the bound is counted in
 *    frames, never in milliseconds), then obeys a pause;
 *  - NaN sent by postMessage gets the very notice `?line-rate.frameBytes=NaN`
 *    gets in the other frame's URL, and the rest of that message applies;
 *  - an own "__proto__" key gets the unknown-parameter notice, as in a URL;
 *  - those notices, and every refused message (wrong version, unknown type,
 *    bad shape), go back to the host as `error` messages and never appear in
 *    the frame, while the other frame's link notices stay on its banner.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION } from '../lib/embed/protocol';
import { recordMessages, startHost, type HostServer } from './support/embed-host';

const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const tag = { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION };
const BURST = 5000;

// "driven" is the frame the host talks to; "linked" shows what a link with the same bad values gives.
const hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messages</title>${recordMessages}</head>
<body style="margin:0 auto;max-width:760px;padding:8px;font-family:sans-serif">
<iframe id="driven" src="${SITE}/embed/line-rate/?line-rate.frameBytes=1518&amp;controls=compact" title="Driven" style="border:0;width:100%" height="420"></iframe>
<iframe id="linked" src="${SITE}/embed/line-rate/?line-rate.frameBytes=NaN&amp;line-rate.__proto__=5&amp;controls=compact" title="Linked" style="border:0;width:100%" height="420"></iframe>
</body></html>`;

type Recorded = {
  frame: string | null;
  data: {
    type?: string;
    params?: Record<string, number | boolean>;
    running?: boolean;
    code?: string;
    message?: string | null;
    detail?: string;
    notices?: Array<{ param: string; message: string }>;
  };
};

const messages = (page: Page) => page.evaluate(() => (window as unknown as { embedMessages: Recorded[] }).embedMessages);
const statesOf = async (page: Page, frame: string, from = 0) =>
  (await messages(page))
    .slice(from)
    .filter((m) => m.frame === frame && m.data.type === 'state')
    .map((m) => m.data);
const lastState = async (page: Page, frame: string) => (await statesOf(page, frame)).at(-1);
/** The `error` messages a frame posted to the host, from message number `from` on. */
const errorsOf = async (page: Page, frame: string, from: number) =>
  (await messages(page))
    .slice(from)
    .filter((m) => m.frame === frame && m.data.type === 'error')
    .map((m) => m.data);
const post = (page: Page, frame: string, message: object) =>
  page.evaluate(([id, m]) => (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), [frame, { ...tag, ...message }] as const);

function frameOf(page: Page, query: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(query));
  if (!frame) throw new Error(`no frame with ${query}`);
  return frame;
}

const noticesIn = (frame: Frame) => frame.locator('[data-testid="param-notice"] li').allTextContents();

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost(hostHtml, 0);
});
test.afterAll(async () => {
  await host?.close();
});

test('a burst of 5,000 setParams, NaN and an own __proto__: coalesced per frame, noticed as a link is', async ({ page }) => {
  test.slow();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto(host.url);
  for (const id of ['driven', 'linked']) {
    await expect
      .poll(async () => (await messages(page)).some((m) => m.frame === id && m.data.type === 'ready'), { message: `${id} never said ready`, timeout: 20_000 })
      .toBe(true);
  }
  const driven = frameOf(page, 'frameBytes=1518');
  const linked = frameOf(page, 'frameBytes=NaN');

  // The validator loads with the first message: let that happen before the burst, so the burst is the test.
  await page.evaluate(
    (t) => (document.getElementById('driven') as HTMLIFrameElement).contentWindow!.postMessage({ ...t, type: 'setParams', params: { cpuGhz: 3 } }, '*'),
    tag,
  );
  await expect.poll(async () => (await messages(page)).filter((m) => m.frame === 'driven' && m.data.type === 'state').length).toBeGreaterThan(0);

  // Count the animation frames the driven frame renders from here on: the yardstick of coalescing.
  await driven.evaluate(() => {
    const w = window as unknown as { ticks: number };
    w.ticks = 0;
    const tick = () => {
      w.ticks += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const before = (await messages(page)).length;
  const posted = await page.evaluate(
    ({ t, n }) => {
      const target = (document.getElementById('driven') as HTMLIFrameElement).contentWindow!;
      const started = performance.now();
      for (let i = 0; i < n; i++) {
        // linkGbps only in the first: a merged burst keeps it; a play halfway must still happen, in order.
        target.postMessage({ ...t, type: 'setParams', params: { frameBytes: 64 + i, cpuGhz: i % 2 ? 2.5 : 3.5, ...(i === 0 ? { linkGbps: 40 } : {}) } }, '*');
        if (i === n / 2) target.postMessage({ ...t, type: 'play' }, '*');
      }
      return performance.now() - started;
    },
    { t: tag, n: BURST },
  );
  await expect
    .poll(async () => (await lastState(page, 'driven'))?.params, { timeout: 30_000 })
    .toEqual({ linkGbps: 40, frameBytes: 64 + BURST - 1, cpuGhz: 2.5 });
  await expect.poll(async () => (await lastState(page, 'driven'))?.running).toBe(true);
  const ticks = await driven.evaluate(() => (window as unknown as { ticks: number }).ticks);
  const states = await statesOf(page, 'driven', before);
  test.info().annotations.push({
    type: 'burst',
    description: `${BURST} setParams posted in ${Math.round(posted)} ms; ${states.length} state messages back over ${ticks} animation frames`,
  });
  // At most one state per rendered frame (plus the fallback timer's, should frames have stalled for a second).
  expect(states.length).toBeGreaterThan(0);
  expect(states.length).toBeLessThanOrEqual(ticks + 2);
  // Every state on the way shows values the host actually sent, in the order sent.
  const frameBytes = states.map((s) => s.params!.frameBytes as number);
  expect(frameBytes).toEqual([...frameBytes].sort((a, b) => a - b));
  await expect(page.frameLocator('#driven').getByTestId('readout-pps')).toContainText('983,671');

  // Not blocked: a pause right after is obeyed.
  await page.evaluate((t) => (document.getElementById('driven') as HTMLIFrameElement).contentWindow!.postMessage({ ...t, type: 'pause' }, '*'), tag);
  await expect.poll(async () => (await lastState(page, 'driven'))?.running).toBe(false);

  // The link's notices: NaN is not a number, __proto__ is not a parameter.
  const fromLink = await noticesIn(linked);
  expect(fromLink).toEqual([
    'Frame size: “NaN” is not a number; using the default 64 B.',
    'Unknown parameter of “The line-rate budget” “__proto__” ignored. Known: linkGbps, frameBytes, cpuGhz.',
  ]);

  // NaN by postMessage: that parameter gets the link's notice, sent back to the host, not shown; the rest of the message applies.
  const drivenNotices = page.frameLocator('#driven').getByTestId('param-notice');
  let mark = (await messages(page)).length;
  await post(page, 'driven', { type: 'setParams', params: { frameBytes: Number.NaN, linkGbps: 100 } });
  await expect
    .poll(() => errorsOf(page, 'driven', mark))
    .toEqual([
      {
        ...tag,
        type: 'error',
        sim: 'line-rate',
        code: 'params-adjusted',
        message: 'setParams',
        detail: 'setParams applied, but 1 parameter adjusted or ignored (frameBytes): see notices.',
        notices: [{ param: 'frameBytes', message: fromLink[0] }],
      },
    ]);
  await expect.poll(async () => (await lastState(page, 'driven'))?.params).toMatchObject({ frameBytes: 64, linkGbps: 100 });
  // Drawn with the new values (100 GbE, 64 B), and still no banner: the reader is not told about the host's mistake.
  await expect(page.frameLocator('#driven').getByTestId('readout-pps')).toContainText('148,809,524');
  await expect(drivenNotices).toHaveCount(0);

  // An own "__proto__" key (as JSON.parse makes it, and structured cloning keeps it): unknown, like "constructor".
  mark = (await messages(page)).length;
  await page.evaluate(
    (t) =>
      (document.getElementById('driven') as HTMLIFrameElement).contentWindow!.postMessage(
        { ...t, type: 'setParams', params: JSON.parse('{"__proto__": 5, "cpuGhz": 2}') as object },
        '*',
      ),
    tag,
  );
  await expect
    .poll(async () => (await errorsOf(page, 'driven', mark)).map((e) => [e.code, e.notices]))
    .toEqual([['params-adjusted', [{ param: '__proto__', message: fromLink[1] }]]]);
  await expect.poll(async () => (await lastState(page, 'driven'))?.params?.cpuGhz).toBe(2);

  // Refused outright: each answered with its code and the type sent, nothing applied; then a good one applies, unanswered.
  mark = (await messages(page)).length;
  const statesBefore = (await statesOf(page, 'driven')).length;
  await post(page, 'driven', { version: 2, type: 'setParams', params: { frameBytes: 128 } });
  await post(page, 'driven', { type: 'explode' });
  await post(page, 'driven', { type: 'setTheme', theme: 'purple' });
  await post(page, 'driven', { type: 'setParams', params: { frameBytes: { $gt: 1 } } });
  await expect
    .poll(async () => (await errorsOf(page, 'driven', mark)).map((e) => [e.code, e.message, e.notices?.map((n) => n.param)]))
    .toEqual([
      ['unsupported-version', 'setParams', []],
      ['unknown-type', 'explode', []],
      ['invalid-message', 'setTheme', []],
      ['invalid-message', 'setParams', ['frameBytes']],
    ]);
  const refusals = await errorsOf(page, 'driven', mark);
  expect(refusals.map((e) => e.detail)).toEqual([
    'Ignored: unsupported protocol version 2 (this frame speaks 1).',
    'Ignored: unknown message type "explode"; the frame accepts setParams, play, pause, reset, setTheme.',
    expect.stringMatching(/^Ignored: .* at theme\.$/),
    'Ignored: expected a number, a boolean or a string of at most 64 characters at params.frameBytes.',
  ]);
  await post(page, 'driven', { type: 'setParams', params: { frameBytes: 1518, cpuGhz: 3 } });
  await expect.poll(async () => (await lastState(page, 'driven'))?.params).toEqual({ linkGbps: 100, frameBytes: 1518, cpuGhz: 3 });
  // Only the good message changed the state, and it got no error.
  expect((await statesOf(page, 'driven')).slice(statesBefore).map((st) => st.params?.frameBytes)).toEqual([1518]);
  expect(await errorsOf(page, 'driven', mark)).toHaveLength(4);
  await expect(page.frameLocator('#driven').getByTestId('readout-pps')).toContainText('8,127,438');
  await expect(drivenNotices).toHaveCount(0);

  // The linked frame's banner is its link's: a host message, good or bad, neither adds to it nor clears it.
  mark = (await messages(page)).length;
  await post(page, 'linked', { type: 'setParams', params: { frameBytes: 20, cpuGhz: 3.5 } });
  await expect.poll(async () => (await errorsOf(page, 'linked', mark)).map((e) => e.notices?.map((n) => n.param))).toEqual([['frameBytes']]);
  await expect.poll(async () => (await lastState(page, 'linked'))?.params).toMatchObject({ frameBytes: 64, cpuGhz: 3.5 });
  await expect.poll(() => noticesIn(linked)).toEqual(fromLink);

  expect(errors).toEqual([]);
});
