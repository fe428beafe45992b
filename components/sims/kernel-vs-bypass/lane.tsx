'use client';
/**
 * One lane of the split screen: the seven rows of lane-rows.ts as SVG boxes
 * (a bypassed row dashed and faded), and the packets drawn on a canvas over
 * them every frame: queued ones as cells of their ring or socket, ones a CPU
 * is working on as dots crossing its row, drops as × where they happened.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { useThemeColours } from '@/components/hooks/use-theme-colours';
import { drawFlashes, type DropFlash } from '@/components/sims/receive-path/pipeline';
import { cellGrid, type Box } from '@/components/sims/receive-path/pipeline-layout';
import { laneLayout, type Row, type RowSpec } from './lane-rows';

const COLOURS = [
  'stage-nic',
  'stage-dma',
  'stage-irq',
  'stage-softirq',
  'stage-stack',
  'stage-socket',
  'stage-app',
  'stage-bypass',
  'warn',
  'rule',
  'ink-3',
] as const;
export type LaneColours = Record<(typeof COLOURS)[number], string>;

/** Where a packet is, for drawing: a row, its slot in that row's queue (or -1), its progress across the row. */
export type LanePacket = (row: Row, slot: number, progress: number) => void;

export type LaneSource = {
  /** Calls `put` for each packet in flight; returns how many. */
  packets(put: LanePacket): number;
  /** Drops since the start, and where the latest `n` of them happened (row and serial number). */
  drops: number;
  recentDrops(n: number, visit: (row: Row, serial: number) => void): void;
  capacity: Partial<Record<Row, number>>;
  /** Rows whose CPU is busy right now (lit). */
  active: ReadonlySet<Row>;
};

export type LaneHandle = { draw(source: LaneSource): void };

type Props = { side: 'kernel' | 'bypass'; rows: readonly RowSpec[]; notes: Partial<Record<Row, string>>; label: string };

export const Lane = forwardRef<LaneHandle, Props>(function Lane({ side, rows, notes, label }, ref) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef, 320);
  const { boxes, height } = laneLayout(width);
  const colours = useThemeColours(COLOURS);
  const flashes = useRef<DropFlash[]>([]);
  const lastDrops = useRef(0);
  const litAt = useRef(0);
  const [active, setActive] = useState<ReadonlySet<Row>>(new Set());
  const [dpr, setDpr] = useState(1);
  useEffect(() => setDpr(Math.min(2, window.devicePixelRatio || 1)), []);

  useImperativeHandle(
    ref,
    () => ({
      draw(source: LaneSource) {
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx || !colours) return;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.clearRect(0, 0, width, height);
        const grids = new Map<Row, ReturnType<typeof cellGrid>>();
        const gridOf = (row: Row) => {
          let g = grids.get(row);
          if (!g) grids.set(row, (g = cellGrid(inner(boxes[row]), source.capacity[row] ?? 1, 2)));
          return g;
        };
        const colourOf = new Map(rows.map((r) => [r.row, colours[r.colour]]));
        const drawn = source.packets((row, slot, progress) => {
          ctx.fillStyle = colourOf.get(row) ?? colours['stage-nic'];
          const b = boxes[row];
          if (slot >= 0 && source.capacity[row]) {
            const g = gridOf(row);
            const { x, y } = g.cellAt(Math.min(slot, (source.capacity[row] ?? 1) - 1));
            ctx.fillRect(x, y, Math.max(1, g.size - 1), Math.max(1, g.size - 1));
            return;
          }
          ctx.beginPath();
          ctx.arc(b.x + 10 + (b.w - 20) * progress, b.y + b.h - 9 - (Math.max(0, -slot - 1) % 3) * 3, 3.5, 0, Math.PI * 2);
          ctx.fill();
        });
        canvas.dataset.packets = String(drawn);
        const now = performance.now();
        const fresh = source.drops - lastDrops.current;
        lastDrops.current = source.drops;
        if (fresh > 0) {
          source.recentDrops(Math.min(fresh, 8), (row, serial) => {
            const b = boxes[row];
            flashes.current.push({
              x: b.x + 8 + ((serial * 37) % Math.max(1, b.w - 16)),
              y: b.y + b.h - 8 - ((serial * 13) % Math.max(1, b.h / 3)),
              born: now,
              serial,
            });
          });
          if (flashes.current.length > 40) flashes.current.splice(0, flashes.current.length - 40);
        }
        drawFlashes(ctx, flashes.current, now, colours.warn);
        flashes.current = flashes.current.filter((f) => now - f.born < 500);
        canvas.dataset.drops = String(source.drops);
        // Lit rows re-render the SVG: at most ten times a second, not every frame.
        if (now - litAt.current >= 100 && !sameSet(active, source.active)) {
          litAt.current = now;
          setActive(new Set(source.active));
        }
      },
    }),
    [active, boxes, colours, dpr, height, rows, width],
  );

  return (
    <div ref={wrapRef} className="relative w-full select-none" data-lane-drawing={side}>
      <svg width={width} height={height} role="img" aria-label={label} className="block font-sans">
        {rows.map((r) => (
          <RowBoxView key={r.row} spec={r} b={boxes[r.row]} note={notes[r.row] ?? ''} colour={colours?.[r.colour]} lit={active.has(r.row)} />
        ))}
      </svg>
      <canvas
        ref={canvasRef}
        width={Math.round(width * dpr)}
        height={Math.round(height * dpr)}
        style={{ width, height }}
        className="pointer-events-none absolute left-0 top-0"
        aria-hidden="true"
      />
    </div>
  );
});

/** The part of a row below its title, where packets go. */
const inner = (b: Box): Box => ({ x: b.x + 4, y: b.y + 4, w: b.w - 8, h: b.h - 6 });

function sameSet(a: ReadonlySet<Row>, b: ReadonlySet<Row>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function RowBoxView({ spec, b, note, colour, lit }: { spec: RowSpec; b: Box; note: string; colour: string | undefined; lit: boolean }) {
  const c = colour ?? 'currentColor';
  return (
    <g data-row={spec.row} data-skipped={spec.skipped || undefined} opacity={spec.skipped ? 0.55 : 1}>
      <rect
        x={b.x}
        y={b.y}
        width={b.w}
        height={b.h}
        rx={6}
        fill={c}
        fillOpacity={spec.skipped ? 0 : lit ? 0.2 : 0.06}
        stroke={c}
        strokeWidth={lit ? 2 : 1.25}
        strokeDasharray={spec.skipped ? '4 3' : undefined}
      />
      <text x={b.x + 7} y={b.y + 13} className={`text-[10.5px] font-semibold ${spec.skipped ? 'fill-ink-2 italic' : 'fill-ink'}`}>
        {spec.title}
      </text>
      {note && !spec.skipped && (
        <text x={b.x + b.w - 7} y={b.y + 13} textAnchor="end" className="fill-ink-2 text-[10px] tabular">
          {note}
        </text>
      )}
    </g>
  );
}
