/**
 * Embedding (docs/embedding.md): simulations framed by a page on another origin.
 *  - a host on a second port embeds three simulations with different
 *    parameters and themes (one in sandbox="allow-scripts", one through the
 *    <netsim-embed> element) using public/embed.js;
 *  - each frame reports ready, is sized to its content, shows its theme and
 *    parameters; messages from the host change them; malformed messages are
 *    ignored (answered with `error`, embed-messages.spec.ts checks those);
 *    neither the host nor any frame logs an error;
 *  - every embeddable simulation renders alone and passes axe; bad options
 *    give notices; the chapters' share dialog writes a working snippet.
 */
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION } from '../lib/embed/protocol';
import { catalog } from '../simulations/catalog';
import { stackParams } from '../simulations/models/stacks';
import { expectNoAxeViolations } from './support/axe';
import { recordMessages, startHost, type HostServer } from './support/embed-host';
import { attachGuards } from './support/guards';
import { expectEmbedReady, expectPageHydrated, settle } from './support/hydration';
import { expectNoHorizontalOverflow } from './support/layout';

const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const tag = { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION };
const dpdk = stackParams.stack.options.find((o) => o.name === 'dpdk')!.value;
const netmap = stackParams.stack.options.find((o) => o.name === 'netmap')!.value;

const hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>${recordMessages}</head>
<body style="margin:0 auto;max-width:760px;padding:16px;font-family:sans-serif">
<h1>A blog post about packets</h1>
<iframe id="wire" src="${SITE}/embed/line-rate/?line-rate.frameBytes=1518&amp;theme=dark&amp;controls=compact" title="Frames on the wire" style="border:0;width:100%" height="200"></iframe>
<p>Some prose between the figures.</p>
<iframe id="stack" sandbox="allow-scripts" src="${SITE}/embed/stack/?stack.stack=dpdk&amp;theme=light" title="DPDK" style="border:0;width:100%" height="200"></iframe>
<netsim-embed id="ring" sim="rx-ring" params="ring_size=4096" controls="none" title="The RX ring"></netsim-embed>
<script src="${SITE}/embed.js" async></script>
</body></html>`;

type Recorded = {
  frame: string | null;
  data: {
    type?: string;
    sim?: string;
    height?: number;
    params?: Record<string, number | boolean>;
    running?: boolean;
    theme?: string;
    notices?: Array<{ param: string; message: string }>;
  };
};

const messages = (page: Page) => page.evaluate(() => (window as unknown as { embedMessages: Recorded[] }).embedMessages);

/** The last message of a type that a frame posted to the host. */
async function last(page: Page, frame: string, type: string) {
  return (await messages(page)).filter((m) => m.frame === frame && m.data.type === type).at(-1)?.data;
}

/** Posts a message from the host page to one of its frames, as a host's script would. */
function send(page: Page, frame: string, message: unknown) {
  return page.evaluate(
    ([id, m]) => {
      const el = document.getElementById(id as string)!;
      const iframe = el instanceof HTMLIFrameElement ? el : el.querySelector('iframe')!;
      iframe.contentWindow!.postMessage(m, '*');
    },
    [frame, message] as const,
  );
}

function frameOf(page: Page, sim: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${sim}/`));
  if (!frame) throw new Error(`no frame for ${sim}`);
  return frame;
}

