/**
 * Advancing a headless run in slices, so a long one can say how far it is.
 * A model's advanceTo(t) handles every event up to t and nothing after, so
 * stopping at the slice boundaries gives the very same run as one call.
 */
export const PROGRESS_SLICES = 10;

export type Progress = (fraction: number) => void;

export function advanceWithProgress(sim: { advanceTo(t: number): void }, endNs: number, onProgress?: Progress): void {
  if (!onProgress) return sim.advanceTo(endNs);
  for (let i = 1; i <= PROGRESS_SLICES; i++) {
    sim.advanceTo(Math.round((endNs * i) / PROGRESS_SLICES));
    onProgress(i / PROGRESS_SLICES);
  }
}
