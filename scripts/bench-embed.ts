/**
 * Embeds, in headless Chromium: time from a host page inserting the iframe to
 * the frame's `ready` message (the figure is drawn, has read its URL and
 * obeys messages: the first interactive frame), each run in a fresh browser
 * context so nothing is cached. The host page lives on another origin
 * (a second local server: Chromium's Local Network Access checks refuse a
 * page Playwright fulfils for a made-up public name framing a loopback
 * address), as a blog would. Printed by `npm run bench`;
 * never asserted (timings vary with the machine's load).
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { createServer, listFiles } from './serve.mjs';

const SIMS = ['line-rate', 'stack', 'receive-path', 'kernel-vs-bypass'] as const;
const RUNS = 5;
const READY_TIMEOUT_MS = 20_000;

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
  // The host page: localhost:<other port>, another origin than the frames' 127.0.0.1:<port>.
  const host = createHttpServer((req, res) => {
    const sim = new URL(req.url ?? '/', 'http://x').searchParams.get('sim') ?? '';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage(`http://127.0.0.1:${server.port}/embed/${encodeURIComponent(sim)}/`));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostUrl = (sim: string) => `http://localhost:${(host.address() as AddressInfo).port}/?sim=${sim}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const rows = [];
    for (const sim of sims) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
        const page = await context.newPage();
        await page.goto(hostUrl(sim));
        // A frame that never says ready (blocked, crashed) skips the figure instead of hanging the bench.
        const ready = page.evaluate('window.readyMs') as Promise<number>;
        const late = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`/embed/${sim}/ sent no ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS),
        );
        times.push(await Promise.race([ready, late]));
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
    host.close();
  }
}

/** `npx tsx scripts/bench-embed.ts`: just these figures (out/ must be built). */
if (process.argv[1]?.endsWith('bench-embed.ts')) {
  console.log(JSON.stringify(await embedTimes('out'), null, 2));
}
