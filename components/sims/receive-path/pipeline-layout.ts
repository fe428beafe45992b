/**
 * Where the parts of the receive path sit in the drawing: one row per RX
 * queue (lane), one column per stage. Pure geometry, shared by the SVG
 * structure and the canvas that draws packets over it, and unit-tested.
 */
import { scaleBand } from 'd3-scale';

export type Box = { x: number; y: number; w: number; h: number };

export type LaneLayout = {
  lane: number;
  ring: Box;
  irqCpu: Box;
  backlog: Box | null;
  socket: Box;
  app: Box;
};

export type PipelineLayout = {
  width: number;
  height: number;
  columns: readonly Column[];
  header: Record<Column, Box>;
  lanes: LaneLayout[];
  hiddenLanes: number;
};

export type Column = 'ring' | 'irqCpu' | 'backlog' | 'socket' | 'app';

/** Lanes drawn at most; the rest are summarised ("+ 12 more queues"). */
export const MAX_LANES_DRAWN = 4;
const HEADER = 22;

export function pipelineLayout(width: number, lanes: number, showBacklog: boolean, compact: boolean): PipelineLayout {
  const columns: Column[] = showBacklog ? ['ring', 'irqCpu', 'backlog', 'socket', 'app'] : ['ring', 'irqCpu', 'socket', 'app'];
  const drawn = Math.min(lanes, MAX_LANES_DRAWN);
  const laneHeight = compact ? 64 : lanes > 1 ? 78 : 104;
  const height = HEADER + drawn * laneHeight;
  // Queues get more room than CPUs: they hold the packets.
  const weights: Record<Column, number> = { ring: 1.5, irqCpu: 1, backlog: 1.1, socket: 1.2, app: 1 };
  const total = columns.reduce((a, c) => a + weights[c], 0);
  const gap = compact ? 8 : 14;
  const usable = width - gap * (columns.length - 1);
  const xs = {} as Record<Column, { x: number; w: number }>;
  let x = 0;
  for (const c of columns) {
    const w = (usable * weights[c]) / total;
    xs[c] = { x, w };
    x += w + gap;
  }
  const rows = scaleBand<number>()
    .domain(Array.from({ length: drawn }, (_, i) => i))
    .range([HEADER, height])
    .paddingInner(0.18)
    .paddingOuter(0.05);
  const box = (c: Column, lane: number): Box => ({ x: xs[c].x, y: rows(lane) ?? HEADER, w: xs[c].w, h: rows.bandwidth() });
  const header = Object.fromEntries(columns.map((c) => [c, { x: xs[c].x, y: 0, w: xs[c].w, h: HEADER }])) as Record<Column, Box>;
  return {
    width,
    height,
    columns,
    header,
    hiddenLanes: lanes - drawn,
    lanes: Array.from({ length: drawn }, (_, lane) => ({
      lane,
      ring: box('ring', lane),
      irqCpu: box('irqCpu', lane),
      backlog: showBacklog ? box('backlog', lane) : null,
      socket: box('socket', lane),
      app: box('app', lane),
    })),
  };
}

/**
 * Cell geometry for drawing `capacity` packets inside a box as a grid filled
 * in FIFO order (slot 0 = next out, at the right edge, nearest the next stage).
 */
export function cellGrid(b: Box, capacity: number, pad = 4): { cols: number; rows: number; size: number; cellAt: (slot: number) => { x: number; y: number } } {
  const w = Math.max(1, b.w - 2 * pad);
  const h = Math.max(1, b.h - 2 * pad - 12);
  const n = Math.max(1, capacity);
  // Largest square cell such that ceil(n / cols) rows fit.
  let size = Math.sqrt((w * h) / n);
  let cols = Math.max(1, Math.floor(w / size));
  let rows = Math.ceil(n / cols);
  while (rows * size > h && size > 0.5) {
    size *= 0.95;
    cols = Math.max(1, Math.floor(w / size));
    rows = Math.ceil(n / cols);
  }
  const x0 = b.x + pad;
  const y0 = b.y + pad + 12;
  return {
    cols,
    rows,
    size,
    cellAt: (slot: number) => {
      const col = slot % cols;
      const row = Math.floor(slot / cols);
      return { x: x0 + w - (col + 1) * size, y: y0 + row * size };
    },
  };
}
