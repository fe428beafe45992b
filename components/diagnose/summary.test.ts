import { describe, expect, test } from 'vitest';
import { diagnose } from '@/lib/diagnose';
import { EXAMPLES } from '@/lib/diagnose/examples';
import { formatPerSecond, splitCode, stageOf, summarise } from './summary';

const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;

describe('diagnose page summary', () => {
  test('names the worst finding and its place', () => {
    expect(summarise(diagnose(example('nic-ring').text))).toBe('1 finding; worst: rx_no_dma_resources (NIC RX ring).');
  });

  test('pressure only: says no packets were lost, and names the first signal', () => {
    const two = example('two-snapshots');
    expect(summarise(diagnose(two.text, two.later))).toBe(
      'No packets lost; 1 pressure signal, first: softnet_stat time_squeeze (sum over 8 CPUs) (softirq budget).',
    );
  });

  test('a drop and a far bigger time_squeeze: the drop is the worst', () => {
    const softnet = '00358fe3 00000003 000f4240 00000000 00000000 00000000 00000000 00000000 00000000 000855fc 00000000 00000000 00000000';
    expect(summarise(diagnose(softnet))).toBe('2 findings; worst: softnet_stat dropped (CPU 0) (per-CPU backlog).');
  });

  test('garbage: says nothing was recognised, and how much was not', () => {
    expect(summarise(diagnose('hello\nworld'))).toBe('Nothing recognised in 2 lines.');
  });

  test('a clean machine', () => {
    expect(summarise(diagnose('NIC statistics:\n     rx_packets: 10\n     rx_missed_errors: 0\n'))).toMatch(/^No loss found: 1 output read/);
  });

  test('a messy paste counts the lines it could not read', () => {
    expect(summarise(diagnose(example('messy').text))).toMatch(/; 5 lines not recognised\.$/);
  });

  test('a paste over the size limit: says it was not read and why, not "nothing recognised"', () => {
    expect(summarise(diagnose('x'.repeat(40_000_000)))).toBe('The paste is 40 MB, more than the 32 MB the diagnosis reads.');
  });
});

describe('stages and formatting', () => {
  test.each([
    ['NIC RX ring', 'nic'],
    ['driver (virtio_net)', 'nic'],
    ['per-CPU backlog', 'softirq'],
    ['softirq budget', 'softirq'],
    ['socket receive buffer', 'socket'],
    ['TCP socket backlog', 'socket'],
    ['UDP memory (net.ipv4.udp_mem)', 'socket'],
    ['IP input', 'stack'],
    ['no listening socket', 'socket'],
    ['UDP checksum', 'stack'],
    ['interrupt distribution', 'irq'],
    ['wire (damaged frames)', 'wire'],
  ])('%s → %s', (where, stage) => expect(stageOf(where)).toBe(stage));

  test('rates and commands', () => {
    expect(formatPerSecond(2828118)).toBe('2,828,118/s');
    expect(formatPerSecond(0.5)).toBe('0.5/s');
    expect(splitCode('try `ethtool -g eth0`, then `ethtool -G eth0 rx 4096`.')).toEqual(['try ', 'ethtool -g eth0', ', then ', 'ethtool -G eth0 rx 4096', '.']);
  });
});
