/**
 * The frame-size sweep (every stack × 12 frame sizes × 3 link speeds) timed in
 * a real Web Worker in headless Chromium: the built chapter page that embeds
 * `frame-size-sweep` computes it one stack per message and records the wall
 * time from its first request to its last answer (data-sweep-ms), partial
 * charts drawn in between. The first run includes starting the worker and
 * loading its code; later runs (one more core each time) are the warm figure.
 * Printed by `npm run bench` next to the ≤ 3 s target; never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { STACKS } from '../simulations/models/stacks';
import { createServer, listFiles } from './serve.mjs';

export const SWEEP_TARGET_MS = 3_000;
const WARM_RUNS = 5;

export type SweepFigures = { page: string; points: number; messages: number; cold_ms: number; warm_ms: number[]; warm_median_ms: number } | { skipped: string };

export async function sweepTimes(outDir: string): Promise<SweepFigures> {
  const page = listFiles(outDir).find((f) => f.endsWith('index.html') && readFileSync(join(outDir, f), 'utf8').includes('data-simulation="frame-size-sweep"'));
  if (!page) return { skipped: 'no page embeds the frame-size-sweep simulation' };
  const route = page.slice(0, -'index.html'.length);
  const server = await createServer({ dir: outDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`http://127.0.0.1:${server.port}${route}`, { waitUntil: 'networkidle' });
    const fig = tab.locator('[data-simulation="frame-size-sweep"]').first();
    await fig.scrollIntoViewIfNeeded();
    const status = fig.locator('[data-sweep-status]');
    // Done, and done for this number of cores: the charts' titles change with the request, the status only when its run ends.
    const finished = async (cores: number) => {
      await tab.waitForFunction(
        ([el, title]) =>
          el?.getAttribute('data-sweep-status') === 'done' &&
          el.hasAttribute('data-sweep-ms') &&
          !!document.querySelector('[data-throughput-chart] svg text')?.textContent?.includes(title as string),
        [await status.elementHandle(), `${cores} core${cores > 1 ? 's' : ''}`] as const,
        { timeout: 60_000 },
      );
      return Number(await status.getAttribute('data-sweep-ms'));
    };
    const cold = await finished(1);
    const points = Number(((await status.textContent()) ?? '').replace(/,/g, '').match(/(\d+) points/)?.[1] ?? 0);
    const cores = fig.getByRole('slider', { name: 'Cores', exact: true });
    const warm: number[] = [];
    for (let n = 2; n < 2 + WARM_RUNS; n++) {
      await cores.focus();
      await cores.press('ArrowRight');
      warm.push(await finished(n));
    }
    const sorted = [...warm].sort((a, b) => a - b);
    return { page: route, points, messages: STACKS.length, cold_ms: cold, warm_ms: warm, warm_median_ms: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
