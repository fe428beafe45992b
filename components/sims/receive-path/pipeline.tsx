'use client';
/**
 * The receive path drawn: per RX queue, its descriptor ring, the CPU taking
 * its interrupt, the backlog (when RPS or the pre-NAPI path uses one), the
 * socket and the application's CPU. The structure is SVG (crisp, accessible
 * labels); packets and drops are drawn on a canvas over it every animation
 * frame, because thousands of moving DOM nodes would not keep 60 fps.
 */
import { forwardRef, useImperativeHandle, useRef, useState, useEffect, type MouseEvent as ReactMouseEvent } from 'react';
import { type ReceivePathSim, type Snapshot, STAGES, type CoreActivity } from '@/simulations/models/receive-path';
import { useCpuName } from './cpu-names';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { useThemeColours } from '@/components/hooks/use-theme-colours';
import { cellGrid, pipelineLayout, type Box, type Column, type LaneLayout } from './pipeline-layout';

const COLOURS = ['stage-nic', 'stage-irq', 'stage-softirq', 'stage-stack', 'stage-socket', 'stage-app', 'stage-cpu', 'warn', 'ink-3', 'rule', 'card'] as const;
type Colours = Record<(typeof COLOURS)[number], string>;

const COLUMN_TITLES: Record<Column, string> = {
  ring: 'NIC RX ring',
  irqCpu: 'Interrupt CPU',
  backlog: 'Backlog',
  socket: 'Socket buffer',
  app: 'Application',
};
/** Phone widths: columns are ~70 px wide. */
const SHORT_TITLES: Record<Column, string> = { ring: 'Ring', irqCpu: 'IRQ CPU', backlog: 'Backlog', socket: 'Socket', app: 'App' };

export const ACTIVITY_WORDS: Record<CoreActivity, string> = {
  idle: 'idle',
  hardirq: 'hard IRQ',
  softirq: 'softirq',
  ksoftirqd: 'ksoftirqd',
  app: 'application',
  busy_poll: 'busy poll',
};

const activityColour = (a: CoreActivity, c: Colours) =>
  ({ idle: c['ink-3'], hardirq: c['stage-irq'], softirq: c['stage-softirq'], ksoftirqd: c['stage-softirq'], app: c['stage-app'], busy_poll: c['stage-app'] })[
    a
  ];

export type PipelineHandle = { draw(sim: ReceivePathSim, stepMs?: number): void };

type Props = {
  /** Readouts (re-rendered a few times per second). */
  snapshot: Snapshot | null;
  lanes: number;
  showBacklog: boolean;
  appCpuOf: (lane: number) => number;
  label: string;
  /** A click on a drop mark: the dropped packet's serial number. */
  onPickDrop?: (serial: number) => void;
};

export type DropFlash = { x: number; y: number; born: number; serial: number };

