import fc from 'fast-check';
import { expect, test } from 'vitest';
import { defaultValues } from '../../core/params';
import { paramSchema } from '../../core/param-schema';
import { lineRateEntry } from './line-rate.entry';
import { JUMBO_FRAME_BYTES, MIN_FRAME_BYTES, wireSegments } from '../../core/ethernet';
import { chartFrameSizes, coresNeeded, lineRate, nsPerPacket, packetsPerSecond, ppsCurves } from './line-rate';

test('10 GbE at 64-byte frames: 14,880,952 pps and 67.2 ns (Rizzo 2012)', () => {
  expect(Math.round(packetsPerSecond(10, 64))).toBe(14_880_952);
  expect(nsPerPacket(10, 64)).toBeCloseTo(67.2, 12);
});

test('100 GbE at 64 B: 148,809,524 pps; 40 GbE: 59,523,810 pps; 10 GbE at 1518 B: 812,744 pps', () => {
  expect(Math.round(packetsPerSecond(100, 64))).toBe(148_809_524);
  expect(Math.round(packetsPerSecond(40, 64))).toBe(59_523_810);
  expect(Math.round(packetsPerSecond(10, 1518))).toBe(812_744);
  expect(Math.round(packetsPerSecond(1, 64))).toBe(1_488_095);
  expect(Math.round(packetsPerSecond(25, 64))).toBe(37_202_381);
});

test('jumbo frames at 10 GbE: 9020 bytes of wire time, 7.216 µs apart', () => {
  const r = lineRate({ linkGbps: 10, frameBytes: JUMBO_FRAME_BYTES, cpuGhz: 3 });
  expect(r.wireBytes).toBe(9020);
  expect(r.nsPerPacket).toBeCloseTo(7216, 9);
  expect(Math.round(r.pps)).toBe(138_581);
});

test('cycles per packet scale with the clock: 67.2 ns is 201.6 cycles at 3 GHz', () => {
  expect(lineRate({ linkGbps: 10, frameBytes: 64, cpuGhz: 3 }).cyclesPerPacket).toBeCloseTo(201.6, 9);
  expect(lineRate({ linkGbps: 10, frameBytes: 64, cpuGhz: 2 }).cyclesPerPacket).toBeCloseTo(134.4, 9);
});

test('at 64 B only 76 % of the wire carries frames; frame throughput is 7.62 Gbit/s', () => {
  const r = lineRate({ linkGbps: 10, frameBytes: 64, cpuGhz: 3 });
  expect(r.frameShare).toBeCloseTo(64 / 84, 12);
  expect(r.frameBitsPerSecond / 1e9).toBeCloseTo(7.619, 3);
});

test('stock Linux needs 4 cores just to drop 10 GbE of 64-byte frames; DPDK needs 1', () => {
  const r = lineRate({ linkGbps: 10, frameBytes: 64, cpuGhz: 3 });
  const cores = Object.fromEntries(r.paths.map((p) => [p.path.id, p.coresNeeded]));
  expect(cores).toMatchObject({ 'linux-raw': 4, xdp: 1, dpdk: 1, 'linux-conntrack': 9 });
  expect(coresNeeded(67.2, 67.2)).toBe(1);
});

test('invariants: pps × ns/packet = 1e9, frame share in (0,1), pps falls as frames grow', () => {
  fc.assert(
    fc.property(fc.constantFrom(1, 10, 25, 40, 100), fc.integer({ min: 64, max: 9000 }), fc.integer({ min: 64, max: 9000 }), (link, a, b) => {
      expect(packetsPerSecond(link, a) * nsPerPacket(link, a)).toBeCloseTo(1e9, 3);
      const r = lineRate({ linkGbps: link, frameBytes: a, cpuGhz: 3 });
      expect(r.frameShare).toBeGreaterThan(0);
      expect(r.frameShare).toBeLessThan(1);
      if (a < b) expect(packetsPerSecond(link, a)).toBeGreaterThan(packetsPerSecond(link, b));
    }),
  );
});

test('the wire segments of a frame add up to its wire time', () => {
  fc.assert(
    fc.property(fc.integer({ min: MIN_FRAME_BYTES, max: JUMBO_FRAME_BYTES }), (frame) => {
      const total = wireSegments(frame).reduce((s, seg) => s + seg.bytes, 0);
      expect(total).toBe(frame + 20);
      expect(wireSegments(frame).every((seg) => seg.bytes > 0)).toBe(true);
    }),
  );
});

test('chart sizes are sorted, unique, span 64..9000 and include 1518; curves cover every link speed', () => {
  const sizes = chartFrameSizes();
  expect(sizes[0]).toBe(64);
  expect(sizes.at(-1)).toBe(9000);
  expect(sizes).toContain(1518);
  expect([...sizes].sort((x, y) => x - y)).toEqual(sizes);
  expect(new Set(sizes).size).toBe(sizes.length);
  expect(ppsCurves().map((c) => c.linkGbps)).toEqual([1, 10, 25, 40, 100]);
});

test('the catalog entry’s defaults satisfy its own zod schema, and every preset does too', () => {
  const schema = paramSchema(lineRateEntry.params);
  const defaults = defaultValues(lineRateEntry.params);
  expect(schema.safeParse(defaults).success).toBe(true);
  for (const preset of lineRateEntry.presets) expect(schema.safeParse({ ...defaults, ...preset.values }).success).toBe(true);
  expect(schema.safeParse({ ...defaults, frameBytes: 63 }).success).toBe(false);
  expect(schema.safeParse({ ...defaults, linkGbps: 7 }).success).toBe(false);
  expect(schema.safeParse({ ...defaults, extra: 1 }).success).toBe(false);
});

test('metrics format what prose quotes', () => {
  const r = lineRateEntry.evaluate({ linkGbps: 10, frameBytes: 64, cpuGhz: 3 });
  expect(lineRateEntry.metrics.pps!.get(r)).toBeCloseTo(14_880_952.38, 1);
  expect(lineRateEntry.metrics.mpps!.get(r)).toBeCloseTo(14.88, 2);
  expect(lineRateEntry.metrics.frameShare!.get(r)).toBeCloseTo(76.19, 2);
});
