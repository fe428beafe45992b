/**
 * Embeds, in headless Chromium: time from a host page inserting the iframe to
 * the frame's `ready` message (the figure is drawn, has read its URL and
 * obeys messages: the first interactive frame), each run in a fresh browser
 * context so nothing is cached. The host page lives on another origin
 * (fulfilled by Playwright), as a blog would. Printed by `npm run bench`;
 * never asserted (timings vary with the machine's load).
 */
import { chromium } from '@playwright/test';
import { createServer, listFiles } from './serve.mjs';

const SIMS = ['line-rate', 'stack', 'receive-path', 'kernel-vs-bypass'] as const;
const RUNS = 5;
const HOST = 'http://embed-host.test/';

export type EmbedFigures = { runs: number; sims: Array<{ sim: string; ready_p50_ms: number; ready_max_ms: number }> } | { skipped: string };

/** A host page that adds one embed and records ms from insertion to its `ready`. */
const hostPage = (src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><script>
window.readyMs = new Promise(function (resolve) {
  var start = performance.now();
  addEventListener('message', function (e) { if (e.data && e.data.protocol === 'netsim-embed' && e.data.type === 'ready') resolve(performance.now() - start); });
  var f = document.createElement('iframe'); f.src = ${JSON.stringify(src)}; f.title = 'embed'; f.style.cssText = 'border:0;width:100%;height:600px';
  document.body.appendChild(f);
});
</script></body></html>`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function embedTimes(outDir: string): Promise<EmbedFigures> {
  const files = listFiles(outDir);
  const sims = SIMS.filter((s) => files.includes(`/embed/${s}/index.html`));
  if (sims.length === 0) return { skipped: 'no /embed/<sim>/ pages in out/' };
  const server = await createServer({ dir: outDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  try {
    const rows = [];
    for (const sim of sims) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
        const page = await context.newPage();
        await page.route(HOST, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(`http://127.0.0.1:${server.port}/embed/${sim}/`) }));
        await page.goto(HOST);
        times.push((await page.evaluate('window.readyMs')) as number);
        await context.close();
      }
      rows.push({ sim, ready_p50_ms: Math.round(median(times)), ready_max_ms: Math.round(Math.max(...times)) });
    }
    return { runs: RUNS, sims: rows };
  } catch (error) {
    // A figure is printed, never asserted: a browser hiccup skips it rather than failing the whole bench.
    return { skipped: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `npx tsx scripts/bench-embed.ts`: just these figures (out/ must be built). */
if (process.argv[1]?.endsWith('bench-embed.ts')) {
  console.log(JSON.stringify(await embedTimes('out'), null, 2));
}
