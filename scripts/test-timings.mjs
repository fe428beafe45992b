// @ts-check
/**
 * Where `npm test`'s time goes, read from the runners' JSON reports: a table
 * per spec (Playwright) or test file (Vitest) of test count, summed and
 * longest test time, longest first. Printed after each step, so every run
 * (and every CI log) says which files to look at when the suite slows down.
 */

/**
 * @typedef {{ file: string, tests: number, sumMs: number, maxMs: number }} FileTime
 */

/**
 * Per spec file, from Playwright's JSON reporter output.
 * @param {any} report
 * @returns {FileTime[]}
 */
export function playwrightTimes(report) {
  /** @type {Map<string, FileTime>} */
  const byFile = new Map();
  /** @param {any} suite @param {string | undefined} file */
  const walk = (suite, file) => {
    const here = file ?? suite.file;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const result of t.results ?? []) add(byFile, here, result.duration ?? 0);
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report?.suites ?? []) walk(suite, undefined);
  return sorted(byFile);
}

/**
 * Per test file, from Vitest's JSON reporter output.
 * @param {any} report
 * @param {string} root the repo root, cut from the file names
 * @returns {FileTime[]}
 */
export function vitestTimes(report, root) {
  /** @type {Map<string, FileTime>} */
  const byFile = new Map();
  for (const file of report?.testResults ?? []) {
    const name = String(file.name ?? '').replace(root, '');
    for (const t of file.assertionResults ?? []) add(byFile, name, t.duration ?? 0);
  }
  return sorted(byFile);
}

/** @param {Map<string, FileTime>} byFile @param {string} file @param {number} ms */
function add(byFile, file, ms) {
  const row = byFile.get(file) ?? { file, tests: 0, sumMs: 0, maxMs: 0 };
  row.tests += 1;
  row.sumMs += ms;
  row.maxMs = Math.max(row.maxMs, ms);
  byFile.set(file, row);
}

/** @param {Map<string, FileTime>} byFile */
const sorted = (byFile) => [...byFile.values()].sort((a, b) => b.sumMs - a.sumMs);

/**
 * The table as text: the `limit` slowest files and a total line.
 * @param {FileTime[]} rows
 * @param {{ title: string, limit?: number }} options
 */
export function formatTimes(rows, { title, limit = 12 }) {
  if (rows.length === 0) return '';
  const s = (/** @type {number} */ ms) => (ms / 1000).toFixed(1);
  const shown = rows.slice(0, limit);
  const rest = rows.length - shown.length;
  const totalLabel = `all ${rows.length} files${rest > 0 ? ` (${rest} not shown)` : ''}`;
  const width = Math.max(...shown.map((r) => r.file.length), totalLabel.length);
  const lines = [`${title}: time by file, longest first (sum of its tests; longest test)`];
  lines.push(`${'file'.padEnd(width)}  tests    sum s   max s`);
  for (const r of shown) lines.push(`${r.file.padEnd(width)}  ${String(r.tests).padStart(5)}  ${s(r.sumMs).padStart(7)}  ${s(r.maxMs).padStart(6)}`);
  const total = rows.reduce((acc, r) => ({ tests: acc.tests + r.tests, ms: acc.ms + r.sumMs }), { tests: 0, ms: 0 });
  lines.push(`${totalLabel.padEnd(width)}  ${String(total.tests).padStart(5)}  ${s(total.ms).padStart(7)}`);
  return lines.join('\n');
}
