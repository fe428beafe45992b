/**
 * Fuzzing diagnose() with pastes built to hurt: pieces of the real fixtures
 * cut anywhere, random lines, counter names that are Object.prototype's
 * members, numbers too big for any counter, negative and NaN-looking ones,
 * any Unicode, CRLF, lone CR, tabs, very long lines and empty blocks (a
 * header with nothing under it). Whatever comes, diagnose() answers in the
 * documented shape with finite numbers, and a real fixture embedded in the
 * mess still has its drops reported. Bounded by numRuns (a few seconds).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { fixtureNames, loadFixture } from './fixtures';
import { splitLines } from './text';
import type { Diagnosis, Format } from './types';

/** Fixtures embedded whole, with the findings each must still give: counter, count and the interface its source names. */
const EMBEDDED = [
  { name: 'ethtool-ixgbe-grep.txt', before: '', drops: [['rx_no_dma_resources', 529_324_299]], iface: 'eno2' },
  { name: 'ethtool-mlx5-out-of-buffer.txt', before: '', drops: [['rx_out_of_buffer', 48]], iface: 'enp193s0f0np0' },
  // No command line of its own: one is added, so its keys cannot meet a counter of the junk around it.
  {
    name: 'ethtool-igb-e1000e-netdata988.txt',
    before: '$ ethtool -S fuzzeth0',
    drops: [
      ['rx_missed_errors', 4954],
      ['rx_no_buffer_count', 527],
    ],
    iface: 'fuzzeth0',
  },
] as const;

const embeddedNames: readonly string[] = EMBEDDED.map((e) => e.name);
// The junk is made of the other fixtures, so it never repeats an embedded block's counters under its interface.
const junkTexts = fixtureNames()
  .filter((n) => !embeddedNames.includes(n))
  .map((n) => splitLines(loadFixture(n)));
const junkLines = junkTexts.flat();

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineSetter__',
  'prototype',
];
const STRANGE_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x1F',
  '-0',
  '١٢٣',
  '9'.repeat(25),
  '9'.repeat(400),
  '-18446744073709551616',
  '18446744073709551615',
  '00000000',
  'ffffffff',
  '1.5',
  '-7',
];

const number = fc.oneof(fc.nat().map(String), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String), fc.constantFrom(...STRANGE_NUMBERS));
const protoName = fc.constantFrom(...PROTOTYPE_NAMES);

/** Lines shaped like each format, with the hostile names and numbers in them. */
const shapedLine = fc.oneof(
  fc.tuple(protoName, number).map(([n, v]) => `     ${n}: ${v}`),
  fc.tuple(fc.nat(64), protoName, number).map(([q, n, v]) => `     rx_queue_${q}_${n}: ${v}`),
  fc.tuple(fc.constantFrom('rx_missed_errors', 'rx_dropped', 'rx_fifo_errors', 'tx_dropped', 'rx_queue_3_drops'), number).map(([n, v]) => `     ${n}: ${v}`),
  fc.tuple(protoName, number).map(([n, v]) => `${n} ${v} 0.0`),
  fc
    .tuple(
      fc.constantFrom('Udp', 'TcpExt', 'Ip', 'Constructor'),
      fc.array(fc.constantFrom('InErrors', 'RcvbufErrors', 'Constructor', 'Proto'), { minLength: 1, maxLength: 5 }),
    )
    .map(([p, ks]) => `${p}: ${ks.join(' ')}`),
  fc.tuple(fc.constantFrom('Udp', 'TcpExt'), fc.array(number, { minLength: 1, maxLength: 5 })).map(([p, vs]) => `${p}: ${vs.join(' ')}`),
  fc.tuple(number, protoName).map(([v, n]) => `    ${v} ${n}`),
  fc.tuple(number, fc.constantFrom('receive buffer errors', 'packet receive errors')).map(([v, s]) => `    ${v} ${s}`),
  fc.array(fc.oneof(fc.constantFrom('00000000', '0000ffff', 'deadbeef', 'zzzzzzzz'), number), { minLength: 1, maxLength: 20 }).map((cols) => cols.join(' ')),
  fc
    .tuple(
      fc.nat(300),
      fc.array(number, { maxLength: 6 }),
      fc.constantFrom('PCI-MSI 524288-edge', 'IO-APIC 2-edge', ''),
      fc.oneof(protoName, fc.constantFrom('eth0-TxRx-0', 'mlx5_comp1@pci:0000:01:00.0', 'virtio0-input.0', 'a,b', ',x')),
    )
    .map(([irq, vs, ctl, name]) => ` ${irq}: ${vs.join(' ')} ${ctl} ${name}`),
  fc.array(fc.nat(2000), { minLength: 1, maxLength: 8 }).map((cs) => `   ${cs.map((c) => `CPU${c}`).join('  ')}`),
  fc.tuple(fc.nat(99), protoName).map(([i, n]) => `${i}: ${n}@if3: <BROADCAST,UP> mtu 1500`),
  fc
    .array(fc.oneof(protoName, fc.constantFrom('bytes', 'packets', 'dropped', 'missed')), { minLength: 1, maxLength: 6 })
    .map((ns) => `    RX: ${ns.join(' ')}`),
  fc.tuple(fc.constantFrom('driver', 'version', 'bus-info'), fc.oneof(protoName, fc.constantFrom('ixgbe', 'mlx5_core'))).map(([k, v]) => `${k}: ${v}`),
);

