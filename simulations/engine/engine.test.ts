import { describe, expect, test } from 'vitest';
import { EventQueue } from './event-queue';
import { IndexFifo } from './index-fifo';
import { LogHistogram } from './log-histogram';
import { PacketPool } from './packet-pool';
import { Rng } from './rng';
import { TimeSeries } from './time-series';

type Ev = { time: number; kind: number; a: number; b: number; seq: number };

/** Pops everything, as plain objects. */
function drain(q: EventQueue): Array<Omit<Ev, 'seq'>> {
  const out: Array<Omit<Ev, 'seq'>> = [];
  while (q.pop()) out.push({ time: q.popTime, kind: q.popKind, a: q.popA, b: q.popB });
  return out;
}

describe('EventQueue', () => {
  test('10k random pushes with many equal times pop in (time, insertion) order', () => {
    const rng = new Rng(42);
    const q = new EventQueue();
    const pushed: Ev[] = [];
    for (let i = 0; i < 10_000; i++) {
      // 50 distinct times (so ~200 events per time), some fractional and some far apart.
      const r = rng.below(50);
      const time = r < 40 ? r * 1000 : r === 49 ? 1e12 : r + 0.5;
      const ev = { time, kind: rng.below(8), a: i, b: 7 - i, seq: i };
      pushed.push(ev);
      q.push(ev.time, ev.kind, ev.a, ev.b);
    }
    expect(q.size).toBe(10_000);
    // Array.prototype.sort is stable, so equal times keep insertion order.
    const expected = [...pushed].sort((x, y) => x.time - y.time).map(({ seq: _seq, ...rest }) => rest);
    expect(drain(q)).toEqual(expected);
    expect(q.size).toBe(0);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  test('interleaved push and pop always return the earliest (time, insertion) event', () => {
    const rng = new Rng(7);
    const q = new EventQueue(4);
    const ref: Ev[] = [];
    let seq = 0;
    let pops = 0;
    for (let step = 0; step < 20_000; step++) {
      if (ref.length === 0 || rng.float() < 0.55) {
        const time = rng.below(30);
        const ev = { time, kind: rng.below(5), a: seq, b: rng.below(1000), seq };
        seq++;
        ref.push(ev);
        q.push(ev.time, ev.kind, ev.a, ev.b);
      } else {
        let best = 0;
        for (let i = 1; i < ref.length; i++) {
          const e = ref[i]!;
          const b = ref[best]!;
          if (e.time < b.time || (e.time === b.time && e.seq < b.seq)) best = i;
        }
        const want = ref.splice(best, 1)[0]!;
        const peek = q.peekTime();
        const popped = q.pop();
        if (!popped || peek !== want.time || q.popTime !== want.time || q.popKind !== want.kind || q.popA !== want.a || q.popB !== want.b) {
          expect({ popped, peek, time: q.popTime, kind: q.popKind, a: q.popA, b: q.popB }, `step ${step}`).toEqual({
            popped: true,
            peek: want.time,
            ...want,
            seq: undefined,
          });
        }
        pops++;
      }
      if (q.size !== ref.length) expect(q.size, `step ${step}`).toBe(ref.length);
    }
    expect(pops).toBeGreaterThan(5_000);
    expect(drain(q).map((e) => e.a)).toEqual([...ref].sort((x, y) => x.time - y.time || x.seq - y.seq).map((e) => e.a));
  });

  test('grows past its initial capacity without losing or reordering events', () => {
    const q = new EventQueue(1);
    const n = 5_000;
    // Descending times force every push to sift to the root.
    for (let i = 0; i < n; i++) q.push(n - i, i % 3, i, 2 * i);
    expect(q.size).toBe(n);
    const out = drain(q);
    expect(out).toHaveLength(n);
    const bad = out.findIndex((e, k) => e.time !== k + 1 || e.a !== n - 1 - k || e.b !== 2 * (n - 1 - k) || e.kind !== (n - 1 - k) % 3);
    expect(bad).toBe(-1);
  });

  test('clear() empties the queue and restarts insertion order', () => {
    const q = new EventQueue(2);
    for (let i = 0; i < 10; i++) q.push(5, 0, i);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.pop()).toBe(false);
    q.push(3, 1, 100);
    q.push(3, 1, 101);
    q.push(1, 2, 102);
    expect(drain(q).map((e) => e.a)).toEqual([102, 100, 101]);
  });
});

describe('Rng', () => {
  const first = (seed: number, n: number) => {
    const r = new Rng(seed);
    return Array.from({ length: n }, () => r.uint32());
  };

  test('the same seed gives the same first 1000 values; different seeds differ', () => {
    const a = first(12345, 1000);
    expect(first(12345, 1000)).toEqual(a);
    for (const other of [0, 1, 12346, 0xffffffff]) {
      const b = first(other, 1000);
      const same = a.filter((x, i) => x === b[i]).length;
      expect(same).toBeLessThanOrEqual(1);
    }
    // reseed() restarts the stream.
    const r = new Rng(99);
    const x = Array.from({ length: 50 }, () => r.uint32());
    r.reseed(99);
    expect(Array.from({ length: 50 }, () => r.uint32())).toEqual(x);
  });

  test('uint32 values are integers in [0, 2^32)', () => {
    const r = new Rng(3);
    let bad = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = r.uint32();
      if (!(Number.isInteger(x) && x >= 0 && x < 2 ** 32)) bad++;
    }
    expect(bad).toBe(0);
  });

  test('float() is in [0, 1) with mean ≈ 0.5 over 1e5 draws', () => {
    const r = new Rng(2024);
    let sum = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < 1e5; i++) {
      const x = r.float();
      sum += x;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(sum / 1e5 - 0.5)).toBeLessThan(0.01);
  });

  test('below(n) is an integer in [0, n) hitting every value', () => {
    const r = new Rng(5);
    const seen = new Array<number>(7).fill(0);
    let bad = 0;
    for (let i = 0; i < 7_000; i++) {
      const k = r.below(7);
      if (!(Number.isInteger(k) && k >= 0 && k < 7)) bad++;
      else seen[k]!++;
    }
    expect(bad).toBe(0);
    for (const c of seen) expect(c).toBeGreaterThan(800);
  });

  test.each([1, 672, 1e6])('exponential(%d) has its mean within 2 percent over 2e5 draws', (mean) => {
    const r = new Rng(31337);
    let sum = 0;
    let bad = 0;
    for (let i = 0; i < 2e5; i++) {
      const x = r.exponential(mean);
      if (!(x >= 0 && Number.isFinite(x))) bad++;
      sum += x;
    }
    expect(bad).toBe(0);
    expect(Math.abs(sum / 2e5 / mean - 1)).toBeLessThan(0.02);
  });
});

