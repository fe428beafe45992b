import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, type HostMessage } from './protocol';

const tag = { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION } as const;
const set = (params: Record<string, number | boolean | string>): HostMessage => ({ ...tag, type: 'setParams', params });
const cmd = (type: 'play' | 'pause' | 'reset'): HostMessage => ({ ...tag, type });

describe('coalesce', () => {
  it('merges a run of setParams in order, the later value of a key winning', () => {
    const burst = Array.from({ length: 5000 }, (_, i) => set({ frameBytes: 64 + i, ...(i === 10 ? { gro: false } : {}) }));
    expect(coalesce(burst)).toEqual([set({ frameBytes: 5063, gro: false })]);
  });

  it('keeps commands in place between the parameters around them', () => {
    const out = coalesce([
      set({ a: 1 }),
      set({ b: 2 }),
      cmd('reset'),
      set({ a: 3 }),
      cmd('pause'),
      cmd('play'),
      { ...tag, type: 'setTheme', theme: 'dark' },
      set({ b: 4 }),
    ]);
    expect(out).toEqual([
      set({ a: 1, b: 2 }),
      cmd('reset'),
      set({ a: 3 }),
      cmd('pause'),
      cmd('play'),
      { ...tag, type: 'setTheme', theme: 'dark' },
      set({ b: 4 }),
    ]);
  });

  it('merges into a bag of its own: an own "__proto__" key stays a key, the host\'s messages are untouched', () => {
    const first = set(JSON.parse('{"__proto__": 5}') as Record<string, number>);
    const second = set({ frameBytes: 128 });
    const [merged] = coalesce([first, second]);
    if (merged?.type !== 'setParams') throw new Error('expected setParams');
    expect(Object.keys(merged.params)).toEqual(['__proto__', 'frameBytes']);
    expect(Object.keys(first.type === 'setParams' ? first.params : {})).toEqual(['__proto__']);
  });

  it('nothing in, nothing out', () => {
    expect(coalesce([])).toEqual([]);
  });
});
