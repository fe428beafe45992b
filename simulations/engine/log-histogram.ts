/**
 * A latency histogram in fixed memory, in the spirit of HdrHistogram: values
 * below 256 ns get a bucket each; every power of two above that is split into
 * 128 equal buckets. A bucket is then at most 1/128 of its lower bound wide, so
 * reporting its midpoint is within 0.4 % of any value in it (engine.test.ts asks ≤ 1 %).
 * Covers 0 … 2^51 ns (26 days) in 5,760 counters whatever the run length.
 * Values are whole nanoseconds (fractions are rounded down).
 */
const SUB_BITS = 7;
const SUB = 1 << SUB_BITS; // 128 buckets per power of two
const LINEAR = 2 * SUB; // values below 256 are exact
const MAX_EXP = 50;
const BUCKETS = LINEAR + (MAX_EXP - 8 + 1) * SUB;

export class LogHistogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = 0;

  static bucketOf(value: number): number {
    const v = Math.max(0, Math.floor(value));
    if (v < LINEAR) return v;
    // Exponent of the highest set bit: exact integer maths below 2^32, log2 (corrected) above.
    let exp: number;
    if (v < 4294967296) exp = 31 - Math.clz32(v);
    else {
      exp = Math.floor(Math.log2(v));
      if (2 ** exp > v) exp--;
      else if (2 ** (exp + 1) <= v) exp++;
    }
    if (exp > MAX_EXP) return BUCKETS - 1;
    const sub = Math.floor((v - 2 ** exp) / 2 ** (exp - SUB_BITS));
    return LINEAR + (exp - 8) * SUB + sub;
  }

  /** Lower bound and width of a bucket. */
  static bucketRange(index: number): { low: number; width: number } {
    if (index < LINEAR) return { low: index, width: 1 };
    const exp = 8 + Math.floor((index - LINEAR) / SUB);
    const sub = (index - LINEAR) % SUB;
    const width = 2 ** (exp - SUB_BITS);
    return { low: 2 ** exp + sub * width, width };
  }

  record(value: number, times = 1): void {
    this.counts[LogHistogram.bucketOf(value)]! += times;
    this.count += times;
    this.sum += value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = 0;
  }

  get mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }

  /**
   * The value at quantile q (0…1): the midpoint of the bucket holding it,
   * clamped to the exact min and max seen. 0 when empty.
   */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        const { low, width } = LogHistogram.bucketRange(i);
        const mid = width === 1 ? low : low + width / 2;
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  /** Non-empty buckets as [low, high, count] triples, for drawing. */
  bins(): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    for (let i = 0; i < BUCKETS; i++) {
      const c = this.counts[i]!;
      if (c > 0) {
        const { low, width } = LogHistogram.bucketRange(i);
        out.push([low, low + width, c]);
      }
    }
    return out;
  }
}
