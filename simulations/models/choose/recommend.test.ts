import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseEntry, chooseParams, toRequirements } from './choose.entry';
import { withDefaults } from '../../core/params';
import { evaluateStack } from '../stacks/evaluate';
import { STACK_IDS, STACKS } from '../stacks/stacks';
import { claimsOf, NIC_CLASSES, PROTOCOLS, STACK_PROPERTIES } from './properties';
import { NIC_CEILING_PPS, recommend } from './recommend';
import { FRAME_MIXES, meanFrameBytes, NO_LATENCY_TARGET_US, requiredPps, type Requirements } from './requirements';

const BASE: Requirements = {
  link_gbps: 10,
  frames: 64,
  load_pct: 100,
  latency_us: NO_LATENCY_TARGET_US,
  protocol: 'udp',
  sockets: false,
  nic: 'intel',
  keep_kernel: false,
  cores: 2,
  raw_api_team: true,
  fits_in_driver: false,
};
const top = (r: Partial<Requirements>) => recommend({ ...BASE, ...r }).ranked[0]!;
const presetRequirements = (id: string) => toRequirements(withDefaults(chooseParams, chooseEntry.presets.find((p) => p.id === id)!.values));

describe('representative cases', () => {
  it('TCP, keep the sockets, AMD Solarflare, a 2 µs target: OpenOnload first, and it meets everything', () => {
    const t = top({ protocol: 'tcp', sockets: true, nic: 'amd', latency_us: 2, frames: 128, load_pct: 5 });
    expect(t.id).toBe('onload');
    expect(t.fit).toBe('meets');
  });

  it('the same on NVIDIA ConnectX: VMA first, Onload behind it (only through AF_XDP there)', () => {
    const rec = recommend({ ...BASE, protocol: 'tcp', sockets: true, nic: 'nvidia', latency_us: 2, frames: 128, load_pct: 5 });
    expect(rec.top).toBe('vma');
    expect(rec.ranked[0]!.fit).toBe('meets');
    const onload = rec.ranked.find((v) => v.id === 'onload')!;
    expect(onload.fit).toBe('partly');
    expect(onload.reasons.find((x) => x.about === 'hardware')).toMatchObject({ fit: 'partly', basis: { kind: 'property', source: 'onload-readme' } });
  });

  it('raw frames, 10 GbE at 64 B, the kernel keeps the NIC: AF_XDP zero copy; XDP when the work fits in the driver', () => {
    expect(top({ protocol: 'raw', keep_kernel: true, cores: 1 }).id).toBe('af_xdp_zc');
    const rec = recommend({ ...BASE, protocol: 'raw', keep_kernel: true, cores: 1, fits_in_driver: true });
    expect(rec.top).toBe('xdp_drop');
    expect(rec.runners_up[0]).toBe('af_xdp_zc');
    // DPDK would deliver too, but the kernel would lose the NIC.
    expect(rec.ranked.find((v) => v.id === 'dpdk')!.reasons[0]).toMatchObject({ about: 'kernel', fit: 'fails' });
  });

  it('100 GbE at 64 B, raw frames, an Intel-class NIC: DPDK, on the fewest cores, with the NIC-ceiling caveat', () => {
    const rec = recommend({ ...BASE, link_gbps: 100, protocol: 'raw', cores: 8 });
    expect(rec.top).toBe('dpdk');
    expect(rec.ranked[0]!.figures.cores_needed).toBe(Math.ceil(148_809_524 / 43_500_000));
    expect(rec.required_pps).toBeGreaterThan(NIC_CEILING_PPS);
    expect(rec.caveats.map((c) => c.source)).toEqual(['xdp2018']);
  });

  it('with no latency target, the stack that changes least wins a tie on cores: the kernel before Onload on a Solarflare card', () => {
    const rec = recommend({ ...BASE, protocol: 'tcp', sockets: true, nic: 'amd', load_pct: 1 });
    expect(rec.ranked.slice(0, 2).map((v) => v.id)).toEqual(['kernel', 'onload']);
    // Ask for 5 µs and the kernel's 19 µs median rules it out.
    expect(recommend({ ...BASE, protocol: 'tcp', sockets: true, nic: 'amd', load_pct: 1, latency_us: 5 }).top).toBe('onload');
  });

  it('1 GbE of full-size frames, nothing special: the stock kernel', () => {
    const rec = recommend({ ...BASE, link_gbps: 1, frames: 1518, protocol: 'tcp', sockets: true, nic: 'any', raw_api_team: false, cores: 4 });
    expect(rec.top).toBe('kernel');
    expect(rec.runners_up[0]).toBe('kernel-tuned');
  });

  it('each preset gives the answer its scenario is about', () => {
    const expected: Record<string, string> = {
      'feed-handler': 'onload',
      'onload-tcp': 'onload',
      'vma-tcp': 'vma',
      scrubber: 'xdp_drop',
      'keep-kernel': 'af_xdp_zc',
      router: 'dpdk',
      capture: 'af_xdp_zc',
      web: 'kernel',
    };
    expect(chooseEntry.presets.map((p) => p.id).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, stack] of Object.entries(expected)) {
      const t = recommend(presetRequirements(id)).ranked[0]!;
      expect(t.id, id).toBe(stack);
      expect(t.fit, id).toBe('meets');
    }
  });

  it('every preset sets every requirement, so it means the same whatever was set before', () => {
    for (const p of chooseEntry.presets) expect(Object.keys(p.values).sort(), p.id).toEqual(Object.keys(chooseParams).sort());
  });
});

