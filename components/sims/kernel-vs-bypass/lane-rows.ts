/**
 * The rows of the split screen's two lanes: the same seven places a packet
 * can pass, from the NIC to the application, so the lanes line up row by row.
 * The kernel uses all of them; a bypass stack skips some (drawn dashed, with
 * what it does instead). Pure data and geometry: no React, no model instance.
 */
import type { StackSpec } from '@/simulations/models/stacks';

export const ROWS = ['nic', 'ring', 'irq', 'poll', 'proto', 'socket', 'app'] as const;
export type Row = (typeof ROWS)[number];

/** Stage colour tokens (var(--stage-…)) a row may take. */
export type RowColour = 'stage-nic' | 'stage-dma' | 'stage-irq' | 'stage-softirq' | 'stage-stack' | 'stage-socket' | 'stage-app' | 'stage-bypass';

export type RowSpec = { row: Row; title: string; skipped: boolean; colour: RowColour };

export const KERNEL_ROWS: readonly RowSpec[] = [
  { row: 'nic', title: 'NIC: DMA into memory', skipped: false, colour: 'stage-dma' },
  { row: 'ring', title: 'RX descriptor ring', skipped: false, colour: 'stage-nic' },
  { row: 'irq', title: 'Hard interrupt', skipped: false, colour: 'stage-irq' },
  { row: 'poll', title: 'NAPI poll in softirq: driver, sk_buff', skipped: false, colour: 'stage-softirq' },
  { row: 'proto', title: 'IP and UDP', skipped: false, colour: 'stage-stack' },
  { row: 'socket', title: 'Socket receive buffer', skipped: false, colour: 'stage-socket' },
  { row: 'app', title: 'recv() in the application', skipped: false, colour: 'stage-app' },
];

/** What a bypass stack does in each row, or that it skips it. */
export function bypassRows(spec: StackSpec): RowSpec[] {
  const polls = spec.receive === 'poll';
  const userStack = spec.family === 'socket' || spec.family === 'l4';
  const inDriver = spec.id === 'xdp_drop' || spec.id.startsWith('af_xdp');
  const poll = inDriver
    ? `Driver and XDP program, in NAPI`
    : spec.id === 'pf_ring'
      ? 'NAPI driver, copy into PF_RING’s ring'
      : spec.id === 'netmap'
        ? 'rxsync: the ring’s slots to the app'
        : `Poll loop in user space, ≤ ${spec.batch} a call`;
  return [
    { row: 'nic', title: 'NIC: DMA into memory', skipped: false, colour: 'stage-dma' },
    { row: 'ring', title: 'RX descriptor ring', skipped: false, colour: 'stage-nic' },
    polls
      ? { row: 'irq', title: 'No interrupt: a core spins on the ring', skipped: true, colour: 'stage-irq' }
      : { row: 'irq', title: 'Hard interrupt', skipped: false, colour: 'stage-irq' },
    { row: 'poll', title: poll, skipped: false, colour: polls ? 'stage-bypass' : 'stage-softirq' },
    userStack
      ? { row: 'proto', title: 'IP and UDP in user space', skipped: false, colour: 'stage-stack' }
      : { row: 'proto', title: 'No IP or UDP: raw frames', skipped: true, colour: 'stage-stack' },
    { row: 'socket', title: 'No kernel socket', skipped: true, colour: 'stage-socket' },
    { row: 'app', title: `Application: ${spec.api}`, skipped: false, colour: 'stage-app' },
  ];
}

export type RowBox = { row: Row; x: number; y: number; w: number; h: number };

/** Row heights: the ring and the socket hold packets, so they get room for a grid of cells. */
const HEIGHT: Record<Row, number> = { nic: 30, ring: 62, irq: 30, poll: 40, proto: 32, socket: 50, app: 38 };
const GAP = 9;

export function laneLayout(width: number): { boxes: Record<Row, RowBox>; height: number } {
  let y = 0;
  const boxes = {} as Record<Row, RowBox>;
  for (const row of ROWS) {
    boxes[row] = { row, x: 0.5, y: y + 0.5, w: width - 1, h: HEIGHT[row] };
    y += HEIGHT[row] + GAP;
  }
  return { boxes, height: y - GAP + 1 };
}
