import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second checkout (a git worktree) run its tests alongside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests against the production export (out/), served exactly as
 * in production by scripts/serve.mjs (same security headers and CSP).
 * Playwright cannot download a browser here: Debian's chromium is used;
 * scripts/test.mjs installs it when missing.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  retries: 0, // a failure is a failure, never retried into green
  // Tests of one file spread over both workers; a group that shares a page
  // (support/looks.ts) stays together in one.
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [
    ['list'],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
    // Read by scripts/test.mjs for its closing "N passed, N failed" line.
    ['json', { outputFile: 'test-results/e2e-results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: false },
    screenshot: 'off', // support/test.ts attaches a failed test's pages itself
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(PORT) },
    stdout: 'pipe',
  },
});
