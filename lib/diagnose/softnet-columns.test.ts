/** Column names of /proc/net/softnet_stat for each layout the kernel has printed. */
import { describe, expect, test } from 'vitest';
import { softnetLayout } from './softnet-columns';

const zeros = ['zero', 'zero', 'zero', 'zero', 'zero'];

describe('softnetLayout', () => {
  test.each([
    [9, ['processed', 'dropped', 'time_squeeze', ...zeros, 'cpu_collision'], '2.6.34'],
    [10, ['processed', 'dropped', 'time_squeeze', ...zeros, 'cpu_collision', 'received_rps'], '2.6.35'],
    [11, ['processed', 'dropped', 'time_squeeze', ...zeros, 'cpu_collision', 'received_rps', 'flow_limit_count'], '3.11'],
    [13, ['processed', 'dropped', 'time_squeeze', ...zeros, 'cpu_collision', 'received_rps', 'flow_limit_count', 'backlog_len', 'cpu'], '5.10'],
    [
      15,
      [
        'processed',
        'dropped',
        'time_squeeze',
        ...zeros,
        'cpu_collision',
        'received_rps',
        'flow_limit_count',
        'backlog_len',
        'cpu',
        'input_qlen',
        'process_qlen',
      ],
      '6.4',
    ],
  ])('%i columns', (columns, names, version) => {
    const layout = softnetLayout(columns);
    expect(layout.names).toEqual(names);
    expect(layout.known).toBe(true);
    expect(layout.era).toContain(version);
  });

  test('an unknown count keeps the three columns that never moved and says so', () => {
    for (const columns of [12, 14, 17]) {
      const layout = softnetLayout(columns);
      expect(layout.known).toBe(false);
      expect(layout.names.slice(0, 3)).toEqual(['processed', 'dropped', 'time_squeeze']);
      expect(layout.names.slice(3).every((n) => n === null)).toBe(true);
      expect(layout.era).toContain(`${columns} columns`);
    }
  });
});
