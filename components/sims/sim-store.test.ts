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
