/** Horizontal overflow check that names the elements sticking out when it fails. */
import type { Page } from '@playwright/test';
import { expect } from './test';

type Overflow = { scrollWidth: number; clientWidth: number; culprits: string[] };

function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 0.5 && culprits.length < 8) {
        const cls = typeof el.className === 'string' ? el.className.split(/\s+/).slice(0, 3).join('.') : '';
        culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''} right=${Math.round(r.right)}`);
      }
    }
    // Unbreakable text (a long URL) overflows without its element's box doing so.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n && culprits.length < 8; n = walker.nextNode()) {
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 0.5)
        culprits.push(`text in <${n.parentElement?.tagName.toLowerCase()}> "${(n.textContent ?? '').slice(0, 60)}" right=${Math.round(r.right)}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
  });
}

/**
 * documentElement.scrollWidth <= clientWidth, polled (layout may still be settling
 * after a resize). Soft: the test carries on and fails at the end, naming the culprits.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  let last: Overflow = await measure(page);
  const deadline = Date.now() + 3_000;
  while (last.scrollWidth > last.clientWidth && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = await measure(page);
  }
  expect.soft(last.scrollWidth, `horizontal overflow at ${page.viewportSize()?.width}px: ${JSON.stringify(last)}`).toBeLessThanOrEqual(last.clientWidth);
}
