/**
 * Every catalog entry, generated from simulations/catalog.ts (the one
 * registry: simulations/README.md):
 * wherever a published chapter shows it, the same checks hold, so a new
 * simulation is covered the day it lands in the catalog and a chapter.
 *  - a preset changes the URL, and that URL opened afresh reproduces it;
 *  - Reset goes back to the figure's own settings and clears the URL;
 *  - a link with an out-of-range number or a nonsense value gets a visible
 *    notice naming the parameter, never a crash or a blank figure;
 *  - no console errors, CSP violations or foreign requests on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { outline } from '../content/outline';
import { catalog } from '../simulations/catalog';
import type { AnySimulationEntry } from '../simulations/core/entry-types';
import { showsSimulation } from '../lib/embed/figure-source';
import { attachGuards } from './support/guards';
import { expectPageHydrated } from './support/hydration';

const CHAPTERS_DIR = fileURLToPath(new URL('../content/chapters/', import.meta.url));
const published = new Set(outline.filter((c) => c.status === 'published').map((c) => c.slug));

/** The first published chapter that shows the simulation, by its file's `<Simulation id="…"`. */
function chapterShowing(id: string): string | undefined {
  for (const file of readdirSync(CHAPTERS_DIR).sort()) {
    const slug = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
    if (!published.has(slug)) continue;
    if (showsSimulation(readFileSync(CHAPTERS_DIR + file, 'utf8'), id)) return slug;
  }
  return undefined;
}

/** A preset the figure does not start in, so choosing it must show in the URL. */
async function changingPreset(page: Page, entry: AnySimulationEntry) {
  for (const preset of entry.presets) {
    const button = presetButton(page, entry.id, preset.label);
    if ((await button.getAttribute('aria-pressed')) === 'false') return { preset, button };
  }
  return undefined;
}

/** A link value the codec must refuse, and the word its notice must contain. */
function badValue(entry: AnySimulationEntry): { param: string; raw: string; label: string } {
  for (const [param, spec] of Object.entries(entry.params)) {
    if (spec.kind === 'number') return { param, raw: String(spec.max * 1000 + 1), label: spec.label };
  }
  const [param, spec] = Object.entries(entry.params)[0]!;
  return { param, raw: 'no-such-value', label: spec.label };
}

const frameOf = (page: Page, id: string) => page.locator(`[data-sim-frame="${id}"]`).first();
const presetButton = (page: Page, id: string, label: string) =>
  frameOf(page, id).getByRole('group', { name: 'Presets' }).getByRole('button', { name: label, exact: true });

test('every catalog entry is shown in a published chapter', () => {
  const missing = catalog.filter((e) => !chapterShowing(e.id)).map((e) => e.id);
  expect(missing, 'catalog entries no published chapter shows').toEqual([]);
});

for (const entry of catalog) {
  test(`${entry.id}: a preset reaches the URL, the URL reproduces it, Reset clears it, bad links get a notice`, async ({ page, baseURL }) => {
    // Three page loads of a chapter full of figures: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(90_000);
    const slug = chapterShowing(entry.id);
    expect(slug, `${entry.id} is shown in a published chapter`).toBeDefined();
    const path = `/chapters/${slug!}/`;
    const guards = await attachGuards(page, baseURL);
    await page.goto(path);
    await expectPageHydrated(page);
    const frame = frameOf(page, entry.id);
    await frame.scrollIntoViewIfNeeded();
    await expect(frame).toBeVisible();

    const choice = await changingPreset(page, entry);
    expect(choice, `${entry.id} has a preset its figure does not start in`).toBeDefined();
    const { preset, button } = choice!;
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => new URL(page.url()).search).toContain(`${entry.id}.`);

    // The link, opened in a fresh page, shows the same preset chosen.
    const fresh = await page.context().newPage();
    const freshGuards = await attachGuards(fresh, baseURL);
    await fresh.goto(page.url());
    await expectPageHydrated(fresh);
    const freshButton = presetButton(fresh, entry.id, preset.label);
    await expect(freshButton).toHaveAttribute('aria-pressed', 'true');
    await frameOf(fresh, entry.id).getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => new URL(fresh.url()).search).not.toContain(`${entry.id}.`);
    await freshGuards.expectClean();
    await fresh.close();

    // A link no one should have written: clamped or refused with a notice, figure intact.
    const bad = badValue(entry);
    await page.goto(`${path}?${entry.id}.${bad.param}=${bad.raw}`);
    const notice = page.getByTestId('param-notice').first();
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(bad.label);
    await expect(frameOf(page, entry.id)).toBeVisible();
    await guards.expectClean();
  });
}