/** Headers and prompts with nothing (or nothing right) under them. */
const emptyBlock = fc.constantFrom(
  'NIC statistics:',
  '#kernel',
  'Udp:',
  'TcpExt:',
  '           CPU0       CPU1',
  '$ ethtool -S eth0',
  '# cat /proc/net/softnet_stat',
  '$ nstat',
  '$ ip -s link',
  'RX: bytes packets',
  '',
  '   ',
  '\t',
);

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...junkLines) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...junkLines), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))) },
  { weight: 4, arbitrary: shapedLine },
  { weight: 1, arbitrary: emptyBlock },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  // Tabs where a terminal had spaces.
  { weight: 1, arbitrary: fc.constantFrom(...junkLines).map((l) => l.replace(/ {2,}/g, '\t')) },
  // Very long: a run of one word, or of one line's words.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('rx', ' ', '0', 'ffffffff ', ',', 'CPU1 ', ' 7', 'a@'), fc.integer({ min: 1_000, max: 40_000 }))
      .map(([w, n]) => w.repeat(n)),
  },
);

/** A stretch of consecutive fixture lines, cut anywhere. */
const fragment = fc.tuple(fc.nat(junkTexts.length - 1), fc.nat(), fc.nat(30)).map(([f, from, len]) => {
  const t = junkTexts[f]!;
  const start = from % t.length;
  return t.slice(start, start + len + 1);
});

const lines = fc
  .array(
    fc.oneof(
      line.map((l) => [l]),
      fragment,
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.flat());
const eol = fc.constantFrom('\n', '\r\n', '\r');
const paste = fc.tuple(lines, eol).map(([ls, e]) => ls.join(e));

const FORMATS: readonly Format[] = [
  'ethtool -S',
  'ethtool -i',
  '/proc/net/softnet_stat',
  'nstat',
  'netstat -s',
  '/proc/net/snmp',
  'ip -s link',
  '/proc/interrupts',
];
const LAB = /^\/chapters\/tuning\/\?receive-path\.[^#]+#tuning-lab$/;

/** The shape types.ts documents, with every number finite and every line range inside the paste. */
function expectDocumentedShape(d: Diagnosis, ...texts: string[]): void {
  expect(Object.keys(d).sort()).toEqual(['findings', 'messages', 'recognised', 'unrecognised']);
  expect(d.messages.length).toBeGreaterThan(0);
  for (const m of d.messages) expect(typeof m).toBe('string');
  expect(
    d.messages.some((m) => m.startsWith('The diagnosis failed')),
    d.messages[0],
  ).toBe(false);
  const lineCount = (s?: 'first' | 'later') => splitLines(texts[s === 'later' ? 1 : 0]!).length;
  for (const b of d.recognised) {
    expect(FORMATS).toContain(b.format);
    expect(typeof b.detail).toBe('string');
    expect(Number.isInteger(b.lines[0]) && b.lines[0] >= 1 && b.lines[0] <= b.lines[1] && b.lines[1] <= lineCount(b.snapshot)).toBe(true);
  }
  for (const u of d.unrecognised) {
    expect(typeof u.reason).toBe('string');
    expect(u.text.length).toBeLessThanOrEqual(60);
    expect(Number.isInteger(u.lines[0]) && u.lines[0] >= 1 && u.lines[0] <= u.lines[1] && u.lines[1] <= lineCount(u.snapshot)).toBe(true);
  }
  for (const f of d.findings) {
    expect(typeof f.where === 'string' && typeof f.counter === 'string' && typeof f.advice === 'string').toBe(true);
    expect(Number.isFinite(f.count), `${f.counter} count ${f.count}`).toBe(true);
    expect(f.rate === null || (Number.isFinite(f.rate) && f.rate >= 0), `${f.counter} rate ${f.rate}`).toBe(true);
    expect(f.severity === undefined || (f.severity >= 0 && f.severity <= 1)).toBe(true);
    expect(f.link === null || LAB.test(f.link)).toBe(true);
    // A prototype member's source text (a function) must never leak into what is shown.
    expect(`${f.advice} ${f.meaning ?? ''} ${f.link ?? ''}`).not.toMatch(/\[native code\]|function \w*\(/);
  }
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

describe('diagnose() fuzzed', () => {
  test('hostile pastes: never throws, the documented shape, finite numbers', () => {
    fc.assert(
      fc.property(paste, (text) => {
        expectDocumentedShape(diagnose(text), text);
      }),
      { numRuns: 250 },
    );
  });

  test('a real fixture embedded in the mess still has its drops reported', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom(...EMBEDDED), lines, eol, (before, embedded, after, e) => {
        const fixture = [embedded.before, ...splitLines(loadFixture(embedded.name))].filter((l) => l !== '');
        const text = [...before, '', ...fixture, '', ...after].join(e);
        const d = diagnose(text);
        expectDocumentedShape(d, text);
        for (const [counter, count] of embedded.drops) {
          const found = d.findings.filter((f) => f.counter === counter && f.source?.startsWith(`ethtool -S ${embedded.iface} `));
          expect(
            found.map((f) => f.count),
            `${counter} in\n${text.slice(0, 2000)}`,
          ).toEqual([count]);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('two hostile snapshots and any interval: the documented shape, rates finite or null', () => {
    const interval = fc.oneof(fc.double(), fc.constantFrom(undefined, 0, -1, 1e-310, 5e-324, Number.MAX_VALUE, Number.NaN, Infinity));
    fc.assert(
      fc.property(paste, paste, interval, (a, b, intervalS) => {
        expectDocumentedShape(diagnose(a, b, { intervalS }), a, b);
      }),
      { numRuns: 150 },
    );
  });

  test('progress reports never pass the total and end at it', () => {
    fc.assert(
      fc.property(paste, (text) => {
        const seen: number[] = [];
        diagnose(text, undefined, { onProgress: ({ read, total }) => seen.push(total - read) });
        expect(seen.every((left) => left >= 0)).toBe(true);
        expect(seen.at(-1)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
