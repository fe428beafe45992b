import { describe, expect, it } from 'vitest';
import { getSimulation } from '@/simulations/catalog';
import { DEFAULT_SEED, SimStore } from './sim-store';

const entry = getSimulation('receive-path')!;

describe('SimStore seed', () => {
  it('reads the seed from the URL next to the parameters, without calling it an unknown parameter', () => {
    const store = new SimStore(entry, {});
    expect(store.get().seed).toBe(DEFAULT_SEED);
    store.loadUrl('?receive-path.seed=7&receive-path.ring_size=4096');
    expect(store.get().seed).toBe(7);
    expect(store.get().values.ring_size).toBe(4096);
    expect(store.get().notices).toEqual([]);
  });

  it('explains a bad seed and keeps the default', () => {
    const store = new SimStore(entry, {});
    store.loadUrl('?receive-path.seed=-3');
    expect(store.get().seed).toBe(DEFAULT_SEED);
    expect(store.get().notices.map((n) => n.message)).toEqual(['Seed: “-3” is not a whole number from 0 to 4294967295; using 1.']);
  });

  it('setSeed accepts whole numbers in range only; reset returns to the default seed', () => {
    const store = new SimStore(entry, {});
    store.setSeed(42);
    expect(store.get().seed).toBe(42);
    store.setSeed(1.5);
    store.setSeed(-1);
    expect(store.get().seed).toBe(42);
    store.reset();
    expect(store.get().seed).toBe(DEFAULT_SEED);
  });
});

describe('SimStore figure values and notices', () => {
  it('takes a figure’s params as its starting point even when an inline <Param> created it first', () => {
    const store = new SimStore(entry, {});
    store.adoptFigureValues({ load_pct: 60 });
    expect(store.get().values.load_pct).toBe(60);
    expect(store.initial.values.load_pct).toBe(60);
    // Once set up by a figure (or read from the URL, or changed), later figures do not move it.
    store.adoptFigureValues({ load_pct: 5 });
    expect(store.get().values.load_pct).toBe(60);
    const changed = new SimStore(entry, {});
    changed.set({ load_pct: 30 });
    changed.adoptFigureValues({ load_pct: 60 });
    expect(changed.get().values.load_pct).toBe(30);
  });

  it('gives the notices to the first figure that claims them, and tells every subscriber', () => {
    const store = new SimStore(entry, {});
    let renders = 0;
    store.subscribe(() => renders++);
    store.claimNotices('a');
    store.claimNotices('b');
    expect(store.noticeOwner).toBe('a');
    expect(renders).toBe(1);
    store.releaseNotices('b');
    expect(store.noticeOwner).toBe('a');
    store.releaseNotices('a');
    expect(store.noticeOwner).toBeUndefined();
  });
});

describe('SimStore initial values', () => {
  it('accepts a choice by name, as <Simulation params> in MDX writes it', () => {
    const stack = getSimulation('stack')!;
    const store = new SimStore(stack, { stack: 'onload' } as never);
    const spec = stack.params.stack!;
    const onload = spec.kind === 'choice' ? spec.options.find((o) => o.name === 'onload') : undefined;
    expect(onload).toBeDefined();
    expect(store.get().values.stack).toBe(onload!.value);
  });
});

describe('SimStore: a link and a host message read the same way', () => {
  const line = getSimulation('line-rate')!;
  const notices = (s: SimStore) => s.get().notices.map((n) => n.message);

  it('NaN and Infinity: the same notice for that parameter, the rest applied, by URL or by postMessage', () => {
    for (const [text, number] of [
      ['NaN', Number.NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      const byUrl = new SimStore(line, {});
      byUrl.loadUrl(`?line-rate.frameBytes=${text}&line-rate.linkGbps=100`);
      const byMessage = new SimStore(line, {});
      const told = byMessage.setFromOutside({ frameBytes: number, linkGbps: 100 }).map((n) => n.message);
      expect(told).toEqual([`Frame size: “${text}” is not a number; using the default 64 B.`]);
      expect(notices(byUrl)).toEqual(told);
      expect(byMessage.get().values).toEqual(byUrl.get().values);
      expect(byMessage.get().values).toMatchObject({ frameBytes: 64, linkGbps: 100 });
    }
  });

  it('an own "__proto__" key is an unknown parameter like "constructor", by URL or by postMessage', () => {
    const byUrl = new SimStore(line, {});
    byUrl.loadUrl('?line-rate.__proto__=5&line-rate.constructor=1&line-rate.frameBytes=128');
    const byMessage = new SimStore(line, {});
    const told = byMessage.setFromOutside(JSON.parse('{"__proto__": 5, "constructor": 1, "frameBytes": 128}') as Record<string, unknown>);
    const expected = ['__proto__', 'constructor'].map((k) => `Unknown parameter of “${line.title}” “${k}” ignored. Known: linkGbps, frameBytes, cpuGhz.`);
    expect(told.map((n) => n.message)).toEqual(expected);
    expect(notices(byUrl)).toEqual(expected);
    expect(byUrl.get().values.frameBytes).toBe(128);
    expect(byMessage.get().values.frameBytes).toBe(128);
    expect(Object.getPrototypeOf(byMessage.get().values)).toBe(Object.prototype);
  });

  it("a host message's notices go back to the caller, never into the reader's banner; the link's notices stay there", () => {
    const store = new SimStore(line, {});
    store.loadUrl('?line-rate.frameBytes=abc');
    const fromLink = notices(store);
    expect(fromLink).toEqual(['Frame size: “abc” is not a number; using the default 64 B.']);
    const told = store.setFromOutside({ linkGbps: 9999, nope: 1 });
    expect(told.map((n) => n.param)).toEqual(['linkGbps', 'nope']);
    expect(notices(store)).toEqual(fromLink);
    // A good message neither adds to nor clears what the link said.
    expect(store.setFromOutside({ frameBytes: 128 })).toEqual([]);
    expect(notices(store)).toEqual(fromLink);
    expect(store.get().values.frameBytes).toBe(128);
    const fresh = new SimStore(line, {});
    fresh.setFromOutside({ frameBytes: Number.NaN });
    expect(fresh.get().notices).toEqual([]);
  });
});