describe('reasons', () => {
  it('a tight latency target fails the interrupt-driven stacks on their median, and the tuned kernel on its 99th percentile', () => {
    const rec = recommend({ ...BASE, latency_us: 2, load_pct: 1 });
    const lat = (id: string) => rec.ranked.find((v) => v.id === id)!.reasons.find((x) => x.about === 'latency')!;
    expect(lat('kernel')).toMatchObject({ fit: 'fails', basis: { kind: 'model', metric: 'latency_p50_ns' } });
    expect(lat('kernel-tuned')).toMatchObject({ fit: 'partly', basis: { kind: 'model', metric: 'latency_p99_ns' } });
    expect(lat('dpdk')).toMatchObject({ fit: 'meets' });
  });

  it('rate reasons quote the stacks model’s per-core rate', () => {
    const rec = recommend(BASE);
    for (const v of rec.ranked) {
      const rate = v.reasons.find((x) => x.about === 'rate')!;
      const i = STACKS.findIndex((s) => s.id === v.id);
      const model = evaluateStack({ stack: i, link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1 }).per_core_capacity_pps;
      expect(rate.basis, v.id).toMatchObject({ kind: 'model', metric: 'per_core_pps' });
      expect((rate.basis as { value: number }).value / model, v.id).toBeCloseTo(1, 6);
    }
  });

  it('the kernel needs more cores than it has at 10 GbE line rate; DPDK needs one', () => {
    const rec = recommend(BASE);
    const kernel = rec.ranked.find((v) => v.id === 'kernel')!;
    expect(kernel.reasons.find((x) => x.about === 'rate')!.fit).toBe('fails');
    expect(kernel.figures.cores_needed).toBe(Math.ceil(requiredPps(BASE) / kernel.figures.per_queue_pps));
    expect(rec.ranked.find((v) => v.id === 'dpdk')!.figures.cores_needed).toBe(1);
    // The tuned kernel takes two CPUs per queue.
    expect(rec.ranked.find((v) => v.id === 'kernel-tuned')!.figures.cores_needed % 2).toBe(0);
  });

  it('keeping the sockets fails every stack with a raw or own API, and a team without raw-API skills fails them too', () => {
    const rec = recommend({ ...BASE, sockets: true, raw_api_team: false });
    for (const v of rec.ranked) {
      if (v.api === 'sockets') {
        expect(
          v.reasons.some((x) => x.about === 'sockets' && x.fit === 'meets'),
          v.id,
        ).toBe(true);
        expect(
          v.reasons.some((x) => x.about === 'team'),
          v.id,
        ).toBe(false);
      } else {
        expect(
          v.reasons.some((x) => x.about === 'sockets' && x.fit === 'fails'),
          v.id,
        ).toBe(true);
        expect(
          v.reasons.some((x) => x.about === 'team' && x.fit === 'fails'),
          v.id,
        ).toBe(true);
      }
    }
  });

  it('vendor stacks need their vendor: Onload and ef_vi on Solarflare, VMA on ConnectX', () => {
    for (const nic of NIC_CLASSES) {
      const rec = recommend({ ...BASE, nic });
      const hw = (id: string) => rec.ranked.find((v) => v.id === id)!.reasons.find((x) => x.about === 'hardware')!.fit;
      expect(hw('ef_vi'), nic).toBe(nic === 'amd' ? 'meets' : 'fails');
      expect(hw('vma'), nic).toBe(nic === 'nvidia' ? 'meets' : 'fails');
      expect(hw('onload'), nic).toBe(nic === 'amd' ? 'meets' : 'partly');
      expect(hw('kernel'), nic).toBe('meets');
    }
  });

  it('TLDK is UDP and TCP on DPDK: it fails raw frames and takes the NIC from the kernel', () => {
    const rec = recommend({ ...BASE, protocol: 'raw', keep_kernel: true, cores: 4 });
    const tldk = rec.ranked.find((v) => v.id === 'tldk')!;
    expect(
      tldk.reasons
        .filter((x) => x.fit === 'fails')
        .map((x) => x.about)
        .sort(),
    ).toEqual(['kernel', 'protocol']);
  });

  it('every reason of every stack has text and a basis: a model number or a claim of the property table (whose references tests/model-sources.test.ts checks)', () => {
    const refs = new Set(
      Object.values(STACK_PROPERTIES)
        .flatMap(claimsOf)
        .map((c) => c.source),
    );
    const sample = fc.record({
      link_gbps: fc.constantFrom(1, 10, 25, 40, 100),
      frames: fc.constantFrom(...FRAME_MIXES.map((m) => m.value)),
      load_pct: fc.integer({ min: 1, max: 100 }),
      latency_us: fc.constantFrom(0.2, 0.5, 1, 2, 5, 20, NO_LATENCY_TARGET_US),
      protocol: fc.constantFrom(...PROTOCOLS),
      sockets: fc.boolean(),
      nic: fc.constantFrom(...NIC_CLASSES),
      keep_kernel: fc.boolean(),
      cores: fc.integer({ min: 1, max: 16 }),
      raw_api_team: fc.boolean(),
      fits_in_driver: fc.boolean(),
    });
    fc.assert(
      fc.property(sample, (r) => {
        const rec = recommend(r);
        // Every stack exactly once, ranks 1…13, the top pick first.
        expect(rec.ranked.map((v) => v.id).sort()).toEqual([...STACK_IDS].sort());
        expect(rec.ranked.map((v) => v.rank)).toEqual(STACK_IDS.map((_, i) => i + 1));
        expect(rec.top).toBe(rec.ranked[0]!.id);
        const order = { meets: 0, partly: 1, fails: 2 };
        for (let i = 1; i < rec.ranked.length; i++) expect(order[rec.ranked[i]!.fit]).toBeGreaterThanOrEqual(order[rec.ranked[i - 1]!.fit]);
        for (const v of rec.ranked) {
          expect(v.reasons.length).toBeGreaterThan(0);
          expect(v.fit).toBe(v.reasons.some((x) => x.fit === 'fails') ? 'fails' : v.reasons.some((x) => x.fit === 'partly') ? 'partly' : 'meets');
          for (const x of v.reasons) {
            expect(x.text).toMatch(/\S/);
            if (x.basis.kind === 'property') expect(refs.has(x.basis.source), x.basis.source).toBe(true);
            else expect(Number.isFinite(x.basis.value)).toBe(true);
          }
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('the property table', () => {
  it('covers every stack, each with claims', () => {
    expect(Object.keys(STACK_PROPERTIES).sort()).toEqual([...STACK_IDS].sort());
    for (const p of Object.values(STACK_PROPERTIES)) expect(claimsOf(p).length).toBeGreaterThan(0);
  });
});

describe('determinism and the catalog entry', () => {
  it('the same requirements give byte-identical results', () => {
    const a = JSON.stringify(chooseEntry.evaluate(withDefaults(chooseParams, {})));
    const b = JSON.stringify(chooseEntry.evaluate(withDefaults(chooseParams, {})));
    expect(a).toBe(b);
  });

  it('IMIX is 7 : 4 : 1 of 64, 594 and 1518 bytes, 361.8 bytes on average', () => {
    expect(meanFrameBytes(FRAME_MIXES.find((m) => m.value === 362)!)).toBeCloseTo(361.83, 2);
  });

  it('a single frame size gives exactly the stacks model’s figures', () => {
    const rec = recommend({ ...BASE, frames: 1518, latency_us: 5, load_pct: 1 });
    const onload = rec.ranked.find((v) => v.id === 'onload')!;
    const model = evaluateStack({ stack: STACKS.findIndex((s) => s.id === 'onload'), link_gbps: 10, frame_bytes: 1518, load_pct: 0.1, cores: 1 });
    expect(onload.figures.latency_p50_ns).toBeCloseTo(model.latency_ns.p50, 0);
    expect(onload.figures.per_queue_pps).toBeCloseTo(model.per_core_capacity_pps, -1);
  });
});
