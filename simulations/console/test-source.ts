/**
 * A hand-made CountersSource for tests: fixed numbers per model queue and
 * core, so what a read command prints can be checked against exactly what
 * went in. Mutable, to play a simulation that moves on.
 */
import type { CountersSource } from './counters';

export type FakeLane = { interrupts: number; rxPackets: number; rxMissed: number; rxBytes: number };
export type FakeCore = { processed: number; dropped: number; timeSqueeze: number; receivedRps: number; backlog?: { length: number } };

export class FakeSource implements CountersSource {
  now = 1_000_000;
  offered = 0;
  readonly v = { frame_bytes: 64 };
  udpIn = 0;
  rcvbuf = 0;
  rxDropped = 0;

  constructor(
    public lanes: FakeLane[],
    public cores: FakeCore[],
  ) {}

  counters() {
    const sum = (f: (l: FakeLane) => number) => this.lanes.reduce((a, l) => a + f(l), 0);
    const csum = (f: (c: FakeCore) => number) => this.cores.reduce((a, c) => a + f(c), 0);
    return {
      rx_packets: sum((l) => l.rxPackets),
      rx_bytes: sum((l) => l.rxBytes),
      rx_missed_errors: sum((l) => l.rxMissed),
      rx_dropped: this.rxDropped,
      'softnet_stat.processed': csum((c) => c.processed),
      'softnet_stat.dropped': csum((c) => c.dropped),
      'softnet_stat.time_squeeze': csum((c) => c.timeSqueeze),
      'softnet_stat.received_rps': csum((c) => c.receivedRps),
      UdpInDatagrams: this.udpIn,
      UdpRcvbufErrors: this.rcvbuf,
      UdpInErrors: this.rcvbuf,
      interrupts: sum((l) => l.interrupts),
    };
  }
}

export const lane = (rxPackets: number, rxMissed = 0, interrupts = 0): FakeLane => ({ interrupts, rxPackets, rxMissed, rxBytes: rxPackets * 60 });
export const core = (processed: number, extra: Partial<FakeCore> = {}): FakeCore => ({ processed, dropped: 0, timeSqueeze: 0, receivedRps: 0, ...extra });
