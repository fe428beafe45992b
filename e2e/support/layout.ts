/** Horizontal overflow check that names the elements sticking out when it fails. */
import { expect, type Page } from '@playwright/test';

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
    return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
  });
}

/** documentElement.scrollWidth <= clientWidth (polled: layout may still be settling after a resize). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  let last: Overflow | undefined;
  await expect
    .poll(
      async () => {
        last = await measure(page);
        return last.scrollWidth <= last.clientWidth;
      },
      { message: 'horizontal overflow', timeout: 5_000 },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`horizontal overflow at ${page.viewportSize()?.width}px: ${JSON.stringify(last)}\n${String(error)}`);
    });
}
