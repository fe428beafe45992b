/**
 * axe-core scan that prints each violation's id and targets when it fails. The
 * assertion is soft: the test goes on (screenshots, overflow, console checks) and
 * still fails at the end.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect.soft(violations, `axe violations:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}
