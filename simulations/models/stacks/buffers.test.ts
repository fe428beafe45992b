import { describe, expect, it } from 'vitest';
import { paramSchema } from '../../core/param-schema';
import { defaultValues } from '../../core/params';
import { architecturesEntry, evaluateArchitecture } from './architectures.entry';
import { evaluateZeroCopy, ZERO_COPY_STACKS, zeroCopyEntry } from './zero-copy.entry';
import { getSimulation } from '../../catalog';
import { BUFFER_JOURNEYS, BUFFER_PHASES, bufferJourney, phaseText, XDP_DESC_BYTES } from './buffers';
import { copyLoad } from './model';
import { dataPath, pathCounts } from './paths';
import { STACKS, stackById } from './stacks';

const index = (id: string) => STACKS.findIndex((s) => s.id === id);

describe('buffer journeys', () => {
  it('copy mode exactly where the stacks model counts a copy, of the same bytes', () => {
    for (const j of BUFFER_JOURNEYS) {
      const spec = stackById(j.stack)!;
      const load = copyLoad(spec, 1518, 1);
      expect(j.mode === 'copy', j.stack).toBe(load.copies > 0);
      if (j.mode === 'copy') {
        const perByte = spec.costs.find((c) => c.perByte)!;
        expect(perByte.bytes, j.stack).toBe(j.copies);
      }
    }
  });

  it('offers each copy stack with its zero-copy counterpart', () => {
    expect(BUFFER_JOURNEYS.map((j) => j.stack)).toEqual(['kernel', 'pf_ring', 'pf_ring_zc', 'dpdk', 'af_xdp', 'af_xdp_zc', 'onload']);
    // The zero-copy entry offers the same stacks in the same order, without importing this module.
    expect([...ZERO_COPY_STACKS]).toEqual(BUFFER_JOURNEYS.map((j) => j.stack));
    for (const id of ZERO_COPY_STACKS) expect(evaluateZeroCopy({ stack: index(id), link_gbps: 10, frame_bytes: 1518 }).mode, id).toBe(bufferJourney(id).mode);
    expect(bufferJourney('af_xdp_zc')).toMatchObject({ mode: 'zero', free: 'fill ring', ready: 'RX ring', handleBytes: XDP_DESC_BYTES });
    expect(() => bufferJourney('netmap')).toThrow(/No buffer journey/);
  });

  it('every phase has words; zero copy says the bytes stay put', () => {
    for (const j of BUFFER_JOURNEYS) {
      const texts = Array.from({ length: BUFFER_PHASES }, (_, i) => phaseText(j, i, 1518, 3));
      for (const t of texts) expect(t.length, j.stack).toBeGreaterThan(30);
      if (j.mode === 'zero') {
        expect(texts.join(' '), j.stack).toMatch(/#3/);
        expect(texts.join(' '), j.stack).toMatch(/never moved/);
      } else expect(texts[1], j.stack).toMatch(/1,518 bytes/);
    }
  });
});

describe('the zero-copy entry', () => {
  it('is in the catalog; defaults and presets satisfy its schema; the choice keeps the stack entry’s numbers', () => {
    expect(getSimulation('zero-copy')).toBe(zeroCopyEntry);
    const schema = paramSchema(zeroCopyEntry.params);
    const d = defaultValues(zeroCopyEntry.params);
    expect(schema.safeParse(d).success).toBe(true);
    for (const p of zeroCopyEntry.presets) expect(schema.safeParse({ ...d, ...p.values }).success, p.id).toBe(true);
    for (const o of zeroCopyEntry.params.stack.options) expect(STACKS[o.value]!.id).toBe(o.name);
  });

  it('AF_XDP copies the whole frame; in zero-copy mode nothing', () => {
    const copy = evaluateZeroCopy({ stack: index('af_xdp'), link_gbps: 10, frame_bytes: 1518 });
    expect(copy.copy.bytes_per_packet).toBe(1518);
    expect(copy.copy.memory_bytes_per_s).toBeCloseTo(2 * 1518 * copy.delivered_pps, 3);
    expect(zeroCopyEntry.metrics.core_pct!.get(copy)).toBeGreaterThan(0);
    const zc = evaluateZeroCopy({ stack: index('af_xdp_zc'), link_gbps: 10, frame_bytes: 1518 });
    expect(zc.copy).toMatchObject({ copies: 0, bytes_per_packet: 0, memory_bytes_per_s: 0, copy_ns_per_packet: 0, cores_copying: 0 });
    expect(zc.mode).toBe('zero');
  });

  it('the stock kernel copies the payload only, and copying costs more at larger frames', () => {
    const small = evaluateZeroCopy({ stack: index('kernel'), link_gbps: 10, frame_bytes: 64 });
    const large = evaluateZeroCopy({ stack: index('kernel'), link_gbps: 10, frame_bytes: 1518 });
    expect(large.copy.bytes_per_packet).toBe(1518 - 14 - 4 - 28);
    expect(large.copy.copy_ns_per_packet).toBeGreaterThan(small.copy.copy_ns_per_packet);
    expect(large.copy_share_of_cpu).toBeGreaterThan(small.copy_share_of_cpu);
  });
});

describe('the architectures entry', () => {
  it('is in the catalog; defaults and presets satisfy its schema', () => {
    expect(getSimulation('architectures')).toBe(architecturesEntry);
    const schema = paramSchema(architecturesEntry.params);
    const d = defaultValues(architecturesEntry.params);
    expect(schema.safeParse(d).success).toBe(true);
    for (const p of architecturesEntry.presets) expect(schema.safeParse({ ...d, ...p.values }).success, p.id).toBe(true);
  });

  it('gives the chosen path with its counts, the stock kernel beside it, and each step’s stage time from the latency budget', () => {
    const r = evaluateArchitecture({ stack: index('dpdk'), compare: true });
    expect(r.stack.id).toBe('dpdk');
    expect(r.stack.counts).toEqual(pathCounts(dataPath('dpdk')));
    expect(r.baseline.id).toBe('kernel');
    expect(r.stack.counts).toMatchObject({ interrupts: 0, syscalls: 0, copies: 0, kernel: 0 });
    expect(r.baseline.counts).toMatchObject({ interrupts: 1, syscalls: 1, copies: 1 });
    const dma = r.stack.steps.find((s) => s.kind === 'dma')!;
    expect(dma.stage_ns).toBeGreaterThan(0);
    expect(r.stack.latency_p50_ns).toBeLessThan(r.baseline.latency_p50_ns);
    expect(architecturesEntry.metrics.steps!.get(r)).toBe(5);
  });

  it('the steps’ stage times add up to the latency budget’s total (each stage counted once)', () => {
    for (let i = 0; i < STACKS.length; i++) {
      const r = evaluateArchitecture({ stack: i, compare: false });
      const seen = new Map<string, number>();
      for (const s of r.stack.steps) if (s.latency && s.stage_ns !== undefined) seen.set(s.latency, s.stage_ns);
      const sum = [...seen.values()].reduce((a, b) => a + b, 0);
      // Stages with no time at light load (the tuned kernel's wake-up) have no step.
      expect(sum, STACKS[i]!.id).toBeCloseTo(r.stack.latency_p50_ns, 0);
    }
  });
});