/** Console errors and uncaught errors from the host page and from every frame in it. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return errors;
}

let host: HostServer;

test.beforeAll(async () => {
  host = await startHost(hostHtml, 0);
});
test.afterAll(async () => {
  await host?.close();
});

async function openHost(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(host.url);
  for (const id of ['wire', 'stack', 'ring'])
    await expect.poll(() => last(page, id, 'ready'), { message: `${id} never said ready`, timeout: 20_000 }).toBeTruthy();
}

test('a foreign host embeds three simulations: each ready, sized to its content, in its theme and parameters', async ({ page }) => {
  test.slow();
  const errors = collectErrors(page);
  await openHost(page);

  expect(await last(page, 'wire', 'ready')).toMatchObject({ sim: 'line-rate', params: { frameBytes: 1518 }, theme: 'dark', running: false });
  expect(await last(page, 'stack', 'ready')).toMatchObject({ sim: 'stack', params: { stack: dpdk }, theme: 'light' });
  expect(await last(page, 'ring', 'ready')).toMatchObject({ sim: 'rx-ring', params: { ring_size: 4096 }, theme: 'auto' });

  // Themes: as asked, and "auto" follows the reader's system (dark, emulated above).
  await expect.poll(() => frameOf(page, 'line-rate').evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect.poll(() => frameOf(page, 'stack').evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await expect.poll(() => frameOf(page, 'rx-ring').evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  // Controls: compact keeps the transport but not the parameter panel; none keeps neither.
  const wire = page.frameLocator('#wire');
  await expect(wire.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(wire.getByText(/All parameters/)).toHaveCount(0);
  const ring = page.frameLocator('#ring iframe');
  await expect(ring.locator('[data-embed-root]')).toBeVisible();
  await expect(ring.getByRole('button', { name: 'Reset' })).toHaveCount(0);

  // No site chrome inside the frames, and a way back to the chapter section.
  await expect(wire.locator('header[data-site-header]')).toHaveCount(0);
  await expect(wire.locator('a[data-embed-source]')).toHaveAttribute('href', /^\/chapters\/why-rewrite\/#[a-z0-9-]+$/);

  // embed.js sizes every frame to the height its content reports (the sandboxed one too).
  // Browsers pause rendering, and so resize observation, in cross-origin frames off screen:
  // a frame reports its height as the reader scrolls to it.
  for (const [id, sim] of [
    ['wire', 'line-rate'],
    ['stack', 'stack'],
    ['ring', 'rx-ring'],
  ] as const) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const heights = async () => ({
      content: await frameOf(page, sim).evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height)),
      reported: (await last(page, id, 'resize'))?.height,
      iframe: await page.evaluate((i) => {
        const el = document.getElementById(i)!;
        return Math.round((el instanceof HTMLIFrameElement ? el : el.querySelector('iframe')!).getBoundingClientRect().height);
      }, id),
    });
    await expect
      .poll(
        async () => {
          const h = await heights();
          return h.content > 200 && h.reported === h.content && h.iframe === h.content ? 'sized' : JSON.stringify(h);
        },
        { message: `${id} is as tall as its content` },
      )
      .toBe('sized');
  }
  expect(errors).toEqual([]);
});

test('the host drives a frame by message; malformed messages are ignored', async ({ page }) => {
  test.slow();
  const errors = collectErrors(page);
  await openHost(page);
  const wire = page.frameLocator('#wire');

  await send(page, 'wire', { ...tag, type: 'setParams', params: { frameBytes: 64 } });
  await expect.poll(async () => (await last(page, 'wire', 'state'))?.params?.frameBytes).toBe(64);
  await expect(wire.getByTestId('readout-pps')).toContainText('14,880,952');

  await send(page, 'wire', { ...tag, type: 'play' });
  await expect.poll(async () => (await last(page, 'wire', 'state'))?.running).toBe(true);
  await expect(wire.getByRole('button', { name: 'Pause' })).toBeVisible();
  await send(page, 'wire', { ...tag, type: 'pause' });
  await expect.poll(async () => (await last(page, 'wire', 'state'))?.running).toBe(false);

  await send(page, 'wire', { ...tag, type: 'setTheme', theme: 'light' });
  await expect.poll(() => frameOf(page, 'line-rate').evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await expect.poll(async () => (await last(page, 'wire', 'state'))?.theme).toBe('light');

  // Out of range: clamped, with the notice a bad link gets sent back to the host (docs/embedding.md), not shown to the reader.
  await send(page, 'wire', { ...tag, type: 'setParams', params: { frameBytes: 99999 } });
  await expect.poll(async () => (await last(page, 'wire', 'error'))?.notices?.map((n) => n.param)).toEqual(['frameBytes']);
  expect((await last(page, 'wire', 'error'))?.notices?.[0]?.message).toContain('Frame size');
  await expect.poll(async () => (await last(page, 'wire', 'state'))?.params?.frameBytes).toBe(9000);
  await expect(wire.getByTestId('readout-pps')).toContainText('138,581');
  await expect(wire.getByTestId('param-notice')).toHaveCount(0);

  // Garbage, wrong shapes, another version, untagged: none of them changes anything.
  const before = (await messages(page)).length;
  for (const junk of [
    'setTheme dark',
    null,
    { ...tag, type: 'setTheme', theme: 'purple' },
    { ...tag, type: 'setParams', params: 'frameBytes=64' },
    { ...tag, type: 'setParams', params: { frameBytes: { $gt: 1 } } },
    { ...tag, version: 99, type: 'setParams', params: { frameBytes: 64 } },
    { type: 'setParams', params: { frameBytes: 64 } },
    { ...tag, type: 'explode' },
  ]) {
    await send(page, 'wire', junk);
  }
  // A valid message sent after them: once it has been applied, the junk has been seen too.
  await send(page, 'wire', { ...tag, type: 'setTheme', theme: 'dark' });
  await expect.poll(() => frameOf(page, 'line-rate').evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const after = (await messages(page)).slice(before).filter((m) => m.frame === 'wire' && m.data.type === 'state');
  expect(after.map((m) => [m.data.theme, m.data.params?.frameBytes])).toEqual([['dark', 9000]]);
  await expect(wire.locator('[data-embed-root]')).toBeVisible();

  // The sandboxed frame (opaque origin, no storage) obeys too, and resets to where it started.
  await send(page, 'stack', { ...tag, type: 'setParams', params: { stack: 'netmap' } });
  await expect.poll(async () => (await last(page, 'stack', 'state'))?.params?.stack).toBe(netmap);
  await send(page, 'stack', { ...tag, type: 'reset' });
  await expect.poll(async () => (await last(page, 'stack', 'state'))?.params?.stack).toBe(dpdk);

  expect(errors).toEqual([]);
});

test('bad embed options and parameters get notices, never a blank frame', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/embed/line-rate/?theme=purple&controls=all&panel=nope&line-rate.frameBytes=abc');
  await expectEmbedReady(page);
  const notices = page.getByTestId('param-notice');
  await expect(notices.filter({ hasText: 'Embed option theme: “purple”' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Embed option controls: “all”' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Embed option panel: “nope”' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Frame size' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The line-rate budget', level: 3 })).toBeVisible();
  await guards.expectClean();
});

const embeddable = catalog;

for (const entry of embeddable) {
  test(`/embed/${entry.id}/ shows the simulation alone, accessible, at 390 px`, async ({ page, baseURL }, testInfo) => {
    test.slow();
    const guards = await attachGuards(page, baseURL);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/embed/${entry.id}/`);
    await expectEmbedReady(page);
    await expect(page.locator(`[data-embed-root="${entry.id}"] [data-simulation="${entry.id}"]`)).toBeVisible();
    await expect(page.locator('header[data-site-header], footer[data-site-footer]')).toHaveCount(0);
    await expect(page.locator('a[data-embed-source]')).toHaveAttribute('href', /^\/chapters\/[a-z-]+\/(#[a-z0-9_-]+)?$/);
    await settle(page);
    await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', `embed-${entry.id}-390.png`), fullPage: true, animations: 'disabled' });
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await guards.expectClean();
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 800]) {
    test(`an embed in ${theme} at ${width} px: themed by its URL, whatever the system says`, async ({ page, baseURL }, testInfo) => {
      const guards = await attachGuards(page, baseURL);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark', reducedMotion: 'reduce' });
      // Every theme the frame ever shows, from its first script on: never the system's, not for a frame.
      await page.addInitScript(() => {
        const shown: string[] = ((window as { __themes?: string[] }).__themes = []);
        // Observed from the document: <html> does not exist yet when this runs.
        new MutationObserver(() => {
          const now = document.documentElement?.dataset.theme;
          if (now && shown.at(-1) !== now) shown.push(now);
        }).observe(document, { attributes: true, attributeFilter: ['data-theme'], subtree: true });
      });
      await page.goto(`/embed/receive-path/?theme=${theme}&controls=compact`);
      await expectEmbedReady(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await page.evaluate(() => (window as { __themes?: string[] }).__themes)).toEqual([theme]);
      await expect(page.locator('[data-embed-root]')).toHaveAttribute('data-controls', 'compact');
      // At time 0 the charts' scales run from 0 to 1 packet: each label once (0 and 1, not 0, 0, 0, 1, 1, 1).
      const charts = page.locator('svg:has([data-y-tick])');
      await expect(charts).toHaveCount(2);
      for (const chart of await charts.all()) {
        expect(await chart.locator('[data-y-tick]').allTextContents()).toEqual(['0', '1']);
        // The legend never sits on the title (at 390 px it takes a row of its own).
        const title = (await chart.locator('[data-chart-title]').boundingBox())!;
        for (const entry of await chart.locator('[data-legend]').all()) {
          const box = (await entry.boundingBox())!;
          const apart = box.x >= title.x + title.width || box.y >= title.y + title.height;
          expect(apart, `legend ${JSON.stringify(box)} clear of the title ${JSON.stringify(title)}`).toBe(true);
        }
      }
      await settle(page);
      await page.screenshot({
        path: join(testInfo.project.outputDir, 'screenshots', `embed-receive-path-${width}-${theme}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page);
      await guards.expectClean();
    });
  }
}

test('the share dialog of a chapter figure writes a snippet for its settings, with a live preview', async ({ page, baseURL }) => {
  test.slow();
  const guards = await attachGuards(page, baseURL);
  await page.goto('/chapters/why-rewrite/?line-rate.frameBytes=512');
  await expectPageHydrated(page);
  const figure = page.locator('[data-simulation="line-rate"][data-panel="full"]');
  const share = figure.getByRole('button', { name: 'Share / embed' });
  await share.scrollIntoViewIfNeeded();
  await share.click();
  const dialog = page.getByRole('dialog', { name: /Share or embed/ });
  await expect(dialog).toBeVisible();
  const snippet = dialog.locator('[data-share-snippet]');
  await expect(snippet).toContainText(`/embed/line-rate/?line-rate.frameBytes=512`);
  await dialog.getByRole('radio', { name: 'dark' }).click();
  await expect(snippet).toContainText('theme=dark');
  const preview = page.frameLocator('[data-share-dialog] iframe');
  await expect(preview.locator('[data-embed-root="line-rate"]')).toBeVisible();
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  await guards.expectClean();
});

test('the /embed guide lists every embeddable simulation with its parameters', async ({ page, baseURL }) => {
  const guards = await attachGuards(page, baseURL);
  await page.goto('/embed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed a simulation');
  for (const entry of embeddable) {
    const section = page.locator(`#sim-${entry.id}`);
    await expect(section.getByRole('heading', { level: 3 })).toContainText(entry.title);
    for (const name of Object.keys(entry.params)) await expect(section.getByText(`${entry.id}.${name}`, { exact: true })).toHaveCount(1);
  }
  await guards.expectClean();
});
