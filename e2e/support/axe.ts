/**
 * axe-core scans, run in the page itself.
 *
 * @axe-core/playwright's AxeBuilder took 11 s on a chapter where the same
 * axe.run takes 3 s: it runs every frame through runPartial, opens a blank page
 * for finishRun, and serialises the nodes of every passing rule. Here axe's
 * source is evaluated once per document (through the DevTools protocol, so the
 * site's CSP does not apply, as with AxeBuilder) and axe.run reports violations
 * only. Every same-page frame (embed previews, hosts' iframes) is scanned too,
 * as AxeBuilder does, each in its own document.
 */
import axe from 'axe-core';
import type { Frame, Page } from '@playwright/test';
import { expect } from './test';

export type AxeViolation = { id: string; impact: string | null | undefined; help: string; targets: string[]; frame?: string };

type AxeOptions = {
  /** CSS selectors: scan only these parts of the page (axe's `include` context). */
  include?: string[];
  /** Run only these rules (axe's runOnly); every enabled rule when absent. */
  rules?: string[];
};

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

async function scanFrame(frame: Frame, { include, rules }: AxeOptions): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(axe.source);
  return frame.evaluate(
    async ([selectors, only]) => {
      const context = selectors ? { include: selectors.map((s) => [s]) } : document;
      const results = await window.axe!.run(context as Parameters<typeof axe.run>[0], {
        resultTypes: ['violations'],
        iframes: false,
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      });
      // A contrast failure says which colours it measured (axe's check data), so a flake can be told from a bug.
      const measured = (n: (typeof results.violations)[number]['nodes'][number]) => {
        const data = n.any.find((c) => c.id === 'color-contrast')?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        return data?.fgColor ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : '';
      };
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ') + measured(n)) }));
    },
    [include ?? null, rules ?? null] as const,
  );
}

/** Every violation in the page and its frames (a frame's violations name its URL). */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const found = await scanFrame(page.mainFrame(), options);
  // Scoped scans are about one figure of the page, never its frames.
  if (options.include) return found;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached() || !/^https?:/.test(frame.url())) continue;
    for (const v of await scanFrame(frame, { rules: options.rules })) found.push({ ...v, frame: frame.url() });
  }
  return found;
}

/**
 * Soft: the test goes on (screenshots, overflow, console checks) and still
 * fails at the end, printing each violation's id and targets.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(page, options);
  expect.soft(violations, `axe violations:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}
