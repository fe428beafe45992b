/**
 * The request every headless run goes through (CLI and Web Worker): the bound
 * on simulated packets, the shortest duration, short echoes of bad values, and
 * choices printed by name. In-process and on runs of a few simulated
 * milliseconds, so this file takes about a second.
 */
import { describe, expect, test } from 'vitest';
import { catalog } from './catalog';
import { ECHO_MAX_CHARS, echo } from './core/echo';
import { LINK_SPEEDS_GBPS, MIN_FRAME_BYTES } from './core/ethernet';
import { execute, MAX_RUN_PACKETS, resolveRun, RunRequestError, runPackets } from './run-request';

const refusal = (request: unknown) => {
  try {
    resolveRun(request);
  } catch (e) {
    if (e instanceof RunRequestError) return e.message;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(request)} to be refused`);
};

describe('the work bound', () => {
  test('10 s of 100 GbE minimum-size frames is refused with the limit and how to stay under it', () => {
    expect(refusal({ id: 'receive-path', params: { link_gbps: 100 }, durationMs: 10_000 })).toBe(
      'receive-path would simulate 1,488,095,238 packets (148.81 Mpps offered for 10000 ms); the limit is 15,000,000 packets per run. ' +
        'To stay under it, ask for at most 100 ms at this traffic, or a lower load_pct, a slower link_gbps or larger frame_bytes.',
    );
  });

  test('the suggested duration is accepted, one millisecond more is not', () => {
    const run = resolveRun({ id: 'receive-path', params: { link_gbps: 100 }, durationMs: 100 });
    expect(runPackets(run)).toBeLessThanOrEqual(MAX_RUN_PACKETS);
    expect(refusal({ id: 'receive-path', params: { link_gbps: 100 }, durationMs: 101 })).toContain('at most 100 ms');
  });

  test('lower load or larger frames make the same duration acceptable', () => {
    expect(() => resolveRun({ id: 'receive-path', params: { link_gbps: 100, load_pct: 1 }, durationMs: 10_000 })).not.toThrow();
    expect(() => resolveRun({ id: 'receive-path', params: { link_gbps: 100, frame_bytes: 9000 }, durationMs: 10_000 })).not.toThrow();
  });

  test('kernel-vs-bypass counts the same traffic; a default duration that is too long for the traffic says so', () => {
    expect(refusal({ id: 'kernel-vs-bypass', params: { link_gbps: 100 }, durationMs: 5000 })).toContain('kernel-vs-bypass would simulate 744,047,619 packets');
    expect(refusal({ id: 'rx-ring', params: { link_gbps: 100, load_pct: 100 }, durationMs: 1000 })).toContain('at most 100 ms');
  });

  test('every event entry runs its default duration at its most demanding traffic', () => {
    for (const entry of catalog) {
      if (entry.kind !== 'event') continue;
      const params: Record<string, number> = {};
      if ('link_gbps' in entry.params) params.link_gbps = Math.max(...LINK_SPEEDS_GBPS);
      if ('frame_bytes' in entry.params) params.frame_bytes = MIN_FRAME_BYTES;
      if ('load_pct' in entry.params) params.load_pct = 100;
      const run = resolveRun({ id: entry.id, params });
      expect(run.durationMs, entry.id).toBe(entry.defaultDurationMs);
      expect(runPackets(run), entry.id).toBeLessThanOrEqual(MAX_RUN_PACKETS);
    }
  });

  test('every event entry names its traffic as the bound reads it, so the count is exact', () => {
    for (const entry of catalog) {
      if (entry.kind !== 'event') continue;
      for (const knob of ['link_gbps', 'frame_bytes', 'load_pct']) expect(Object.keys(entry.params), entry.id).toContain(knob);
    }
  });

  test('analytic entries do no simulated work', () => {
    expect(runPackets(resolveRun({ id: 'stack', params: { link_gbps: 100 } }))).toBe(0);
  });
});

describe('the shortest duration: one frame on the wire', () => {
  test('1e-9 ms is refused, naming the minimum for the traffic', () => {
    expect(refusal({ id: 'receive-path', durationMs: 1e-9 })).toBe(
      "Bad duration 1e-9 ms. Allowed: at least 0.0000672 ms (one 64-byte frame's time on the wire at 10 Gbit/s; a shorter run sees no packet), at most 10000 ms of simulated time.",
    );
    expect(refusal({ id: 'irq-vs-napi', params: { frame_bytes: 9000 }, durationMs: 0.05 })).toContain('at least 0.0722 ms');
  });

  test('the minimum shown (rounded up) is itself accepted', () => {
    // 1518 B at 25 Gbit/s: 492.16 ns, shown as 0.000493 ms.
    expect(refusal({ id: 'receive-path', params: { link_gbps: 25, frame_bytes: 1518 }, durationMs: 0.000492 })).toContain('at least 0.000493 ms');
    expect(() => resolveRun({ id: 'receive-path', params: { link_gbps: 25, frame_bytes: 1518 }, durationMs: 0.000493 })).not.toThrow();
  });

  test('zero, negative, non-finite and non-number durations are refused the same way', () => {
    for (const d of [0, -5, Number.NaN, Infinity, '5', true])
      expect(refusal({ id: 'receive-path', durationMs: d })).toMatch(/^Bad duration .* ms\. Allowed: at least/);
  });
});

describe('echoing bad values', () => {
  test('a short value is quoted whole, a long one as a prefix and its length', () => {
    expect(echo('dpdk2')).toBe('"dpdk2"');
    expect(echo(1e-9)).toBe('1e-9');
    expect(echo(Number.NaN)).toBe('NaN');
    expect(echo('x'.repeat(100_000))).toBe(`"${'x'.repeat(ECHO_MAX_CHARS)}…" (100000 characters)`);
    // Counted in characters, not UTF-16 halves: a cut never leaves half an emoji.
    expect(echo('😀'.repeat(50))).toBe(`"${'😀'.repeat(ECHO_MAX_CHARS)}…" (50 characters)`);
  });

  test('a 100 KB value or name gives a message of a couple of hundred characters at most', () => {
    const long = 'y'.repeat(100_000);
    for (const request of [
      { id: 'receive-path', params: { frame_bytes: long } },
      { id: long },
      { id: 'receive-path', preset: long },
      { id: 'line-rate', params: { [long]: 1 } },
    ]) {
      const message = refusal(request);
      expect(message).toContain('(100000 characters)');
      expect(message.length).toBeLessThan(600);
    }
    expect(refusal({ id: 'receive-path', params: { frame_bytes: long } }).length).toBeLessThan(200);
  });
});

describe('choices by name in what a run prints', () => {
  test('an analytic entry echoes its choices by name', async () => {
    const json = (await execute(resolveRun({ id: 'stack', params: { stack: 'dpdk' } }))) as { params: Record<string, unknown> };
    expect(json.params).toEqual({ stack: 'dpdk', link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1 });
    const sweep = (await execute(resolveRun({ id: 'frame-size-sweep', params: { links: 10 } }))) as { params: Record<string, unknown> };
    expect(sweep.params).toMatchObject({ stack: 'kernel', links: 10 });
    expect(((await execute(resolveRun({ id: 'frame-size-sweep' }))) as { params: Record<string, unknown> }).params.links).toBe('all');
    expect(((await execute(resolveRun({ id: 'latency-budget' }))) as { params: Record<string, unknown> }).params).toMatchObject({
      stack: 'kernel',
      show: 'all',
    });
  });

  test('a frame size named by its number stays a number; IMIX is named', async () => {
    const echoed = async (frames: unknown) =>
      ((await execute(resolveRun({ id: 'choose-stack', params: { frames } }))) as { params: { frames: unknown } }).params.frames;
    expect(await echoed(64)).toBe(64);
    expect(await echoed('imix')).toBe('imix');
  });

  test('an event entry echoes by name the knobs it fixes as well as its own', async () => {
    const rx = (await execute(resolveRun({ id: 'rx-ring', durationMs: 0.1 }))) as { params: Record<string, unknown> };
    expect(rx.params).toMatchObject({ pattern: 'bursty', mode: 'napi', app_cpu: 'other', link_gbps: 10 });
    const kvb = (await execute(resolveRun({ id: 'kernel-vs-bypass', params: { bypass: 'af_xdp_zc', kernel: 'tuned' }, durationMs: 0.1 }))) as {
      params: Record<string, unknown>;
    };
    expect(kvb.params).toEqual({ bypass: 'af_xdp_zc', kernel: 'tuned', link_gbps: 10, frame_bytes: 64, load_pct: 100, pattern: 'constant' });
  });
});

describe('progress', () => {
  test('a run told to report progress hears each tenth and gives the very same result', async () => {
    for (const id of ['receive-path', 'kernel-vs-bypass']) {
      const run = resolveRun({ id, params: { pattern: 'poisson' }, durationMs: 0.5, seed: 9 });
      const heard: number[] = [];
      const withProgress = JSON.stringify(await execute(run, { onProgress: (f) => heard.push(f) }));
      expect(heard).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
      expect(withProgress).toBe(JSON.stringify(await execute(run)));
    }
  });
});
