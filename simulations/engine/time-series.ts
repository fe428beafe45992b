/**
 * Samples of named columns at a fixed interval, in fixed memory. When the
 * buffer is full, every other sample is dropped and the interval doubles, so a
 * long run keeps a picture of its whole length (at coarser resolution) instead
 * of only its tail, and memory never grows with simulated time.
 */
export class TimeSeries<C extends string> {
  private readonly data: Float64Array[];
  readonly times: Float64Array;
  length = 0;
  interval: number;
  /** Time the next sample is due. */
  next: number;

  constructor(
    readonly columns: readonly C[],
    intervalNs: number,
    readonly capacity = 512,
  ) {
    this.interval = intervalNs;
    this.next = intervalNs;
    this.times = new Float64Array(capacity);
    this.data = columns.map(() => new Float64Array(capacity));
  }

  /** Appends one sample; values in the order of `columns`. */
  record(time: number, values: ArrayLike<number>): void {
    const i = this.length++;
    this.times[i] = time;
    for (let c = 0; c < this.data.length; c++) this.data[c]![i] = values[c]!;
    // Halve as soon as the buffer fills, so the sample just taken is thinned with
    // the rest and the kept ones stay evenly spaced at the new interval.
    if (this.length === this.capacity) this.halve();
    this.next = this.times[this.length - 1]! + this.interval;
  }

  column(name: C): Float64Array {
    const c = this.columns.indexOf(name);
    if (c < 0) throw new Error(`no column ${name}`);
    return this.data[c]!.subarray(0, this.length);
  }

  /** Plain rows, for JSON and CSV. */
  rows(): Array<Record<C | 't_ns', number>> {
    const out: Array<Record<C | 't_ns', number>> = [];
    for (let i = 0; i < this.length; i++) {
      const row = { t_ns: this.times[i]! } as Record<C | 't_ns', number>;
      this.columns.forEach((c, k) => (row[c] = this.data[k]![i]!));
      out.push(row);
    }
    return out;
  }

  reset(intervalNs: number): void {
    this.length = 0;
    this.interval = intervalNs;
    this.next = intervalNs;
  }

  private halve(): void {
    // Keep samples 1, 3, 5, …: evenly spaced at twice the interval, ending with the newest.
    let w = 0;
    for (let r = 1; r < this.length; r += 2, w++) {
      this.times[w] = this.times[r]!;
      for (const col of this.data) col[w] = col[r]!;
    }
    this.length = w;
    this.interval *= 2;
  }
}
