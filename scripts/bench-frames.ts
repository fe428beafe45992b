/**
 * Frame times of a live simulation in headless Chromium: the receive path at
 * 10 GbE line rate with a 4096-descriptor ring (thousands of packets drawn
 * every frame), recorded with requestAnimationFrame for 5 s. Printed by
 * `npm run bench`; never asserted (timings vary with the machine's load).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer, listFiles } from './serve.mjs';

const RECORD_MS = 5_000;
const MIN_PACKETS = 2_000;

export type FrameFigures =
  | { page: string; frames: number; packets_drawn_min: number; p50_ms: number; p95_ms: number; max_ms: number; work_p50_ms: number; work_p95_ms: number }
  | { skipped: string };

/**
 * `paced`: the display's 60 Hz clock drives requestAnimationFrame, so intervals
 * sit at 16.7 ms plus timer jitter and only show frames that were dropped.
 * `unthrottled`: vsync and the frame-rate limit are off, so the browser starts
 * the next frame as soon as the last one is done and each interval is what a
 * frame really costs (model step, drawing, style, layout, compositing).
 */
export type FrameMode = 'paced' | 'unthrottled';

export async function frameTimes(outDir: string, mode: FrameMode = 'paced'): Promise<FrameFigures> {
  const page = listFiles(outDir).find((f) => f.endsWith('index.html') && readFileSync(join(outDir, f), 'utf8').includes('data-simulation="receive-path"'));
  if (!page) return { skipped: 'no page embeds the receive-path simulation' };
  const route = page.slice(0, -'index.html'.length);
  const server = await createServer({ dir: outDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      ...(mode === 'unthrottled' ? ['--disable-gpu-vsync', '--disable-frame-rate-limit'] : []),
    ],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`http://127.0.0.1:${server.port}${route}?receive-path.ring_size=4096`, { waitUntil: 'networkidle' });
    const sim = tab.locator('[data-event-sim="receive-path"]').first();
    await sim.scrollIntoViewIfNeeded();
    await sim.getByRole('radio', { name: '1 ms' }).click();
    const canvas = sim.locator('[data-pipeline] canvas');
    await tab.waitForFunction((el) => Number((el as HTMLCanvasElement).dataset.packets ?? 0) >= 2000, await canvas.elementHandle(), { timeout: 30_000 });
    // A string, not a function: tsx's keepNames would add a __name helper the page does not have.
    const result = (await tab.evaluate(`new Promise((resolve) => {
      const frames = [];
      const work = [];
      let minPackets = Infinity;
      const c = document.querySelector('[data-event-sim="receive-path"] [data-pipeline] canvas');
      let last = performance.now();
      const start = last;
      requestAnimationFrame(function tick(now) {
        frames.push(now - last);
        last = now;
        minPackets = Math.min(minPackets, Number((c && c.dataset.packets) || 0));
        work.push(Number((c && c.dataset.frameWork) || 0));
        if (now - start < ${RECORD_MS}) requestAnimationFrame(tick);
        else resolve({ frames: frames.slice(1), work: work.slice(1), minPackets });
      });
    })`)) as { frames: number[]; work: number[]; minPackets: number };
    const sorted = [...result.frames].sort((a, b) => a - b);
    const work = [...result.work].sort((a, b) => a - b);
    const quantile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)] ?? 0;
    const q = (p: number) => quantile(sorted, p);
    return {
      page: route,
      frames: sorted.length,
      packets_drawn_min: result.minPackets,
      p50_ms: Number(q(0.5).toFixed(2)),
      p95_ms: Number(q(0.95).toFixed(2)),
      max_ms: Number((sorted[sorted.length - 1] ?? 0).toFixed(2)),
      work_p50_ms: Number(quantile(work, 0.5).toFixed(2)),
      work_p95_ms: Number(quantile(work, 0.95).toFixed(2)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export { MIN_PACKETS };
