/**
 * A bounded first-in-first-out queue of packet indices on a circular typed
 * array: a NIC descriptor ring, a per-CPU backlog or a socket receive queue.
 * Fixed capacity, no allocation after construction.
 */
export class IndexFifo {
  private readonly items: Int32Array;
  private head = 0;
  length = 0;

  constructor(readonly capacity: number) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get full(): boolean {
    return this.length >= this.capacity;
  }

  push(index: number): void {
    if (this.length >= this.capacity) throw new Error('IndexFifo overflow');
    this.items[(this.head + this.length) % this.items.length] = index;
    this.length++;
  }

  shift(): number {
    if (this.length === 0) throw new Error('IndexFifo underflow');
    const v = this.items[this.head]!;
    this.head = (this.head + 1) % this.items.length;
    this.length--;
    return v;
  }

  /** The i-th oldest element (0 = next out). */
  at(i: number): number {
    return this.items[(this.head + i) % this.items.length]!;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }
}
