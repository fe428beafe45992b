import { describe, expect, it } from 'vitest';
import { modelValues, runReceivePath } from './run';
import { MEASURED_DELIVERED_PPS, TUNING_RUN, TUNING_STEPS } from './tuning-steps';
import { lineRatePps } from './model';

describe('chapter 4 tuning steps', () => {
  const delivered = Object.fromEntries(
    TUNING_STEPS.map((s) => [s.id, runReceivePath(s.id, modelValues(s.values), TUNING_RUN.seed, TUNING_RUN.durationMs).delivered_pps]),
  );
  for (const step of TUNING_STEPS) {
    it(`${step.label}: the model still delivers ${MEASURED_DELIVERED_PPS[step.id] / 1000} kpps`, () => {
      expect(Math.round(delivered[step.id]! / 1000) * 1000).toBe(MEASURED_DELIVERED_PPS[step.id]);
    });
  }
  it('the story chapter 4 tells holds: tuned ≥ 2 × stock, below line rate; the ring and the budget alone do not raise a saturated rate', () => {
    const m = MEASURED_DELIVERED_PPS;
    expect(m.tuned).toBeGreaterThanOrEqual(2 * m.stock);
    expect(m['tuned-4q']).toBeLessThan(lineRatePps(10, 64));
    expect(Math.abs(m['ring-4096'] - m.stock)).toBeLessThan(0.05 * m.stock);
    expect(Math.abs(m['budget-600'] - m.stock)).toBeLessThan(0.05 * m.stock);
    expect(m['queues-4']).toBeGreaterThan(3 * m.stock);
  });
});
