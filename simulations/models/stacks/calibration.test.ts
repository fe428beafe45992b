import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, stacksMarkdown } from './calibration';

describe('stacks calibration against published figures', () => {
  const calibration = calibrate();
  for (const row of calibration.rows) {
    it(`${row.what}: ${row.published} (model: ${row.model})`, () => {
      expect(row.holds).toBe(true);
    });
  }
  it('docs/calibration.md shows the current tables', () => {
    const readme = readFileSync(new URL('../../../docs/calibration.md', import.meta.url), 'utf8');
    expect(readme).toContain(stacksMarkdown(calibration));
  });
});
