import { describe, expect, it } from 'vitest';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, frameMessage, parseHostMessage } from './protocol';

const tag = { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION };

describe('parseHostMessage', () => {
  it('accepts every documented host message', () => {
    const messages = [
      { ...tag, type: 'setParams', params: { frameBytes: 1518, gro: false, stack: 'dpdk' } },
      { ...tag, type: 'play' },
      { ...tag, type: 'pause' },
      { ...tag, type: 'reset' },
      { ...tag, type: 'setTheme', theme: 'dark' },
    ];
    for (const m of messages) expect(parseHostMessage(m)).toEqual({ ok: true, message: m });
  });

  it('ignores messages that are not addressed to embeds, silently', () => {
    for (const data of [null, undefined, 42, 'play', [], { type: 'play' }, { protocol: 'other', version: 1, type: 'play' }]) {
      expect(parseHostMessage(data)).toEqual({ ok: false, ours: false });
    }
  });

  it('refuses tagged messages that are malformed, saying what is wrong', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ ...tag, type: 'explode' }, /./],
      [{ ...tag, type: 'setTheme', theme: 'purple' }, /theme/],
      [{ ...tag, type: 'setParams', params: 'frameBytes=64' }, /params/],
      [{ ...tag, type: 'setParams', params: [1, 2] }, /params/],
      [{ ...tag, type: 'setParams', params: { ['k'.repeat(65)]: 1 } }, /parameter name longer than 64 characters/],
      [{ ...tag, type: 'setParams', params: { frameBytes: { nested: 1 } } }, /params/],
      [{ ...tag, type: 'setParams', params: { frameBytes: 'x'.repeat(65) } }, /params/],
      [{ ...tag, version: 2, type: 'play' }, /version 2/],
      [{ protocol: EMBED_PROTOCOL, type: 'play' }, /version undefined/],
    ];
    for (const [data, problem] of cases) {
      const parsed = parseHostMessage(data);
      expect(parsed.ok, JSON.stringify(data)).toBe(false);
      if (parsed.ok || !parsed.ours) throw new Error(`expected a tagged refusal for ${JSON.stringify(data)}`);
      expect(parsed.problem).toMatch(problem);
    }
  });

  it('carries NaN and ±Infinity through, to be clamped or refused per parameter like a URL\'s "NaN"', () => {
    const parsed = parseHostMessage({ ...tag, type: 'setParams', params: { frameBytes: Number.NaN, linkGbps: Infinity, cpuGhz: -Infinity, gro: true } });
    if (!parsed.ok || parsed.message.type !== 'setParams') throw new Error('expected a setParams message');
    expect(Object.entries(parsed.message.params)).toEqual([
      ['frameBytes', Number.NaN],
      ['linkGbps', Infinity],
      ['cpuGhz', -Infinity],
      ['gro', true],
    ]);
  });

  it('keeps an own "__proto__" key as a parameter (to be reported as unknown), in a bag without a prototype', () => {
    for (const params of [
      JSON.parse('{"__proto__": 5, "frameBytes": 64}') as object,
      structuredClone(JSON.parse('{"__proto__": 5, "frameBytes": 64}') as object),
    ]) {
      const parsed = parseHostMessage({ ...tag, type: 'setParams', params });
      if (!parsed.ok || parsed.message.type !== 'setParams') throw new Error('expected a setParams message');
      expect(Object.keys(parsed.message.params)).toEqual(['__proto__', 'frameBytes']);
      expect(Object.getPrototypeOf(parsed.message.params)).toBeNull();
    }
    const bad = parseHostMessage({ ...tag, type: 'setParams', params: JSON.parse('{"__proto__": {"polluted": 1}}') });
    expect(bad).toEqual({ ok: false, ours: true, problem: expect.stringMatching(/at params\.__proto__$/) });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('does not let extra keys through', () => {
    const parsed = parseHostMessage({ ...tag, type: 'play', evil: '<script>' });
    expect(parsed).toEqual({ ok: true, message: { ...tag, type: 'play' } });
  });
});

describe('frameMessage', () => {
  it('wraps a message in the protocol envelope', () => {
    expect(frameMessage({ type: 'resize', sim: 'line-rate', height: 412 })).toEqual({ ...tag, type: 'resize', sim: 'line-rate', height: 412 });
  });
});
