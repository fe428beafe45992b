/**
 * `npm run bench`: figures, not timed assertions.
 *  - first-load JS and CSS per route of the static export (raw and gzip -9),
 *  - the size budgets "chapter pages ≤ 200 KB gzip first-load JS" and "embedded
 *    figures (/embed/<sim>/) ≤ 150 KB" (exit 1 if over: sizes are deterministic,
 *    unlike timings),
 *  - total size of out/,
 *  - a micro-benchmark of lineRate() (printed only),
 *  - the simulation engine: events/s, receive-path wall time, heap growth and
 *    the calibration table (scripts/bench-sim.ts),
 *  - the frame-size sweep timed in a real Web Worker in Chromium (scripts/bench-sweep.ts),
 *  - an embed's time to its first interactive frame on a foreign host (scripts/bench-embed.ts).
 * `--json` prints one JSON object with the same figures instead of tables.
 * Builds first when out/ is missing or stale (same stamp as `npm start`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { lineRate } from '../simulations/models/line-rate';
import { frameTimes, MIN_PACKETS, type FrameFigures } from './bench-frames';
import { printSimulationFigures, simulationFigures } from './bench-sim';
import { SWEEP_TARGET_MS, sweepTimes, type SweepFigures } from './bench-sweep';
import { KEY_TO_PAINT_TARGET_MS, presentTimes, type PresentFigures } from './bench-present';
import { embedTimes, type EmbedFigures } from './bench-embed';
import { benchOutput } from './bench-output';
import { ensureFreshBuild } from './build-stamp.mjs';
import { firstLoadScripts, scanHtml, stylesheets } from './html-tags.mjs';
import { listFiles } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out');
const KB = 1024;
const JSON_OUTPUT = process.argv.includes('--json');
const RECORD_SECONDS = 5;
// In --json mode the human-readable lines are not printed (the figures are collected instead) and progress goes to stderr.
const output = benchOutput(JSON_OUTPUT);
const log = output.log;
const CHAPTER_BUDGET_GZIP = 200 * KB;
const EMBED_BUDGET_GZIP = 150 * KB;
const isChapter = (route: string) => /^\/chapters\/[^/]+\/$/.test(route);
const isEmbed = (route: string) => /^\/embed\/[^/]+\/$/.test(route);

type Size = { raw: number; gzip: number };

/** Everything printed, as data (the --json output). */
const figures = {
  pages: [] as Array<Record<string, string | number | null>>,
  out: { files: 0, bytes: 0 },
  chapter_budget_gzip: 0,
  embed_budget_gzip: 0,
  over_budget: [] as string[],
  line_rate_evaluations_per_s: 0,
  simulation: undefined as ReturnType<typeof simulationFigures> | undefined,
  frames: undefined as FrameFigures | undefined,
  frames_unthrottled: undefined as FrameFigures | undefined,
  present: undefined as PresentFigures | undefined,
  embed: undefined as EmbedFigures | undefined,
  sweep_worker: undefined as SweepFigures | undefined,
};
const sizes = new Map<string, Size>();

/** Raw and gzip -9 bytes of a file in out/ (each file compressed on its own, as served). */
function sizeOf(urlPath: string): Size {
  let size = sizes.get(urlPath);
  if (!size) {
    const bytes = readFileSync(join(OUT, decodeURI(urlPath)));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(urlPath, size);
  }
  return size;
}

function total(urlPaths: string[]): Size & { missing: string[] } {
  const sum = { raw: 0, gzip: 0, missing: [] as string[] };
  for (const path of urlPaths) {
    try {
      const { raw, gzip } = sizeOf(path);
      sum.raw += raw;
      sum.gzip += gzip;
    } catch {
      sum.missing.push(path);
    }
  }
  return sum;
}