describe('LogHistogram', () => {
  test('quantiles of 1e5 log-uniform values over 1 ns … 10 s are within 1 % of the exact ones', () => {
    const r = new Rng(8);
    const n = 1e5;
    const values = new Float64Array(n);
    const h = new LogHistogram();
    for (let i = 0; i < n; i++) {
      const v = Math.exp(r.float() * Math.log(1e10)); // 1 … 1e10 ns
      values[i] = v;
      h.record(v);
    }
    values.sort();
    expect(h.count).toBe(n);
    expect(h.min).toBe(values[0]);
    expect(h.max).toBe(values[n - 1]);
    for (const q of [0.5, 0.9, 0.99, 0.999]) {
      const exact = values[Math.ceil(q * n) - 1]!;
      const got = h.quantile(q);
      expect(Math.abs(got - exact) / exact, `q=${q}: ${got} vs ${exact}`).toBeLessThanOrEqual(0.01);
      // The documented bound is tighter still: half a bucket, at most 1/256.
      expect(Math.abs(got - exact) / exact).toBeLessThanOrEqual(1 / 256 + 1e-12);
    }
    // Extremes are bucket midpoints clamped to the exact min and max.
    expect(Math.abs(h.quantile(1) - values[n - 1]!) / values[n - 1]!).toBeLessThanOrEqual(1 / 256);
    expect(h.quantile(1)).toBeLessThanOrEqual(h.max);
    expect(h.quantile(0)).toBe(values[0]);
  });

  test('integer values below 256 are exact', () => {
    const h = new LogHistogram();
    for (let v = 0; v < 256; v++) {
      h.reset();
      h.record(v, 3);
      expect(h.quantile(0.5)).toBe(v);
      expect(LogHistogram.bucketOf(v)).toBe(v);
      expect(LogHistogram.bucketRange(v)).toEqual({ low: v, width: 1 });
    }
    h.reset();
    for (let v = 0; v < 256; v++) h.record(v);
    for (let v = 0; v < 256; v++) expect(h.quantile((v + 1) / 256)).toBe(v);
  });

  test('bucketOf is monotone and bucketRange(bucketOf(v)) contains v, around powers of two and 2^32', () => {
    const vs: number[] = [];
    for (let e = 0; e <= 50; e++) {
      const p = 2 ** e;
      vs.push(p - 1, p, p + 1, p * 1.5, p * 1.999);
    }
    vs.push(2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 32 + 2 ** 25, 2 ** 33 - 1, 2 ** 51 - 1);
    const r = new Rng(77);
    for (let i = 0; i < 50_000; i++) vs.push(Math.floor(Math.exp(r.float() * Math.log(2 ** 50))));
    for (let v = 0; v < 5_000; v++) vs.push(v);
    vs.sort((a, b) => a - b);
    const n = new LogHistogram().counts.length;
    const problems: string[] = [];
    let prev = -1;
    for (const v of vs) {
      const b = LogHistogram.bucketOf(v);
      if (b < prev) problems.push(`bucketOf(${v}) = ${b} < ${prev}`);
      prev = b;
      const { low, width } = LogHistogram.bucketRange(b);
      if (!(low <= v && v < low + width)) problems.push(`${v} not in [${low}, ${low + width})`);
      // A bucket is at most 1/128 of its lower bound wide.
      if (low >= 256 && width / low > 1 / 128) problems.push(`bucket ${b} too wide`);
      if (b >= n) problems.push(`bucket ${b} out of range`);
    }
    // Consecutive buckets tile the line with no gaps.
    for (let b = 0; b + 1 < n; b++) {
      const x = LogHistogram.bucketRange(b);
      if (LogHistogram.bucketRange(b + 1).low !== x.low + x.width) problems.push(`gap after bucket ${b}`);
    }
    expect(problems).toEqual([]);
    // Anything past the top lands in the last bucket.
    expect(LogHistogram.bucketOf(2 ** 60)).toBe(n - 1);
    expect(LogHistogram.bucketOf(-3)).toBe(0);
  });

  test('counts length is fixed whatever is recorded; bins() lists the non-empty buckets', () => {
    const h = new LogHistogram();
    const len = h.counts.length;
    for (const v of [0, -5, 0.3, 1, 255, 256, 1e9, 2 ** 40, 2 ** 60, Number.MAX_SAFE_INTEGER]) h.record(v);
    expect(h.counts.length).toBe(len);
    expect(h.count).toBe(10);
    const bins = h.bins();
    expect(bins.reduce((s, [, , c]) => s + c, 0)).toBe(10);
    for (let i = 1; i < bins.length; i++) expect(bins[i]![0]).toBeGreaterThanOrEqual(bins[i - 1]![1]);
    for (const [lo, hi, c] of bins) {
      expect(hi).toBeGreaterThan(lo);
      expect(c).toBeGreaterThan(0);
    }
    h.reset();
    expect(h.count).toBe(0);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.mean).toBe(0);
    expect(h.bins()).toEqual([]);
  });

  test('mean, min and max are exact; record(v, times) weighs a value', () => {
    const h = new LogHistogram();
    h.record(1000, 3);
    h.record(10);
    expect(h.count).toBe(4);
    expect(h.mean).toBe(3010 / 4);
    expect(h.min).toBe(10);
    expect(h.max).toBe(1000);
    expect(h.quantile(0.25)).toBe(10);
    expect(Math.abs(h.quantile(0.5) - 1000) / 1000).toBeLessThanOrEqual(1 / 256);
  });
});

