/**
 * Packets in flight as a struct of arrays: slot i of each typed array belongs
 * to the same packet. Slots are recycled through a free list, and the capacity
 * is the most packets the modelled machine can hold at once (rings + backlogs +
 * socket buffers + the batch being worked on), so memory is fixed for a run.
 */
export class PacketPool {
  /** Time the last bit of the frame arrived at the NIC (ns); latency starts here. */
  readonly arrival: Float64Array;
  /** Sequence number in arrival order (identity for drawing). */
  readonly serial: Float64Array;
  readonly flow: Int32Array;
  /** RX queue the NIC put it on. */
  readonly queue: Int16Array;
  /** Where it is now; the model defines the stage numbers. */
  readonly stage: Int8Array;
  private readonly free: Int32Array;
  private freeTop: number;

  constructor(readonly capacity: number) {
    this.arrival = new Float64Array(capacity);
    this.serial = new Float64Array(capacity);
    this.flow = new Int32Array(capacity);
    this.queue = new Int16Array(capacity);
    this.stage = new Int8Array(capacity).fill(-1);
    this.free = new Int32Array(capacity);
    for (let i = 0; i < capacity; i++) this.free[i] = capacity - 1 - i;
    this.freeTop = capacity;
  }

  /** Packets currently allocated. */
  get inUse(): number {
    return this.capacity - this.freeTop;
  }

  alloc(): number {
    if (this.freeTop === 0) throw new Error('PacketPool exhausted: capacity bound is wrong');
    return this.free[--this.freeTop]!;
  }

  release(i: number): void {
    this.stage[i] = -1;
    this.free[this.freeTop++] = i;
  }

  reset(): void {
    this.stage.fill(-1);
    for (let i = 0; i < this.capacity; i++) this.free[i] = this.capacity - 1 - i;
    this.freeTop = this.capacity;
  }
}
