/**
 * Runs a callback once at the next animation frame, however often it is asked
 * before then. Chromium gives no animation frames to a cross-origin iframe
 * that is scrolled out of view (or to a hidden tab), yet a host may drive such
 * a frame: after FALLBACK_MS without a frame the callback runs from a timer.
 * The fallback is long on purpose, so a visible frame, however busy, coalesces
 * by animation frame alone.
 */
export const FALLBACK_MS = 1000;

export type FrameScheduler = { request(): void; cancel(): void };

export function frameScheduler(run: () => void, fallbackMs = FALLBACK_MS): FrameScheduler {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    request() {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(fire);
      timer = setTimeout(fire, fallbackMs);
    },
    cancel,
  };
}