const kb = (bytes: number) => (bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(1)} KB`);

/** Print rows as a table; columns after the first are right-aligned. */
function table(header: string[], rows: string[][], align: 'numbers' | 'text' = 'numbers') {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Numbers line up on the right; sentences read better aligned left.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || align === 'text' ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
}

function routeOf(htmlFile: string) {
  return htmlFile === '/404.html' ? '/404.html' : htmlFile.slice(0, -'index.html'.length);
}

function pageSizes() {
  const files = listFiles(OUT);
  const pages = files.filter((f) => f.endsWith('/index.html') || f === '/404.html').sort();
  const rows: string[][] = [];
  const over: string[] = [];
  const missing = new Set<string>();
  let chapters = 0;
  let embeds = 0;
  for (const file of pages) {
    const route = routeOf(file);
    const html = sizeOf(file);
    const page = scanHtml(readFileSync(join(OUT, file), 'utf8'));
    const js = total(firstLoadScripts(page).filter((u) => u.startsWith('/')));
    const css = total(stylesheets(page).filter((u) => u.startsWith('/')));
    [...js.missing, ...css.missing].forEach((m) => missing.add(m));
    let budget = '';
    if (isChapter(route)) {
      chapters += 1;
      budget = js.gzip <= CHAPTER_BUDGET_GZIP ? 'PASS' : 'OVER';
      if (budget === 'OVER') over.push(route);
    } else if (isEmbed(route)) {
      embeds += 1;
      budget = js.gzip <= EMBED_BUDGET_GZIP ? 'PASS' : 'OVER';
      if (budget === 'OVER') over.push(route);
    }
    rows.push([route, kb(js.raw), kb(js.gzip), kb(css.raw), kb(css.gzip), kb(html.raw), kb(html.gzip), budget]);
    figures.pages.push({
      route,
      js_raw: js.raw,
      js_gzip: js.gzip,
      css_raw: css.raw,
      css_gzip: css.gzip,
      html_raw: html.raw,
      html_gzip: html.gzip,
      budget: budget || null,
    });
  }
  log('\nFirst-load assets per route (gzip = gzip -9 of each file, summed)');
  table(['route', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'HTML raw', 'HTML gzip', 'budget'], rows);
  log(
    'JS = <script src> + <link rel=preload as=script|modulepreload>, deduplicated; ' +
      'noModule polyfill scripts are excluded (modern browsers never load them).',
  );
  log('HTML includes the inline RSC payload scripts (self.__next_f.push) that hydration also needs.');
  if (missing.size > 0) log(`Referenced but not in out/: ${[...missing].join(', ')}`);

  let bytes = 0;
  for (const file of files) bytes += statSync(join(OUT, file)).size;
  log(`\nout/: ${files.length} files, ${kb(bytes)} (${(bytes / KB / KB).toFixed(2)} MB)`);

  log(`\nBudget: chapter pages ≤ ${kb(CHAPTER_BUDGET_GZIP)}, embedded figures (/embed/<sim>/) ≤ ${kb(EMBED_BUDGET_GZIP)} gzip first-load JS (1 KB = 1024 B)`);
  if (chapters === 0) log('  no chapter routes (/chapters/<slug>/) in out/');
  if (embeds === 0) log('  no embed routes (/embed/<sim>/) in out/');
  if (over.length === 0) log(`  PASS: all ${chapters} chapter and ${embeds} embed routes within budget`);
  else log(`  OVER: ${over.join(', ')}`);
  figures.out = { files: files.length, bytes };
  figures.chapter_budget_gzip = CHAPTER_BUDGET_GZIP;
  figures.embed_budget_gzip = EMBED_BUDGET_GZIP;
  figures.over_budget = over;
  return over.length === 0;
}

function lineRateBench() {
  const speeds = [1, 10, 25, 40, 100];
  let sink = 0;
  const batch = (n: number) => {
    for (let i = 0; i < n; i++) {
      const r = lineRate({ linkGbps: speeds[i % 5] ?? 10, frameBytes: 64 + (i % 1455), cpuGhz: 3 });
      sink += r.pps + (r.budget[0]?.fits ?? 0);
    }
  };
  batch(50_000); // warm up the JIT
  let evaluations = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    batch(10_000);
    evaluations += 10_000;
  }
  const ms = performance.now() - start;
  figures.line_rate_evaluations_per_s = Math.round((evaluations / ms) * 1000);
  log('\nMicro-benchmark (timings vary by machine; printed only)');
  table(
    ['function', 'evaluations', 'time', 'evaluations/s', 'ns/evaluation'],
    [
      [
        'lineRate()',
        String(evaluations),
        `${ms.toFixed(0)} ms`,
        Math.round((evaluations / ms) * 1000).toLocaleString('en'),
        ((ms * 1e6) / evaluations).toFixed(1),
      ],
    ],
  );
  if (Number.isNaN(sink)) log('(unexpected NaN in lineRate results)');
}

await ensureFreshBuild(ROOT, { log: output.progress, buildOutput: JSON_OUTPUT ? 'stderr' : 'stdout' });
const withinBudget = pageSizes();
lineRateBench();
figures.simulation = simulationFigures();
if (!JSON_OUTPUT) printSimulationFigures(figures.simulation, table);
if (!JSON_OUTPUT) (await import('./bench-diagnose')).printDiagnoseFigures(table);
figures.frames = await frameTimes(OUT, 'paced');
figures.frames_unthrottled = await frameTimes(OUT, 'unthrottled');
figures.sweep_worker = await sweepTimes(OUT);
figures.present = await presentTimes(OUT);
figures.embed = await embedTimes(OUT);
if (JSON_OUTPUT) output.result(figures);
else {
  printSweep(figures.sweep_worker);
  printFrames(figures.frames, 'paced by a 60 Hz display clock', [
    ['frame interval p50 (60 Hz display: 16.7 ms)', 'p50_ms', ''],
    ['frame interval p95', 'p95_ms', 'no dropped frames: 16.7 ms + timer jitter'],
    ['frame interval max', 'max_ms', ''],
  ]);
  printFrames(figures.frames_unthrottled, 'unthrottled (no vsync, no frame-rate limit: each interval is what one frame costs)', [
    ['frame time p50', 'p50_ms', ''],
    ['frame time p95', 'p95_ms', '≤ 16.7 ms'],
    ['frame time max', 'max_ms', ''],
  ]);
}

function printSweep(f: SweepFigures) {
  if ('skipped' in f) {
    log(`\nFrame-size sweep in a Web Worker: skipped (${f.skipped})`);
    return;
  }
  const ms = (x: number) => `${x.toLocaleString('en', { maximumFractionDigits: 1 })} ms`;
  const verdict = (x: number) => (x <= SWEEP_TARGET_MS ? 'within' : 'OVER');
  log(`\nFrame-size sweep in a real Web Worker, headless Chromium (${f.page}): ${f.points} points, one message per stack (${f.messages})`);
  table(
    ['run', 'time', `target ≤ ${SWEEP_TARGET_MS.toLocaleString('en')} ms`],
    [
      ['first (starts the worker, loads its code)', ms(f.cold_ms), verdict(f.cold_ms)],
      [`again, median of ${f.warm_ms.length} (one more core each time)`, ms(f.warm_median_ms), verdict(f.warm_median_ms)],
    ],
  );
}

function printFrames(f: FrameFigures, how: string, intervals: Array<[string, 'p50_ms' | 'p95_ms' | 'max_ms', string]>) {
  if ('skipped' in f) {
    log(`\nFrame times: skipped (${f.skipped})`);
    return;
  }
  log(`\nFrames in headless Chromium, ${how}; receive-path at 10 GbE line rate, ring 4096, ${RECORD_SECONDS} s (${f.page})`);
  table(
    ['figure', 'value', 'target'],
    [
      ['frames recorded', String(f.frames), ''],
      ['packets drawn per frame (fewest)', String(f.packets_drawn_min), `≥ ${MIN_PACKETS}`],
      ...intervals.map(([label, key, target]) => [label, `${f[key]} ms`, target]),
      ['work per frame p50 (model step + drawing)', `${f.work_p50_ms} ms`, ''],
      ['work per frame p95', `${f.work_p95_ms} ms`, '≤ 16.7 ms'],
    ],
    'text',
  );
}
if (!JSON_OUTPUT && figures.present) printPresent(figures.present);
if (!JSON_OUTPUT && figures.embed) printEmbed(figures.embed);

function printEmbed(f: EmbedFigures) {
  if ('skipped' in f) {
    log(`\nEmbeds: skipped (${f.skipped})`);
    return;
  }
  log(
    `\nEmbeds in headless Chromium: iframe inserted by a host on another origin → the frame's "ready" message (first interactive frame), ${f.runs} cold runs each`,
  );
  table(
    ['simulation', 'p50', 'max'],
    f.sims.map((s) => [s.sim, `${s.ready_p50_ms} ms`, `${s.ready_max_ms} ms`]),
  );
}

function printPresent(f: PresentFigures) {
  if ('skipped' in f) {
    log(`\nPresenting: skipped (${f.skipped})`);
    return;
  }
  log(`\nPresenting in headless Chromium (${f.page}): ${f.presses} key presses through the deck; frames while steps change a running receive-path simulation`);
  table(
    ['figure', 'value', 'target'],
    [
      ['key press → next slide or step painted, p50', `${f.key_to_paint_p50_ms} ms`, ''],
      ['key press → painted, p95', `${f.key_to_paint_p95_ms} ms`, `≤ ${KEY_TO_PAINT_TARGET_MS} ms`],
      ['key press → painted, max', `${f.key_to_paint_max_ms} ms`, ''],
      [`frame interval during step changes, p50 (${f.transition_frames} frames)`, `${f.transition_frame_p50_ms} ms`, ''],
      ['frame interval during step changes, p95', `${f.transition_frame_p95_ms} ms`, '16.7 ms + jitter'],
      ['frame interval during step changes, max', `${f.transition_frame_max_ms} ms`, ''],
    ],
    'text',
  );
}

if (!withinBudget) {
  console.error('\nbench: a chapter or embed route is over its first-load JS budget.');
  process.exit(1);
}
