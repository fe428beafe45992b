/**
 * Each side of a live split-screen run as a LaneSource: the packets, drops
 * and busy rows a lane draws, read from the model without allocating per
 * packet. The kernel's softirq item covers driver, GRO, IP and UDP in one
 * piece of work; its packet is drawn in the poll row for the driver's share
 * of that work and in the IP/UDP row for the rest.
 */
import { DRIVER_RX_NS, GRO_NS, IP_RX_NS, UDP_RX_NS } from '@/simulations/models/receive-path';
import type { KernelVsBypassSim } from '@/simulations/models/kernel-vs-bypass';
import type { LaneSource } from './lane';
import type { Row } from './lane-rows';

const DRIVER_SHARE = (DRIVER_RX_NS + GRO_NS) / (DRIVER_RX_NS + GRO_NS + IP_RX_NS + UDP_RX_NS);
const KERNEL_STAGE_ROW: readonly Row[] = ['ring', 'poll', 'proto', 'proto', 'socket', 'app'];
const DROP_ROW = { 'nic-ring': 'ring', backlog: 'proto', socket: 'socket' } as const satisfies Record<string, Row>;

export function kernelSource(sim: KernelVsBypassSim): LaneSource {
  const k = sim.kernel;
  const active = new Set<Row>();
  const appCpu = k.apps[0]!.cpu;
  for (const core of k.cores) {
    const a = k.activityOf(core.id);
    if (a === 'hardirq') active.add('irq');
    if (a === 'softirq' || a === 'ksoftirqd') active.add('poll').add('proto');
    if ((a === 'app' || a === 'busy_poll') && core.id === appCpu) active.add('app');
  }
  return {
    packets: (put) =>
      k.visitPackets((_serial, stage, _queue, _cpu, slot, progress) => {
        const row = KERNEL_STAGE_ROW[stage]!;
        if (row === 'ring' || row === 'socket') put(row, slot, 0);
        else if (stage === 1) {
          if (progress < DRIVER_SHARE) put('poll', -1, progress / DRIVER_SHARE);
          else put('proto', -1, (progress - DRIVER_SHARE) / (1 - DRIVER_SHARE));
        } else put(row, -1 - slot, progress);
      }),
    drops: k.drops.total,
    recentDrops: (n, visit) => k.drops.visitRecent(n, (place, _queue, serial) => visit(DROP_ROW[place], serial)),
    capacity: { ring: k.lanes[0]!.ring.capacity, socket: Math.min(k.apps[0]!.socket.capacity, 4096) },
    active,
  };
}

export function bypassSource(sim: KernelVsBypassSim, userStack: boolean): LaneSource {
  const b = sim.bypass;
  const active = new Set<Row>();
  const state = b.stateName;
  if (state === 'burst') {
    active.add('poll');
    if (userStack) active.add('proto');
  }
  if (state === 'spinning') active.add('poll');
  if (b.inInterrupt) active.add('irq');
  return {
    packets: (put) =>
      b.visitPackets((_serial, stage, slot, progress) => {
        if (stage === 0) put('ring', slot, 0);
        // A user-space stack does IP and UDP in the second half of its work on a packet.
        else if (userStack && progress >= 0.5) put('proto', -1 - slot, (progress - 0.5) * 2);
        else put('poll', -1 - slot, userStack ? progress * 2 : progress);
      }),
    drops: b.dropped,
    recentDrops: (n, visit) => {
      const ring = b.recentDrops;
      for (let i = Math.max(1, b.dropped - n + 1); i <= b.dropped; i++) visit('ring', ring[i % ring.length]!);
    },
    capacity: { ring: b.ring.capacity },
    active,
  };
}
