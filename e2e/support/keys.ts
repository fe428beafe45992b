/**
 * Tab presses in bulk, for walks through a whole chapter's focus order.
 *
 * Playwright's keyboard.press('Tab') costs about 150 ms a press here (it
 * settles after every key), so a walk of 470 stops took over a minute. These
 * are the same trusted key events (DevTools Input.dispatchKeyEvent, what
 * Playwright itself sends), queued without waiting between them: the renderer
 * still handles each keydown, its focus move and scroll-into-view, and its
 * keyup in order before the next, so a focusin listener sees every stop exactly
 * as it would one key at a time. A walk of 100 stops takes about 0.4 s.
 */
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
/** CDP modifier bit for Shift. */
const SHIFT = 8;

/** Presses Tab (Shift+Tab with `back`) `times` times; resolves once the page has taken every press. */
export async function pressTab(page: Page, times: number, { back = false } = {}): Promise<void> {
  const cdp = await session(page);
  const modifiers = back ? SHIFT : 0;
  const sent: Array<Promise<unknown>> = [];
  for (let i = 0; i < times; i++) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers, ...TAB }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, ...TAB }));
  }
  await Promise.all(sent);
}