export const Pipeline = forwardRef<PipelineHandle, Props>(function Pipeline({ snapshot, lanes, showBacklog, appCpuOf, label, onPickDrop }, ref) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef, 640);
  const compact = width < 520;
  const layout = pipelineLayout(width, lanes, showBacklog, compact);
  const colours = useThemeColours(COLOURS);
  const flashes = useRef<DropFlash[]>([]);
  const visibleFlashes = useRef<DropFlash[]>([]);
  const pick = (e: ReactMouseEvent<HTMLDivElement>) => {
    if (!onPickDrop) return;
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    let best: DropFlash | undefined;
    let bestD = 12 * 12;
    for (const f of visibleFlashes.current) {
      const d = (f.x - x) ** 2 + (f.y - y) ** 2;
      // Later marks are drawn on top: on a tie, the one the reader sees wins.
      if (d <= bestD) {
        best = f;
        bestD = d;
      }
    }
    if (best) onPickDrop(best.serial);
  };
  const lastDrops = useRef(0);
  const [dpr, setDpr] = useState(1);
  useEffect(() => setDpr(Math.min(2, window.devicePixelRatio || 1)), []);

  useImperativeHandle(
    ref,
    () => ({
      draw(sim: ReceivePathSim, stepMs = 0) {
        const started = performance.now();
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx || !colours) return;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.clearRect(0, 0, layout.width, layout.height);
        const drawn = drawPackets(ctx, sim, layout.lanes, colours);
        // For tests and the frame-time benchmark: how many packets this frame drew.
        canvas.dataset.packets = String(drawn);
        // New drops since the last frame flash where they happened.
        const now = performance.now();
        const fresh = sim.drops.total - lastDrops.current;
        lastDrops.current = sim.drops.total;
        if (fresh > 0) {
          sim.drops.visitRecent(Math.min(fresh, 12), (place, queue, serial) => {
            const lane = layout.lanes[queue];
            if (!lane) return;
            const b = place === 'nic-ring' ? lane.ring : place === 'backlog' ? (lane.backlog ?? lane.irqCpu) : lane.socket;
            flashes.current.push({
              x: b.x + 6 + ((serial * 7) % Math.max(1, b.w / 3)),
              y: b.y + b.h - 8 - ((serial * 13) % Math.max(1, b.h / 3)),
              born: now,
              serial,
            });
          });
          if (flashes.current.length > 60) flashes.current.splice(0, flashes.current.length - 60);
        }
        drawFlashes(ctx, flashes.current, now, colours.warn);
        // What is on screen now stays clickable while paused (the canvas keeps its last frame).
        visibleFlashes.current = flashes.current.filter((f) => now - f.born < 500);
        flashes.current = visibleFlashes.current;
        // Where the clickable marks are (x,y,serial;…), for tests: the canvas itself cannot be inspected.
        canvas.dataset.dropMarks = visibleFlashes.current.map((f) => `${Math.round(f.x)},${Math.round(f.y)},${f.serial}`).join(';');
        // Milliseconds of main-thread work for this frame (model step + drawing), for the frame benchmark.
        canvas.dataset.frameWork = (stepMs + performance.now() - started).toFixed(2);
      },
    }),
    [colours, dpr, layout],
  );

  return (
    // Clicking a drop mark (×) explains that packet's drop; the counters offer the same by keyboard.
    <div ref={wrapRef} className="relative w-full select-none" data-pipeline onClick={pick}>
      <svg width={layout.width} height={layout.height} role="img" aria-label={label} className="block overflow-visible font-sans">
        {layout.columns.map((c) => (
          <text key={c} x={layout.header[c].x} y={14} className="fill-ink-2 text-[11px] font-semibold uppercase tracking-wide">
            {compact ? SHORT_TITLES[c] : COLUMN_TITLES[c]}
          </text>
        ))}
        {layout.lanes.map((lane) => (
          <LaneStructure key={lane.lane} lane={lane} snapshot={snapshot} appCpu={appCpuOf(lane.lane)} colours={colours} compact={compact} />
        ))}
      </svg>
      <canvas
        ref={canvasRef}
        width={Math.round(layout.width * dpr)}
        height={Math.round(layout.height * dpr)}
        style={{ width: layout.width, height: layout.height }}
        className="pointer-events-none absolute left-0 top-0"
        aria-hidden="true"
      />
      {layout.hiddenLanes > 0 && (
        <p className="mt-1 font-sans text-xs text-ink-2">
          + {layout.hiddenLanes} more {layout.hiddenLanes === 1 ? 'queue' : 'queues'} working the same way (counted below).
        </p>
      )}
    </div>
  );
});