describe('TimeSeries', () => {
  test('capacity 8, 100 samples at interval 10: halves and doubles the interval, keeping the whole span', () => {
    const ts = new TimeSeries(['x', 'y'] as const, 10, 8);
    const times: number[] = [];
    // Record when a sample is due, the way a simulation's sample event does.
    for (let i = 0; i < 100; i++) {
      const t = ts.next;
      times.push(t);
      ts.record(t, [i, -i]);
      expect(ts.length).toBeLessThanOrEqual(8);
    }
    const end = times[times.length - 1]!;
    expect(ts.length).toBeGreaterThanOrEqual(4);
    // The interval is 10 doubled once per halving, and 8 samples at it span the run.
    expect(Math.log2(ts.interval / 10) % 1).toBe(0);
    expect(ts.interval).toBeGreaterThan(10);
    expect(ts.interval * 8).toBeGreaterThanOrEqual(end / 2);
    expect(ts.interval).toBeLessThanOrEqual(end / 2);
    const kept = Array.from(ts.times.subarray(0, ts.length));
    for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!);
    // Evenly spaced at the current interval, as a chart's x axis assumes.
    for (let i = 1; i < kept.length; i++) expect(kept[i]! - kept[i - 1]!).toBe(ts.interval);
    // The first kept sample is near the start, the last one is the last recorded.
    expect(kept[0]!).toBeLessThanOrEqual(ts.interval);
    expect(kept[kept.length - 1]).toBe(end);
    expect(ts.next).toBe(end + ts.interval);
    // Values stay attached to their times.
    const x = ts.column('x');
    const y = ts.column('y');
    expect(x.length).toBe(ts.length);
    kept.forEach((t, i) => {
      const k = times.indexOf(t);
      expect(x[i]).toBe(k);
      expect(y[i]).toBe(-k);
    });
    expect(() => ts.column('z' as 'x')).toThrow();
  });

  test('driven by a clock over 1000 ns (100 ticks of 10 ns), it keeps the whole run with no holes', () => {
    const ts = new TimeSeries(['v'] as const, 10, 8);
    // The simulation's sample event: record whenever a sample is due.
    for (let t = 10; t <= 1000; t += 10) if (t >= ts.next) ts.record(t, [t]);
    expect(ts.length).toBeLessThanOrEqual(8);
    expect(ts.length).toBeGreaterThanOrEqual(4);
    expect(ts.interval).toBe(10 * 2 ** 4);
    const kept = Array.from(ts.times.subarray(0, ts.length));
    expect(kept[0]!).toBeLessThanOrEqual(ts.interval);
    expect(kept[kept.length - 1]!).toBeGreaterThan(1000 - ts.interval);
    for (let i = 1; i < kept.length; i++) {
      expect(kept[i]! - kept[i - 1]!).toBeGreaterThan(0);
      expect(kept[i]! - kept[i - 1]!).toBeLessThanOrEqual(ts.interval);
    }
    expect(Array.from(ts.column('v'))).toEqual(kept);
  });

  test('rows() gives one plain object per kept sample with t_ns and every column', () => {
    const ts = new TimeSeries(['a', 'b'] as const, 5, 4);
    ts.record(5, [1, 2]);
    ts.record(10, [3, 4]);
    expect(ts.rows()).toEqual([
      { t_ns: 5, a: 1, b: 2 },
      { t_ns: 10, a: 3, b: 4 },
    ]);
    for (let i = 3; i <= 20; i++) ts.record(i * 5, [i, 2 * i]);
    const rows = ts.rows();
    expect(rows).toHaveLength(ts.length);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['a', 'b', 't_ns']);
      expect(row.b).toBe(2 * row.a);
      expect(row.t_ns).toBe(5 * row.a);
    }
    ts.reset(7);
    expect(ts.length).toBe(0);
    expect(ts.interval).toBe(7);
    expect(ts.next).toBe(7);
    expect(ts.rows()).toEqual([]);
  });
});

