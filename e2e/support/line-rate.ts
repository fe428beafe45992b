/** Locators and expected values for the line-rate simulation. */
import type { Locator, Page } from '@playwright/test';

export const CHAPTER = '/chapters/why-rewrite/';

/** One <Simulation id="line-rate" panel=…> instance. */
export function panel(page: Page, name: 'full' | 'wire' | 'budget' | 'chart' | 'teaser'): Locator {
  return page.locator(`[data-simulation="line-rate"][data-panel="${name}"]`);
}

export function readout(page: Page, id: 'pps' | 'ns' | 'cycles' | 'goodput'): Locator {
  return panel(page, 'full').getByTestId(`readout-${id}`);
}

/** The "Frame size" slider thumb of the full panel (not the "Frame size value" number). */
export function frameSlider(page: Page): Locator {
  return panel(page, 'full').getByRole('slider', { name: 'Frame size', exact: true });
}

/** Independent re-statement of the model: frames per second at line rate, formatted as the site does. */
export function expectedPps(linkGbps: number, frameBytes: number): string {
  const pps = (linkGbps * 1e9) / ((frameBytes + 20) * 8);
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(pps);
}
