import { describe, expect, it } from 'vitest';
import { formatQuotable, quotable } from './quotable';

describe('formatQuotable', () => {
  it('prints clock rates in GHz from 1 GHz up and in MHz below', () => {
    expect(formatQuotable({ value: 3.6e9, unit: 'Hz', label: '' })).toBe('3.6\u00a0GHz');
    expect(formatQuotable({ value: 3e9, unit: 'Hz', label: '' })).toBe('3\u00a0GHz');
    expect(formatQuotable({ value: 0.9e9, unit: 'Hz', label: '' })).toBe('900\u00a0MHz');
  });

  it('quotes the test machines’ clocks the chapters name', () => {
    expect(formatQuotable(quotable['xdp-test-clock']!)).toBe('3.6\u00a0GHz');
    expect(formatQuotable(quotable['netmap-line-rate-clock']!)).toBe('900\u00a0MHz');
  });
});

describe('the line-rate constants', () => {
  it('quote 10 GbE with minimum-size frames as the line-rate model computes it', () => {
    expect(formatQuotable(quotable['line-rate-10g-min-frame']!)).toBe('14.88 Mpps');
    expect(formatQuotable(quotable['line-rate-10g-min-frame-ns']!)).toBe('67.2 ns');
    expect(formatQuotable(quotable['min-frame-wire']!, 'words')).toBe('84\u00a0bytes');
  });
});
