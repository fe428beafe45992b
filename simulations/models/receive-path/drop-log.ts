/**
 * Why packets were dropped, in fixed memory. Every drop is counted under its
 * Linux counter and written into a ring of the most recent drops (typed
 * arrays, so a 14-Mpps overload allocates nothing); the first drop of each
 * kind is kept too, because how a loss started explains it best. A record
 * keeps the causal chain a reader asks for: which queue was full, since
 * when, and what the CPU that should have drained it was doing (as codes,
 * turned into words only when someone asks: see describe()).
 */
export const DROP_COUNTERS = ['rx_missed_errors', 'softnet_stat.dropped', 'UdpRcvbufErrors'] as const;
export type DropCounter = (typeof DROP_COUNTERS)[number];
export const DROP_PLACES = ['nic-ring', 'backlog', 'socket'] as const;
export type DropPlace = (typeof DROP_PLACES)[number];

/** What the responsible CPU and queue were doing, as the model's numeric codes. */
export type DropContext = { cpu: number; item: number; activity: number; arg: number; ksoftirqd: boolean; pollList: number; state: number };

export type DropRecord = {
  t_ns: number;
  /** Arrival sequence number of the packet. */
  serial: number;
  flow: number;
  queue: number;
  place: DropPlace;
  counter: DropCounter;
  /** How full the place was (descriptors, packets or bytes) and its capacity. */
  occupancy: number;
  capacity: number;
  /** When it became full, or -1 if it was not full before this packet. */
  full_since_ns: number;
  cpu: number;
  /** What that CPU was doing at the moment of the drop, in words. */
  cpu_doing: string;
  /** The queue's interrupt/NAPI state, or the reader's state. */
  detail: string;
};

const RECENT = 1024;
const F_T = 0,
  F_SERIAL = 1,
  F_FLOW = 2,
  F_QUEUE = 3,
  F_PLACE = 4,
  F_OCC = 5,
  F_CAP = 6,
  F_SINCE = 7;
const F_CPU = 8,
  F_ITEM = 9,
  F_ACT = 10,
  F_ARG = 11,
  F_KSOFT = 12,
  F_POLL = 13,
  F_STATE = 14;
const FIELDS = 15;

export type Describe = (ctx: DropContext, place: DropPlace) => { cpuDoing: string; detail: string };

export class DropLog {
  readonly byCounter: Record<DropCounter, number> = { rx_missed_errors: 0, 'softnet_stat.dropped': 0, UdpRcvbufErrors: 0 };
  private readonly firstRows = new Float64Array(DROP_PLACES.length * FIELDS).fill(-1);
  private readonly rows = new Float64Array(RECENT * FIELDS);
  private next = 0;
  total = 0;

  constructor(private readonly describe: Describe) {}

  record(
    t: number,
    serial: number,
    flow: number,
    queue: number,
    place: number,
    occupancy: number,
    capacity: number,
    fullSince: number,
    cpu: number,
    item: number,
    activity: number,
    arg: number,
    ksoftirqd: boolean,
    pollList: number,
    state: number,
  ): void {
    this.total++;
    this.byCounter[DROP_COUNTERS[place]!]++;
    // No closures here: this runs for every dropped packet, millions per second.
    const first = this.firstRows[place * FIELDS + F_T]! < 0;
    for (let pass = first ? 0 : 1; pass < 2; pass++) {
      const rows = pass === 0 ? this.firstRows : this.rows;
      const at = pass === 0 ? place * FIELDS : (this.next % RECENT) * FIELDS;
      rows[at + F_T] = t;
      rows[at + F_SERIAL] = serial;
      rows[at + F_FLOW] = flow;
      rows[at + F_QUEUE] = queue;
      rows[at + F_PLACE] = place;
      rows[at + F_OCC] = occupancy;
      rows[at + F_CAP] = capacity;
      rows[at + F_SINCE] = fullSince;
      rows[at + F_CPU] = cpu;
      rows[at + F_ITEM] = item;
      rows[at + F_ACT] = activity;
      rows[at + F_ARG] = arg;
      rows[at + F_KSOFT] = ksoftirqd ? 1 : 0;
      rows[at + F_POLL] = pollList;
      rows[at + F_STATE] = state;
    }
    this.next++;
  }