function LaneStructure({
  lane,
  snapshot,
  appCpu,
  colours,
  compact,
}: {
  lane: LaneLayout;
  snapshot: Snapshot | null;
  appCpu: number;
  colours: Colours | undefined;
  compact: boolean;
}) {
  const ring = snapshot?.rings[lane.lane];
  const irqCore = snapshot?.cores[lane.lane];
  const appCore = appCpu >= 0 ? snapshot?.cores[appCpu] : undefined;
  const socket = snapshot?.sockets[lane.lane];
  const backlogCpu = Math.max(0, appCpu);
  const backlog = snapshot?.backlogs[backlogCpu];
  const stroke = colours?.rule ?? 'currentColor';
  const cpuName = useCpuName();
  const irqState = ring ? (ring.busyPolled ? 'busy polled' : ring.napiScheduled ? 'NAPI polling' : ring.irqArmed ? 'IRQ armed' : 'IRQ pending') : '';
  return (
    <g>
      <QueueBox
        b={lane.ring}
        stroke={stroke}
        title={`rx-${lane.lane}`}
        value={ring ? `${ring.length} / ${ring.capacity}` : ''}
        note={compact ? '' : irqState}
      />
      <CpuBox
        b={lane.irqCpu}
        cpu={lane.lane}
        activity={irqCore?.activity ?? 'idle'}
        colours={colours}
        extra={irqCore?.ksoftirqd ? 'ksoftirqd took over' : ''}
      />
      {lane.backlog && (
        <QueueBox
          b={lane.backlog}
          stroke={stroke}
          title={`CPU ${cpuName(backlogCpu)}`}
          value={backlog ? `${backlog.length} / ${backlog.capacity}` : ''}
          note=""
        />
      )}
      <QueueBox
        b={lane.socket}
        stroke={stroke}
        title={compact ? 'socket' : `socket ${lane.lane}`}
        value={socket ? `${Math.round((socket.rmemAlloc / socket.rcvbuf) * 100)} % of rcvbuf` : ''}
        note=""
      />
      {appCpu < 0 ? (
        <AppBox b={lane.app} cpu={-1} phase="" activity="idle" colours={colours} />
      ) : appCpu === lane.lane ? (
        <AppBox b={lane.app} cpu={appCpu} phase={socket?.phase ?? ''} activity={appCore?.activity ?? 'idle'} colours={colours} shared />
      ) : (
        <AppBox b={lane.app} cpu={appCpu} phase={socket?.phase ?? ''} activity={appCore?.activity ?? 'idle'} colours={colours} />
      )}
    </g>
  );
}

function QueueBox({ b, stroke, title, value, note }: { b: Box; stroke: string; title: string; value: string; note: string }) {
  // Narrow boxes show only the number; the column header names the queue.
  const narrow = b.w < 130;
  return (
    <g>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} fill="none" stroke={stroke} strokeWidth={1.5} />
      {!narrow && (
        <text x={b.x + 6} y={b.y + 12} className="fill-ink text-[10.5px] font-semibold">
          {title}
        </text>
      )}
      <text x={narrow ? b.x + 5 : b.x + b.w - 6} y={b.y + 12} textAnchor={narrow ? 'start' : 'end'} className="fill-ink-2 text-[10px] tabular">
        {narrow ? value.replace(' of rcvbuf', '') : value}
      </text>
      {note && (
        <text x={b.x + 6} y={b.y + b.h - 5} className="fill-ink-3 text-[9.5px]">
          {note}
        </text>
      )}
    </g>
  );
}

function CpuBox({ b, cpu, activity, colours, extra }: { b: Box; cpu: number; activity: CoreActivity; colours: Colours | undefined; extra: string }) {
  const cpuName = useCpuName();
  const colour = colours ? activityColour(activity, colours) : 'currentColor';
  return (
    <g data-cpu={cpu} data-activity={activity}>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={8} fill={colour} fillOpacity={activity === 'idle' ? 0.06 : 0.16} stroke={colour} strokeWidth={1.5} />
      <text x={b.x + 6} y={b.y + 12} className="fill-ink text-[10.5px] font-semibold">
        CPU {cpuName(cpu)}
      </text>
      <text x={b.x + 6} y={b.y + b.h - 6} className="text-[10.5px] font-semibold" fill={colour}>
        {ACTIVITY_WORDS[activity]}
      </text>
      {extra && (
        <text x={b.x + 6} y={b.y + 25} className="fill-ink-2 text-[9.5px]">
          {extra}
        </text>
      )}
    </g>
  );
}

function AppBox({
  b,
  cpu,
  phase,
  activity,
  colours,
  shared,
}: {
  b: Box;
  cpu: number;
  phase: string;
  activity: CoreActivity;
  colours: Colours | undefined;
  shared?: boolean;
}) {
  const cpuName = useCpuName();
  const colour = colours?.['stage-app'] ?? 'currentColor';
  const running = activity === 'app' || activity === 'busy_poll';
  return (
    <g data-app-cpu={cpu}>
      <rect
        x={b.x}
        y={b.y}
        width={b.w}
        height={b.h}
        rx={8}
        fill={colour}
        fillOpacity={running ? 0.16 : 0.05}
        stroke={colour}
        strokeWidth={1.5}
        strokeDasharray={shared ? '4 3' : undefined}
      />
      <text x={b.x + 6} y={b.y + 12} className="fill-ink text-[10.5px] font-semibold">
        {cpu < 0 ? 'CPU' : shared && b.w >= 110 ? `CPU ${cpuName(cpu)} (shared)` : `CPU ${cpuName(cpu)}`}
      </text>
      <text x={b.x + 6} y={b.y + b.h - 6} className="text-[10px]" fill={colour}>
        {b.w >= 130 ? phase.replace(/ in recv\(\)$/, '') : APP_PHASE_SHORT(phase)}
      </text>
    </g>
  );
}

