/**
 * Presenting, in headless Chromium: time from a key press to the next slide
 * or step painted (the talk's own deck, walked forward and back), and frame
 * intervals while steps change a running simulation. Printed by
 * `npm run bench`; never asserted (timings vary with the machine's load).
 */
import { chromium } from '@playwright/test';
import { createServer, listFiles } from './serve.mjs';

export const KEY_TO_PAINT_TARGET_MS = 100;
const PRESSES = 40;
/** Between presses; shorter than any real talk's pace, long enough for the deck's warm-up of the next slide. */
const PAUSE_MS = 800;

export type PresentFigures =
  | {
      page: string;
      presses: number;
      key_to_paint_p50_ms: number;
      key_to_paint_p95_ms: number;
      key_to_paint_max_ms: number;
      transition_frames: number;
      transition_frame_p50_ms: number;
      transition_frame_p95_ms: number;
      transition_frame_max_ms: number;
    }
  | { skipped: string };

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}

// Strings, not functions: tsx's keepNames would add a __name helper the page does not have.
/**
 * Presses keys inside the page (a KeyboardEvent on window, as a clicker's key
 * arrives) and resolves with the ms from each press to the first frame
 * painted after the deck's position changed.
 */
const PRESSES_IN_PAGE = (keys: string[]) => `(async () => {
  const deck = document.querySelector('[data-deck]');
  const times = [];
  for (const key of ${JSON.stringify(keys)}) {
    const shown = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        mo.disconnect();
        // The frame that shows the change: after its rAF callbacks, style, layout and paint.
        requestAnimationFrame(() => setTimeout(resolve, 0));
      });
      mo.observe(deck, { attributes: true, attributeFilter: ['data-slide', 'data-step'] });
    });
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await shown;
    times.push(performance.now() - start);
    // A speaker talks between presses (seconds, not milliseconds): time for the next slide's code to arrive.
    await new Promise((r) => setTimeout(r, ${PAUSE_MS}));
  }
  return times;
})()`;

const FRAMES_DURING_STEPS = `new Promise((resolve) => {
  const frames = [];
  let last = performance.now();
  const start = last;
  requestAnimationFrame(function tick(now) {
    frames.push(now - last);
    last = now;
    if (now - start < 3000) requestAnimationFrame(tick); else resolve(frames);
  });
})`;

export async function presentTimes(outDir: string): Promise<PresentFigures> {
  const page = listFiles(outDir).find((f) => /^\/present\/[^/]+\/index\.html$/.test(f));
  if (!page) return { skipped: 'no deck under /present/' };
  const route = page.slice(0, -'index.html'.length);
  const server = await createServer({ dir: outDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const base = `http://127.0.0.1:${server.port}${route}`;
    await tab.goto(`${base}?slide=1&step=0`, { waitUntil: 'networkidle' });
    const keys = Array.from({ length: PRESSES }, (_, i) => (i < PRESSES / 2 ? 'ArrowRight' : 'ArrowLeft'));
    const times = (await tab.evaluate(PRESSES_IN_PAGE(keys))) as number[];
    if (process.env.BENCH_DEBUG) console.error(times.map((t) => Math.round(t)).join(' '));
    // The tuning slide: a running receive-path simulation while steps change its parameters.
    await tab.goto(`${base}?slide=16&step=0`, { waitUntil: 'networkidle' });
    await tab.locator('[data-deck-stage] [data-simulation="receive-path"]').waitFor();
    const frames = tab.evaluate(FRAMES_DURING_STEPS) as Promise<number[]>;
    for (let i = 0; i < 3; i++) {
      await tab.waitForTimeout(700);
      await tab.keyboard.press('ArrowRight');
    }
    const intervals = (await frames).slice(1).sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    return {
      page: route,
      presses: times.length,
      key_to_paint_p50_ms: quantile(times, 0.5),
      key_to_paint_p95_ms: quantile(times, 0.95),
      key_to_paint_max_ms: quantile(times, 1),
      transition_frames: intervals.length,
      transition_frame_p50_ms: quantile(intervals, 0.5),
      transition_frame_p95_ms: quantile(intervals, 0.95),
      transition_frame_max_ms: quantile(intervals, 1),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `npx tsx scripts/bench-present.ts`: just these figures (out/ must be built). */
if (process.argv[1]?.endsWith('bench-present.ts')) {
  const f = await presentTimes('out');
  console.log(JSON.stringify(f, null, 2));
}