  private read(rows: Float64Array, at: number): DropRecord {
    const place = DROP_PLACES[rows[at + F_PLACE]!]!;
    const ctx: DropContext = {
      cpu: rows[at + F_CPU]!,
      item: rows[at + F_ITEM]!,
      activity: rows[at + F_ACT]!,
      arg: rows[at + F_ARG]!,
      ksoftirqd: rows[at + F_KSOFT] === 1,
      pollList: rows[at + F_POLL]!,
      state: rows[at + F_STATE]!,
    };
    const { cpuDoing, detail } = this.describe(ctx, place);
    return {
      t_ns: rows[at + F_T]!,
      serial: rows[at + F_SERIAL]!,
      flow: rows[at + F_FLOW]!,
      queue: rows[at + F_QUEUE]!,
      place,
      counter: DROP_COUNTERS[rows[at + F_PLACE]!]!,
      occupancy: rows[at + F_OCC]!,
      capacity: rows[at + F_CAP]!,
      full_since_ns: rows[at + F_SINCE]!,
      cpu: ctx.cpu,
      cpu_doing: cpuDoing,
      detail,
    };
  }

  /** The first drop of each kind. */
  first(): Partial<Record<DropCounter, DropRecord>> {
    const out: Partial<Record<DropCounter, DropRecord>> = {};
    DROP_PLACES.forEach((_, i) => {
      if (this.firstRows[i * FIELDS + F_T]! >= 0) out[DROP_COUNTERS[i]!] = this.read(this.firstRows, i * FIELDS);
    });
    return out;
  }

  /** Up to `limit` most recent drops, oldest first. */
  recent(limit = RECENT): DropRecord[] {
    const n = Math.min(limit, this.next, RECENT);
    const out: DropRecord[] = [];
    for (let k = this.next - n; k < this.next; k++) out.push(this.read(this.rows, (k % RECENT) * FIELDS));
    return out;
  }

  /** The newest kept drop matching `match` (a test on the raw row), materialised alone. */
  private newest(match: (at: number) => boolean): DropRecord | undefined {
    const n = Math.min(this.next, RECENT);
    for (let k = this.next - 1; k >= this.next - n; k--) {
      const at = (k % RECENT) * FIELDS;
      if (match(at)) return this.read(this.rows, at);
    }
    return undefined;
  }

  /** The drop of the packet with this serial number, if it is still in the log. */
  find(serial: number): DropRecord | undefined {
    return this.newest((at) => this.rows[at + F_SERIAL] === serial);
  }

  /** The most recent drop counted under `counter`, else the first one ever (which is always kept). */
  latest(counter: DropCounter): DropRecord | undefined {
    const place = DROP_COUNTERS.indexOf(counter);
    return this.newest((at) => this.rows[at + F_PLACE] === place) ?? this.first()[counter];
  }

  /**
   * Where the `limit` most recent drops happened, without building records
   * (a view flashes them every animation frame).
   */
  visitRecent(limit: number, visit: (place: DropPlace, queue: number, serial: number) => void): void {
    const n = Math.min(limit, this.next, RECENT);
    for (let k = this.next - n; k < this.next; k++) {
      const at = (k % RECENT) * FIELDS;
      visit(DROP_PLACES[this.rows[at + F_PLACE]!]!, this.rows[at + F_QUEUE]!, this.rows[at + F_SERIAL]!);
    }
  }
}

const us = (ns: number) => `${(ns / 1000).toFixed(ns < 10_000 ? 2 : 1)} µs`;

/** The causal chain of one drop as short sentences, first cause first. */
export function explainDrop(d: DropRecord): string[] {
  const since = d.full_since_ns >= 0 ? `, full for ${us(d.t_ns - d.full_since_ns)}` : '';
  switch (d.place) {
    case 'nic-ring':
      return [
        `RX ring rx-${d.queue} had all ${d.capacity} descriptors holding packets${since}.`,
        `${d.cpu_doing}; ${d.detail}.`,
        'With no free descriptor the NIC had nowhere to DMA the frame, so it dropped it and counted rx_missed_errors (ethtool -S; the “missed” column of ip -s link).',
      ];
    case 'backlog':
      return [
        `The backlog of CPU ${d.cpu} held ${d.occupancy} packets, its netdev_max_backlog limit${since}.`,
        `${d.cpu_doing}.`,
        'enqueue_to_backlog() dropped the packet and counted it in softnet_stat.dropped (the second column of /proc/net/softnet_stat) and in rx_dropped.',
      ];
    case 'socket':
      return [
        `The socket’s receive buffer had ${d.occupancy} bytes charged against its ${d.capacity}-byte limit${since}.`,
        `${d.cpu_doing}; the reader was ${d.detail}.`,
        'UDP refused the datagram and counted UdpRcvbufErrors and UdpInErrors (nstat -az; netstat -su “receive buffer errors”).',
      ];
  }
}