describe('IndexFifo', () => {
  test('keeps FIFO order across many wrap-arounds; at(i) is the i-th oldest', () => {
    const f = new IndexFifo(5);
    const ref: number[] = [];
    const r = new Rng(11);
    let next = 0;
    for (let step = 0; step < 5_000; step++) {
      if (!f.full && (ref.length === 0 || r.float() < 0.5)) {
        f.push(next);
        ref.push(next++);
      } else {
        expect(f.shift()).toBe(ref.shift());
      }
      if (f.length !== ref.length || f.full !== (ref.length === 5)) expect([f.length, f.full], `step ${step}`).toEqual([ref.length, ref.length === 5]);
      if (ref.some((v, i) => f.at(i) !== v))
        expect(
          ref.map((_, i) => f.at(i)),
          `step ${step}`,
        ).toEqual(ref);
    }
  });

  test('overflow and underflow throw; clear() empties', () => {
    const f = new IndexFifo(3);
    expect(() => f.shift()).toThrow(/underflow/);
    f.push(1);
    f.push(2);
    f.push(3);
    expect(f.full).toBe(true);
    expect(() => f.push(4)).toThrow(/overflow/);
    expect(f.length).toBe(3);
    expect(f.shift()).toBe(1);
    f.push(4);
    expect([f.at(0), f.at(1), f.at(2)]).toEqual([2, 3, 4]);
    f.clear();
    expect(f.length).toBe(0);
    expect(f.full).toBe(false);
    expect(() => f.shift()).toThrow();
  });
});

