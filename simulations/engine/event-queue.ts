/**
 * The discrete-event calendar: a binary min-heap ordered by (time, insertion
 * order), so events at the same nanosecond run in the order they were
 * scheduled and every run is reproducible. An event is three integers (kind
 * and two arguments) stored in slot arrays; the heap itself moves only slot
 * numbers, and each slot's sort key (time, sequence) sits side by side in one
 * Float64Array so a comparison touches one cache line. No object per event:
 * a 15-million-packets-per-second simulation never waits for the garbage
 * collector.
 */
export class EventQueue {
  /** Heap of slot numbers. */
  private heap: Int32Array;
  /** Per slot: [time, sequence] interleaved. */
  private key: Float64Array;
  private kind: Int32Array;
  private argA: Int32Array;
  private argB: Int32Array;
  /** Free slots (a stack). */
  private free: Int32Array;
  private freeTop: number;
  private n = 0;
  private nextSeq = 0;

  /** Fields of the event last returned by pop(). */
  popTime = 0;
  popKind = 0;
  popA = 0;
  popB = 0;

  constructor(capacity = 64) {
    this.heap = new Int32Array(capacity);
    this.key = new Float64Array(2 * capacity);
    this.kind = new Int32Array(capacity);
    this.argA = new Int32Array(capacity);
    this.argB = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
    for (let i = 0; i < capacity; i++) this.free[i] = capacity - 1 - i;
    this.freeTop = capacity;
  }

  get size(): number {
    return this.n;
  }

  clear(): void {
    const cap = this.heap.length;
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.freeTop = cap;
    this.n = 0;
    this.nextSeq = 0;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.key[2 * this.heap[0]!]! : Infinity;
  }

  push(time: number, kind: number, a = 0, b = 0): void {
    if (this.freeTop === 0) this.grow();
    const slot = this.free[--this.freeTop]!;
    const seq = this.nextSeq++;
    const K = this.key;
    K[2 * slot] = time;
    K[2 * slot + 1] = seq;
    this.kind[slot] = kind;
    this.argA[slot] = a;
    this.argB[slot] = b;
    // Sift up: move parents down until the slot fits, then write once.
    const H = this.heap;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const ps = H[p]!;
      const pt = K[2 * ps]!;
      if (pt < time || (pt === time && K[2 * ps + 1]! < seq)) break;
      H[i] = ps;
      i = p;
    }
    H[i] = slot;
  }

  /** Removes the earliest event into popTime/popKind/popA/popB; false when empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const H = this.heap;
    const K = this.key;
    const top = H[0]!;
    this.popTime = K[2 * top]!;
    this.popKind = this.kind[top]!;
    this.popA = this.argA[top]!;
    this.popB = this.argB[top]!;
    this.free[this.freeTop++] = top;
    const last = --this.n;
    if (last === 0) return true;
    // Sift the former last slot down from the root.
    const s = H[last]!;
    const t = K[2 * s]!;
    const q = K[2 * s + 1]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      let cs = H[c]!;
      let ct = K[2 * cs]!;
      const r = c + 1;
      if (r < last) {
        const rs = H[r]!;
        const rt = K[2 * rs]!;
        if (rt < ct || (rt === ct && K[2 * rs + 1]! < K[2 * cs + 1]!)) {
          c = r;
          cs = rs;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && q < K[2 * cs + 1]!)) break;
      H[i] = cs;
      i = c;
    }
    H[i] = s;
    return true;
  }

  private grow(): void {
    const old = this.heap.length;
    const cap = old * 2;
    const heap = new Int32Array(cap);
    heap.set(this.heap);
    this.heap = heap;
    const key = new Float64Array(2 * cap);
    key.set(this.key);
    this.key = key;
    for (const name of ['kind', 'argA', 'argB'] as const) {
      const next = new Int32Array(cap);
      next.set(this[name]);
      this[name] = next;
    }
    // The old slots are all in use (that is why we grew); the new ones are free.
    const free = new Int32Array(cap);
    for (let i = 0; i < cap - old; i++) free[i] = cap - 1 - i;
    this.free = free;
    this.freeTop = cap - old;
  }
}
