import { describe, expect, it } from 'vitest';
import { quotable } from '@/simulations/quotable';
import { formatQuotable } from './const';

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