describe('PacketPool', () => {
  test('alloc hands out distinct slots, release makes them reusable, inUse counts', () => {
    const p = new PacketPool(4);
    expect(p.inUse).toBe(0);
    const got = [p.alloc(), p.alloc(), p.alloc(), p.alloc()];
    expect(new Set(got).size).toBe(4);
    for (const i of got) expect(i >= 0 && i < 4).toBe(true);
    expect(p.inUse).toBe(4);
    expect(() => p.alloc()).toThrow(/exhausted/);
    p.stage[got[1]!] = 3;
    p.release(got[1]!);
    expect(p.stage[got[1]!]).toBe(-1);
    expect(p.inUse).toBe(3);
    expect(p.alloc()).toBe(got[1]);
    expect(p.inUse).toBe(4);
    p.reset();
    expect(p.inUse).toBe(0);
    expect(new Set([p.alloc(), p.alloc(), p.alloc(), p.alloc()]).size).toBe(4);
  });

  test('a random alloc/release workload never hands out a slot twice', () => {
    const p = new PacketPool(16);
    const live = new Set<number>();
    const r = new Rng(4);
    for (let step = 0; step < 10_000; step++) {
      if (live.size < 16 && (live.size === 0 || r.float() < 0.5)) {
        const i = p.alloc();
        if (live.has(i)) expect.fail(`slot ${i} handed out twice`);
        live.add(i);
      } else {
        const arr = [...live];
        const i = arr[r.below(arr.length)]!;
        live.delete(i);
        p.release(i);
      }
      if (p.inUse !== live.size) expect(p.inUse, `step ${step}`).toBe(live.size);
    }
  });
});
