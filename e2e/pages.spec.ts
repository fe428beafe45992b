/**
 * Every page, at a phone and a desktop width, in light and dark: no errors, no
 * CSP violations, no third-party requests, no axe violations, no sideways
 * scrolling, and a full-page screenshot in test-results/screenshots/. Each
 * page is loaded once per width and checked in both themes (support/looks.ts).
 */
import { expect } from './support/test';
import { expectPageHydrated } from './support/hydration';
import { expectNoHorizontalOverflow } from './support/layout';
import { describeLooks, expectGoodLook } from './support/looks';

const PAGES = [
  { name: 'home', path: '/', status: 200, heading: 'A new packet every' },
  { name: 'chapter-why-rewrite', path: '/chapters/why-rewrite/', status: 200, heading: 'Why would anyone rewrite the network stack?' },
  { name: 'chapter-receive-path', path: '/chapters/receive-path/', status: 200, heading: 'The Linux receive path, step by step' },
  { name: 'chapter-where-packets-die', path: '/chapters/where-packets-die/', status: 200, heading: 'Where packets get lost, and which counter says so' },
  { name: 'chapter-tuning', path: '/chapters/tuning/', status: 200, heading: 'Tuning that doubles the baseline' },
  { name: 'chapter-kernel-bypass', path: '/chapters/kernel-bypass/', status: 200, heading: 'Bypassing the kernel: packet I/O frameworks' },
  { name: 'chapter-user-space-stacks', path: '/chapters/user-space-stacks/', status: 200, heading: 'Whole network stacks in user space' },
  { name: 'chapter-safety', path: '/chapters/safety/', status: 200, heading: 'Without sacrificing security' },
  { name: 'chapter-choosing', path: '/chapters/choosing/', status: 200, heading: 'Choosing your path' },
  { name: 'glossary', path: '/glossary/', status: 200, heading: 'Glossary' },
  { name: 'references', path: '/references/', status: 200, heading: 'References' },
  { name: 'diagnose', path: '/diagnose/', status: 200, heading: 'Diagnose your machine' },
  { name: 'embed-guide', path: '/embed/', status: 200, heading: 'Embed a simulation' },
  { name: '404', path: '/no-such-page/', status: 404, heading: 'This page was dropped' },
] as const;

const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;

for (const p of PAGES) {
  describeLooks({
    group: (width) => `${p.name} at ${width}px`,
    title: ({ width, theme }) => `${p.name} (${p.path}) at ${width}px in ${theme}: clean, accessible, no overflow`,
    widths: WIDTHS,
    themes: THEMES,
    async open(page) {
      const response = await page.goto(p.path);
      expect(response?.status(), `HTTP status of ${p.path}`).toBe(p.status);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(p.heading);
      await expectPageHydrated(page);
    },
    async check(page, { width, theme, first }, testInfo) {
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectGoodLook(page, testInfo, `${p.name}-${width}-${theme}`, { first });
      // The narrowest phones too, once per page (the last look of the phone group).
      if (width === 390 && theme === THEMES.at(-1)) {
        await page.setViewportSize({ width: 360, height: 900 });
        await expectNoHorizontalOverflow(page);
      }
    },
    clean: (baseURL) => (p.status === 404 ? { allowStatus: { url: new URL(p.path, baseURL).href, status: 404 } } : {}),
  });
}
