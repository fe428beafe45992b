/**
 * Pastes that broke the diagnosis once, kept as regressions:
 * - counter names that are Object.prototype's members (`constructor: 5`)
 *   threw "rule.advice is not a function" and lost the real drops with them;
 * - 130,000 lines, or one row of a million columns, overflowed the stack;
 * - runs of lines that every parser reads ahead on took quadratic time;
 * - pastes over the size limit get a message, not an attempt.
 * Sizes are asserted by results, never by time (timings: scripts/bench-diagnose.ts).
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { loadFixture } from './fixtures';
import { mixedPaste, mlx5Ethtool, nonNicCounterLines, wideInterruptsRow, wideSoftnetRow } from './fixtures/large';
import { labLink, LINK_STATES, type LinkId } from './links';
import { MAX_PASTE_CHARS } from './limits';
import { segment } from './segment';
import type { Diagnosis } from './types';

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

const failed = (d: Diagnosis) => d.messages.filter((m) => m.startsWith('The diagnosis failed'));
const counters = (d: Diagnosis) => d.findings.map((f) => f.counter);

describe("counter names that are Object.prototype's members", () => {
  test.each(PROTOTYPE_NAMES)('ethtool -S "%s: 5" is an unremarkable counter; rx_missed_errors in the same paste is still found', (name) => {
    const d = diagnose(['$ ethtool -S eth0', 'NIC statistics:', '     rx_packets: 1658520803', `     ${name}: 5`, '     rx_missed_errors: 4954'].join('\n'));
    expect(failed(d)).toEqual([]);
    expect(counters(d)).toEqual(['rx_missed_errors']);
    expect(d.findings[0]).toMatchObject({ where: 'NIC RX ring', count: 4954, link: labLink('ring') });
    expect(d.recognised[0]!.detail).toContain('3 counters');
  });

  test('every such name at once, per queue too, with the ixgbe fixture after them: its drop is the one finding', () => {
    const names = PROTOTYPE_NAMES.flatMap((n) => [`     ${n}: 5`, `     rx_queue_0_${n}: 7`, `     ${n}_drops: 0`]);
    const d = diagnose(['NIC statistics:', ...names, '     rx_missed_errors: 12', '', loadFixture('ethtool-ixgbe-grep.txt')].join('\n'));
    expect(failed(d)).toEqual([]);
    expect(counters(d)).toEqual(['rx_no_dma_resources', 'rx_missed_errors']);
  });

  test('an ethtool -i "driver: constructor" gives ring advice without a made-up maximum', () => {
    const d = diagnose(
      ['# ethtool -i eth0', 'driver: constructor', 'version: 1.0', '# ethtool -S eth0', 'NIC statistics:', '     rx_missed_errors: 9'].join('\n'),
    );
    expect(failed(d)).toEqual([]);
    expect(d.findings[0]!.advice).toContain('`ethtool -G eth0 rx <max>`');
    expect(d.findings[0]!.advice).not.toMatch(/function|native code/);
  });

  test('netstat -s sentences and ip -s link columns named like them are skipped, the real ones read', () => {
    const netstat = diagnose(['Udp:', '    5 constructor', '    6 toString', '    7 receive buffer errors', '    constructor: 3'].join('\n'));
    expect(failed(netstat)).toEqual([]);
    expect(netstat.findings.map((f) => [f.counter, f.count])).toEqual([['UdpRcvbufErrors', 7]]);

    const ip = segment(
      ['2: eth0: <BROADCAST,UP> mtu 1500', '    link/ether 00:11:22:33:44:55', '    RX: constructor tostring dropped', '    1 2 3'].join('\n'),
    );
    expect(ip.snapshot.readings.map((r) => [r.name, r.value])).toEqual([['rx_dropped', 3]]);
  });

  test('two snapshots where such counters went backwards: the drop rate is still given', () => {
    const snap = (n: number) => ['NIC statistics:', `     constructor: ${100 - n}`, `     __proto__: ${100 - n}`, `     rx_missed_errors: ${n}`].join('\n');
    const d = diagnose(snap(10), snap(30), { intervalS: 2 });
    expect(failed(d)).toEqual([]);
    expect(d.findings.map((f) => [f.counter, f.count, f.rate])).toEqual([['rx_missed_errors', 30, 10]]);
    expect(d.messages.join('\n')).toContain('2 counters went backwards');
  });

  test('the lab link table has no inherited entries', () => {
    expect(Object.getPrototypeOf(LINK_STATES)).toBeNull();
    expect(() => labLink('constructor' as LinkId)).toThrow('no lab link state "constructor"');
  });
});

describe('large pastes are read to the end', () => {
  test('130,000 ethtool -S lines of one counter name: no stack overflow, the repeats summed up in one message', () => {
    const lines = ['$ ethtool -S eth0', 'NIC statistics:'];
    for (let i = 0; i < 130_000; i++) lines.push(`     rx_dropped: ${i}`);
    lines.push('     rx_missed_errors: 77');
    const d = diagnose(lines.join('\n'));
    expect(failed(d)).toEqual([]);
    expect(d.recognised).toEqual([
      { format: 'ethtool -S', detail: 'eth0, unknown driver (counters classified by name), 130001 counters', lines: [2, 130_003] },
    ]);
    // The later value is used: the last rx_dropped line's.
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([
      ['rx_dropped', 129_999],
      ['rx_missed_errors', 77],
    ]);
    expect(d.messages.filter((m) => m.includes('appears twice'))).toHaveLength(5);
    expect(d.messages).toContain('ethtool -S lines 2–130003: 129,994 more names appear more than once; the later value is used each time.');
  });

  test('130,000 lines of /proc/interrupts, each a different NIC on CPU 1: every device is weighed, no stack overflow', () => {
    const rows = ['           CPU0       CPU1'];
    for (let i = 0; i < 130_000; i++) rows.push(`${i + 24}:          0       ${1000 + (i % 7)}   PCI-MSI 524288-edge      eth${i}-TxRx-0`);
    const d = diagnose(rows.join('\n'));
    expect(failed(d)).toEqual([]);
    expect(d.findings).toHaveLength(130_000);
    expect(d.findings[0]!.counter).toMatch(/^eth\d+ RX interrupts on CPU 1 \(100 % of its only queue\)$/);
  });

  test('two snapshots of 130,000 counters, all going backwards: one message naming the first few', () => {
    const snap = (v: number) => ['NIC statistics:', ...Array.from({ length: 130_000 }, (_, i) => `     rx_queue_${i}_drops: ${v}`)].join('\n');
    const d = diagnose(snap(5), snap(4));
    expect(failed(d)).toEqual([]);
    const note = d.messages.find((m) => m.includes('went backwards'))!;
    expect(note).toMatch(/^130000 counters went backwards .*: rx_queue_0_drops \(5 → 4\), .*, …\.$/);
    expect(d.findings).toEqual([expect.objectContaining({ counter: 'rx_queue_*_drops (sum over 130000 queues)', count: 520_000, rate: null })]);
  });

  test('the real fixtures cycled to 100,000 lines: their drops are found', () => {
    const d = diagnose(mixedPaste(100_000));
    expect(failed(d)).toEqual([]);
    const found = new Set(counters(d));
    // SNMP and softnet_stat keys repeat from copy to copy, and the last copy's value is used; ethtool blocks each have their own.
    for (const c of [
      'rx_no_dma_resources',
      'rx_missed_errors',
      'rx_out_of_buffer',
      'TcpExtTCPZeroWindowDrop',
      'eth0 RX interrupts on CPU 0 (100 % of 8 queues)',
    ])
      expect(found, c).toContain(c);
  });

  test('a 64-queue, 4-TC mlx5 ethtool -S (tens of thousands of lines): read as one block, its drops found', () => {
    const text = mlx5Ethtool('enp65s0f0np0', 64, 4);
    const d = diagnose(text);
    expect(d.recognised).toEqual([
      { format: 'ethtool -S', detail: 'enp65s0f0np0, driver mlx5_core (guessed from the counter names), 5636 counters', lines: [2, 5638] },
    ]);
    expect(counters(d)).toEqual(['rx_out_of_buffer', 'rx_discards_phy']);
    expect(d.findings[0]!.advice).toContain('ethtool -G enp65s0f0np0 rx 8192');
  });

  test('100,000 "name: value" lines that are no NIC\'s: one unrecognised run (the ethtool parser does not re-read the run from every line)', () => {
    const d = diagnose(nonNicCounterLines(100_000));
    expect(failed(d)).toEqual([]);
    expect(d.recognised).toEqual([]);
    expect(d.unrecognised).toEqual([{ lines: [1, 100_000], text: 'widget_0_count: 0', reason: expect.stringContaining('not part of any output') }]);
  });

  test('50,000 "ip link" records without -s numbers: not read, one run', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `${i + 1}: veth${i}@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP`).join(
      '\n',
    );
    const d = diagnose(text);
    expect(d.recognised).toEqual([]);
    expect(d.unrecognised.map((u) => u.lines)).toEqual([[1, 50_000]]);
  });

  test('ip -s link of 3,000 veths with drops: the finding names a few interfaces, not all', () => {
    const text = Array.from({ length: 3000 }, (_, i) =>
      [
        `${i + 1}: veth${i}@if3: <BROADCAST,UP> mtu 1500`,
        '    link/ether 00:11:22:33:44:55',
        '    RX: bytes packets errors dropped missed mcast',
        '    100 10 0 1 0 0',
      ].join('\n'),
    ).join('\n');
    const d = diagnose(text);
    expect(d.findings).toHaveLength(3000);
    expect(d.findings[0]!.source).toBe('ip -s link veth0, veth1, veth2, veth3, veth4, veth5 and 2,994 more, lines 1–12000');
  });
});

describe('a row of a million columns', () => {
  test('softnet_stat: read, dropped found on CPU 0, the layout called unknown', () => {
    const d = diagnose(wideSoftnetRow(1_000_000));
    expect(failed(d)).toEqual([]);
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([['softnet_stat dropped (CPU 0)', 0x6283]]);
    expect(d.messages.join('\n')).toContain('1000000 columns is an unknown layout');
  });

  test('/proc/interrupts with a header of a million CPUs: every queue interrupt on CPU 0 is found', () => {
    const d = diagnose(wideInterruptsRow(1_000_000));
    expect(failed(d)).toEqual([]);
    expect(d.recognised[0]!.detail).toBe('1000000 CPUs, 1 interrupt lines');
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([['eth0 RX interrupts on CPU 0 (100 % of its only queue)', 5000]]);
  });

  test('/proc/interrupts without a header, a million counts in one grep line', () => {
    const d = diagnose(`$ grep eth0 /proc/interrupts\n${wideInterruptsRow(1_000_000, false)}`);
    expect(failed(d)).toEqual([]);
    expect(d.findings.map((f) => f.count)).toEqual([5000]);
  });

  test('a million-CPU header over 3,000 short rows does not cost a million entries per device', () => {
    const header = ` ${Array.from({ length: 1_000_000 }, (_, c) => `CPU${c}`).join(' ')}`;
    const rows = Array.from({ length: 3000 }, (_, i) => ` ${i + 24}: 7 PCI-MSI 524288-edge eth${i}-TxRx-0`);
    const d = diagnose([header, ...rows].join('\n'));
    expect(failed(d)).toEqual([]);
    expect(d.findings).toHaveLength(3000);
  });
});

describe('lines built to make patterns backtrack', () => {
  test('a netstat -s sentence with a million spaces inside is read', () => {
    const d = diagnose(`Udp:\n    7 receive buffer errors\n    1 packets${' '.repeat(1_000_000)}received x\n`);
    expect(counters(d)).toEqual(['UdpRcvbufErrors']);
  });

  test('an ethtool -S "name" of a million characters is not a counter', () => {
    const d = diagnose(`NIC statistics:\n     rx_missed_errors: 3\n     ${'rx'.repeat(500_000)}: 5\n`);
    expect(counters(d)).toEqual(['rx_missed_errors']);
    expect(d.unrecognised.map((u) => u.lines)).toEqual([[3, 3]]);
  });

  test('an interrupt line whose last word is a million characters starting with a comma', () => {
    const d = diagnose(`           CPU0       CPU1\n 24:  5  0  PCI-MSI  ,${'a'.repeat(1_000_000)}\n 25:  9  0  PCI-MSI  eth0-TxRx-0\n`);
    expect(failed(d)).toEqual([]);
    expect(d.findings.map((f) => f.count)).toEqual([9]);
  });

  test('a counter of 400 digits is no 64-bit counter: not read, and no count is Infinity', () => {
    const d = diagnose(`NIC statistics:\n     rx_dropped: 4\n     rx_missed_errors: ${'9'.repeat(400)}\n`);
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([['rx_dropped', 4]]);
    expect(d.unrecognised.map((u) => u.lines)).toEqual([[3, 3]]);
  });

  test('an interval of 1e-310 s: rates are null, never Infinity (counters and interrupts)', () => {
    const d = diagnose('NIC statistics:\n     rx_missed_errors: 1\n', 'NIC statistics:\n     rx_missed_errors: 9\n', { intervalS: 1e-310 });
    expect(d.findings.map((f) => [f.count, f.rate])).toEqual([[9, null]]);
    const irq = (n: number) => `           CPU0       CPU1\n 24: ${n} 0 PCI-MSI 524288-edge eth2\n`;
    const i = diagnose(irq(5), irq(3489881715), { intervalS: 5e-324 });
    expect(i.findings.map((f) => [f.counter, f.rate])).toEqual([['eth2 RX interrupts on CPU 0 (100 % of its only queue)', null]]);
  });
});

describe('the size limit', () => {
  test(`a paste over ${MAX_PASTE_CHARS.toLocaleString('en-US')} characters is not read; the message gives both sizes`, () => {
    const d = diagnose(' '.repeat(MAX_PASTE_CHARS + 1));
    expect(d).toEqual({
      recognised: [],
      findings: [],
      unrecognised: [],
      messages: [
        "The paste is 32 MB (32,000,001 characters), more than the 32 MB (32,000,000 characters) the diagnosis reads, so none of it was read. Paste only the outputs named above (ethtool -S, /proc/net/softnet_stat, nstat, ip -s link, /proc/interrupts); even a 512-CPU machine's /proc/interrupts fits.",
      ],
      refused: 'The paste is 32,000,001 characters, more than the 32,000,000 the diagnosis reads.',
    });
  });

  test('a later snapshot over the limit is named as such', () => {
    const d = diagnose('NIC statistics:\n     rx_missed_errors: 1\n', 'x'.repeat(40_000_000));
    expect(d.findings).toEqual([]);
    expect(d.messages).toEqual([expect.stringMatching(/^The later snapshot is 40 MB \(40,000,000 characters\), more than the 32 MB/)]);
    expect(d.refused).toBe('The later snapshot is 40 MB, more than the 32 MB the diagnosis reads.');
  });

  test('exactly at the limit is read', () => {
    const text = `NIC statistics:\n     rx_missed_errors: 3\n${' '.repeat(MAX_PASTE_CHARS - 41)}`;
    expect(text.length).toBe(MAX_PASTE_CHARS);
    const d = diagnose(text);
    expect(d.refused).toBeUndefined();
    expect(counters(d)).toEqual(['rx_missed_errors']);
  });
});

describe('progress', () => {
  test('reported per megabyte, growing, never past the total, ending at the total of both pastes', () => {
    const first = mixedPaste(40_000);
    const later = mixedPaste(20_000);
    const seen: Array<{ read: number; total: number }> = [];
    diagnose(first, later, { onProgress: (p) => seen.push(p) });
    const total = first.length + later.length;
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(total / (1 << 20)));
    expect(seen.every((p) => p.total === total && p.read <= total)).toBe(true);
    expect(seen.every((p, k) => k === 0 || p.read >= seen[k - 1]!.read)).toBe(true);
    expect(seen.at(-1)).toEqual({ read: total, total });
  });
});
