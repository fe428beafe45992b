import { describe, expect, it } from 'vitest';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, frameMessage, paramsAdjusted, parseHostMessage, refusalMessage, type Refusal } from './protocol';

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

  it('refuses tagged messages that are malformed, saying what is wrong, with a code and the type the host sent', () => {
    const cases: Array<[unknown, RegExp, Refusal['code'], string | null]> = [
      [{ ...tag, type: 'explode' }, /unknown message type "explode"; the frame accepts setParams, play, pause, reset, setTheme/, 'unknown-type', 'explode'],
      [{ ...tag, type: 'SETPARAMS', params: {} }, /unknown message type/, 'unknown-type', 'SETPARAMS'],
      [{ ...tag }, /no message type/, 'unknown-type', null],
      [{ ...tag, type: 7 }, /message type is a number/, 'unknown-type', null],
      [{ ...tag, type: 'setTheme', theme: 'purple' }, /theme/, 'invalid-message', 'setTheme'],
      [{ ...tag, type: 'setParams', params: 'frameBytes=64' }, /params/, 'invalid-message', 'setParams'],
      [{ ...tag, type: 'setParams', params: [1, 2] }, /params/, 'invalid-message', 'setParams'],
      [{ ...tag, type: 'setParams', params: { ['k'.repeat(65)]: 1 } }, /parameter name longer than 64 characters/, 'invalid-message', 'setParams'],
      [
        { ...tag, type: 'setParams', params: { frameBytes: { nested: 1 } } },
        /^expected a number, a boolean or a string .* at params\.frameBytes$/,
        'invalid-message',
        'setParams',
      ],
      [{ ...tag, type: 'setParams', params: { frameBytes: 'x'.repeat(65) } }, /params/, 'invalid-message', 'setParams'],
      [{ ...tag, version: 2, type: 'play' }, /version 2/, 'unsupported-version', 'play'],
      [{ ...tag, version: '1', type: 'play' }, /version "1"/, 'unsupported-version', 'play'],
      [{ protocol: EMBED_PROTOCOL, type: 'play' }, /version undefined/, 'unsupported-version', 'play'],
    ];
    for (const [data, problem, code, type] of cases) {
      const parsed = parseHostMessage(data);
      expect(parsed.ok, JSON.stringify(data)).toBe(false);
      if (parsed.ok || !parsed.ours) throw new Error(`expected a tagged refusal for ${JSON.stringify(data)}`);
      expect(parsed.problem).toMatch(problem);
      expect(parsed.code, JSON.stringify(data)).toBe(code);
      expect(parsed.type).toBe(type);
    }
  });

  it('cuts the type it quotes back: a host cannot make the answer long', () => {
    const parsed = parseHostMessage({ ...tag, type: '💥'.repeat(1000) });
    if (parsed.ok || !parsed.ours) throw new Error('expected a tagged refusal');
    expect(parsed.type).toBe('💥'.repeat(64));
    expect(Array.from(parsed.problem.match(/"(.*?)"/)![1]!)).toHaveLength(24);
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
    expect(bad).toEqual({
      ok: false,
      ours: true,
      code: 'invalid-message',
      type: 'setParams',
      param: '__proto__',
      problem: expect.stringMatching(/at params\.__proto__$/),
    });
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

describe('the error a host hears', () => {
  it('a refused message: code, the type sent, why, and the parameter that sank it', () => {
    const refusal = (data: unknown): Refusal => {
      const parsed = parseHostMessage(data);
      if (parsed.ok || !parsed.ours) throw new Error('expected a tagged refusal');
      return parsed;
    };
    expect(frameMessage(refusalMessage('line-rate', refusal({ ...tag, type: 'setTheme', theme: 'purple' })))).toEqual({
      ...tag,
      type: 'error',
      sim: 'line-rate',
      code: 'invalid-message',
      message: 'setTheme',
      detail: expect.stringMatching(/^Ignored: .*theme.*\.$/),
      notices: [],
    });
    expect(refusalMessage('line-rate', refusal({ ...tag, type: 'setParams', params: { frameBytes: [64] } }))).toEqual({
      type: 'error',
      sim: 'line-rate',
      code: 'invalid-message',
      message: 'setParams',
      detail: 'Ignored: expected a number, a boolean or a string of at most 64 characters at params.frameBytes.',
      notices: [{ param: 'frameBytes', message: 'expected a number, a boolean or a string of at most 64 characters at params.frameBytes' }],
    });
    expect(refusalMessage('rx-ring', refusal({ ...tag, type: { evil: 1 } }))).toMatchObject({ code: 'unknown-type', message: null, sim: 'rx-ring' });
  });

  it('a setParams applied with some values adjusted: every notice, and a short detail', () => {
    const notices = [
      { param: 'frameBytes', message: 'Frame size: 99999 is above the maximum; using 9,000 B.' },
      { param: 'nope', message: 'Unknown parameter “nope” ignored.' },
    ];
    expect(paramsAdjusted('line-rate', notices)).toEqual({
      type: 'error',
      sim: 'line-rate',
      code: 'params-adjusted',
      message: 'setParams',
      detail: 'setParams applied, but 2 parameters adjusted or ignored (frameBytes, nope): see notices.',
      notices,
    });
    const many = Array.from({ length: 1000 }, (_, i) => ({ param: `p${i}`, message: 'Unknown' }));
    const answer = paramsAdjusted('line-rate', many);
    if (answer.type !== 'error') throw new Error('expected an error');
    expect(answer.notices).toHaveLength(1000);
    expect(answer.detail).toBe('setParams applied, but 1000 parameters adjusted or ignored (p0, p1, p2, p3, p4, 995 more): see notices.');
  });
});