/** One word for the reader's state when the box is narrow (also the split screen's kernel lane). */
export function APP_PHASE_SHORT(phase: string): string {
  if (phase.startsWith('asleep')) return 'asleep';
  if (phase.startsWith('busy')) return 'spinning';
  if (phase.startsWith('working')) return 'working';
  if (phase.startsWith('woken')) return 'waking';
  return 'recv()';
}

const STAGE_COLOUR: Record<string, keyof Colours> = {
  ring: 'stage-nic',
  driver: 'stage-softirq',
  backlog: 'stage-stack',
  protocol: 'stage-stack',
  socket: 'stage-socket',
  recv: 'stage-app',
};

/**
 * Packets as cells: queued ones fill their queue's grid in FIFO order; ones in
 * a CPU's hands ride across it. Visits the model's packets without allocating
 * (thousands per frame), drawing each stage's packets in that stage's colour.
 */
function drawPackets(ctx: CanvasRenderingContext2D, sim: ReceivePathSim, lanes: LaneLayout[], c: Colours): number {
  const grids = new Map<string, ReturnType<typeof cellGrid>>();
  const gridFor = (key: string, b: Box, capacity: number) => {
    let g = grids.get(key);
    if (!g) {
      g = cellGrid(b, capacity);
      grids.set(key, g);
    }
    return g;
  };
  const stageColours = STAGES.map((st) => c[STAGE_COLOUR[st] ?? 'stage-nic']);
  let fill = '';
  let drawn = 0;
  sim.visitPackets((_serial, stageIndex, queue, cpu, slot, progress) => {
    const lane = lanes[queue];
    if (!lane) return;
    drawn++;
    const stage = STAGES[stageIndex]!;
    const colour = stageColours[stageIndex]!;
    if (colour !== fill) {
      ctx.fillStyle = colour;
      fill = colour;
    }
    let g: ReturnType<typeof cellGrid> | undefined;
    // Capacities straight from the model: building a snapshot here would allocate every frame.
    if (stage === 'ring') g = gridFor(`r${queue}`, lane.ring, sim.lanes[queue]!.ring.capacity);
    else if (stage === 'backlog' && lane.backlog) g = gridFor(`b${cpu}`, lane.backlog, Math.min(sim.cores[cpu]!.backlog.capacity, 4096));
    else if (stage === 'socket') g = gridFor(`s${queue}`, lane.socket, Math.min(sim.apps[queue]!.socket.capacity, 4096));
    if (g) {
      const { x, y } = g.cellAt(Math.min(slot, 4095));
      const size = Math.max(1, g.size - 1);
      ctx.fillRect(x, y, size, size);
      return;
    }
    // In a CPU's hands: a dot moving left to right with the work's progress.
    const b = stage === 'recv' ? lane.app : cpu === queue ? lane.irqCpu : lane.app;
    const x = b.x + 8 + (b.w - 16) * progress;
    const y = b.y + b.h / 2 + (stage === 'recv' ? Math.min(slot, 6) * 3 : 0);
    ctx.beginPath();
    ctx.arc(x, y, 4, 0, Math.PI * 2);
    ctx.fill();
  });
  return drawn;
}

/** Drop marks (×) that fade over half a second where packets were dropped; shared with the split-screen lanes. */
export function drawFlashes(ctx: CanvasRenderingContext2D, flashes: DropFlash[], now: number, colour: string) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  for (const f of flashes) {
    const age = (now - f.born) / 500;
    if (age >= 1) continue;
    ctx.globalAlpha = 1 - age;
    const r = 4 + age * 3;
    ctx.beginPath();
    ctx.moveTo(f.x - r, f.y - r);
    ctx.lineTo(f.x + r, f.y + r);
    ctx.moveTo(f.x + r, f.y - r);
    ctx.lineTo(f.x - r, f.y + r);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
