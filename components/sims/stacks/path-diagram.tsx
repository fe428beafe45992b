'use client';
/**
 * One packet's path through three bands, user space over the kernel over the
 * NIC: a node per step in the band where it runs, the copies, interrupts and
 * system calls marked, and a packet moving from step to step (the clock is
 * the figure's, see step-clock.ts). Optionally a second path (the stock
 * kernel's) drawn faintly behind, with its own packet moving in step, so the
 * two can be compared step for step.
 */
import { useRef, type ReactNode } from 'react';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { LAYER_LABELS, LAYERS, type Layer, type PathStep } from '@/simulations/models/stacks';
import { markersOf, MarkerGlyph, stageColour } from './path-symbols';
import { useStepPosition, type StepClock, type StepPosition } from './step-clock';

type Props = {
  steps: readonly PathStep[];
  label: string;
  ghost?: { steps: readonly PathStep[]; label: string };
  clock: StepClock;
  /** Called with the position so the text beside the drawing follows it. */
  children: (p: StepPosition) => ReactNode;
};

/** User space on top, the NIC at the bottom: packets rise from the wire. */
const BAND_ORDER: readonly Layer[] = [...LAYERS].reverse();

type Pt = { x: number; y: number };

function wrap(text: string, maxChars: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > maxChars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.slice(0, 2);
}

const lerp = (a: Pt, b: Pt, t: number): Pt => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The way from one step to the next: straight within a band, across a band boundary halfway between the two. */
function route(a: Pt, b: Pt): Pt[] {
  if (a.y === b.y) return [a, b];
  const mid = (a.x + b.x) / 2;
  return [a, { x: mid, y: a.y }, { x: mid, y: b.y }, b];
}

/** The point a share `t` of the way along a polyline. */
function along(pts: readonly Pt[], t: number): Pt {
  const lens = pts.slice(1).map((q, i) => Math.hypot(q.x - pts[i]!.x, q.y - pts[i]!.y));
  let d = t * lens.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lens.length; i++) {
    if (d <= lens[i]! || i === lens.length - 1) return lerp(pts[i]!, pts[i + 1]!, lens[i]! > 0 ? Math.min(1, d / lens[i]!) : 1);
    d -= lens[i]!;
  }
  return pts[pts.length - 1]!;
}

function routeAll(points: readonly Pt[]): Pt[] {
  const out: Pt[] = points.length > 0 ? [points[0]!] : [];
  for (let i = 1; i < points.length; i++) out.push(...route(points[i - 1]!, points[i]!).slice(1));
  return out;
}

/** Where a path's packet is: at the step, on its way to the next, or resting at its last step once there. */
function packetAt(points: readonly Pt[], p: StepPosition): { pt: Pt; step: number; done: boolean; trail: Pt[] } {
  const last = points.length - 1;
  if (p.step >= last) return { pt: points[last]!, step: last, done: p.step > last || p.move === 0, trail: routeAll(points) };
  const leg = route(points[p.step]!, points[p.step + 1]!);
  const pt = along(leg, p.move);
  // The way travelled so far, up to the packet.
  const before = routeAll(points.slice(0, p.step + 1));
  const onLeg = leg.filter((q, i) => i > 0 && i < leg.length - 1 && (q.x < pt.x || (q.x === pt.x && Math.abs(q.y - leg[0]!.y) <= Math.abs(pt.y - leg[0]!.y))));
  return { pt, step: p.step, done: false, trail: [...before, ...onLeg, pt] };
}

export function PathDiagram({ steps, label, ghost, clock, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  const onScreen = useOnScreen(box);
  const p = useStepPosition(clock, onScreen);

  const narrow = width < 560;
  const count = Math.max(steps.length, ghost?.steps.length ?? 0);
  const x0 = narrow ? 18 : 44;
  const x1 = width - (narrow ? 18 : 44);
  const dx = count > 1 ? (x1 - x0) / (count - 1) : 0;
  const r = narrow ? 10 : 12;
  const showLabels = dx >= 62;
  const bandH = showLabels ? 96 : 70;
  const height = bandH * 3;
  const bandTop = (l: Layer) => BAND_ORDER.indexOf(l) * bandH;
  // Room above each node for the band's name and the packet, below it for the step's label.
  const nodeY = (l: Layer) => bandTop(l) + (showLabels ? 46 : 44);
  const points = steps.map((s, i) => ({ x: x0 + i * dx, y: nodeY(s.layer) }));
  const ghostPoints = ghost?.steps.map((s, i) => ({ x: x0 + i * dx, y: nodeY(s.layer) })) ?? [];
  const packet = packetAt(points, p);
  const ghostPacket = ghost ? packetAt(ghostPoints, p) : undefined;
  const travelled = packet.trail;
  const poly = (pts: readonly Pt[]) => pts.map((q) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');
  const maxChars = Math.max(6, Math.floor(dx / 6.4));
  const moving = p.move > 0 && !packet.done;

  const description = `${label}: ${steps.length} steps, ${steps.map((s, i) => `${i + 1} ${s.label} (${LAYER_LABELS[s.layer]})`).join(', ')}.${ghost ? ` Behind it, faint: ${ghost.label}, ${ghost.steps.length} steps.` : ''}`;

  return (
    <div className="space-y-3">
      <div ref={box} className="w-full" data-path-diagram>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} className="block font-sans">
          {BAND_ORDER.map((l, i) => (
            <g key={l} data-band={l}>
              <rect x={0} y={bandTop(l)} width={width} height={bandH} fill="var(--paper-2)" fillOpacity={i === 1 ? 0.45 : 0.9} />
              {i > 0 && <line x1={0} x2={width} y1={bandTop(l)} y2={bandTop(l)} stroke="var(--rule-strong)" strokeDasharray="4 3" />}
              <text x={8} y={bandTop(l) + 15} fontSize={10.5} fontWeight={700} fill="var(--ink-2)" letterSpacing="0.06em">
                {LAYER_LABELS[l].toUpperCase()}
              </text>
            </g>
          ))}

          {ghost && (
            <g data-arch-path="ghost" aria-hidden="true">
              <polyline
                points={poly(routeAll(ghostPoints))}
                fill="none"
                stroke="var(--ink-3)"
                strokeWidth={1.5}
                strokeDasharray="5 4"
                strokeLinejoin="round"
                opacity={0.8}
              />
              {ghostPoints.map((q, i) => (
                <circle key={i} cx={q.x} cy={q.y} r={4} fill="var(--card)" stroke="var(--ink-3)" strokeWidth={1.5} />
              ))}
              {ghostPacket && (
                <rect
                  data-ghost-packet
                  x={ghostPacket.pt.x - r - 5}
                  y={ghostPacket.pt.y - r - 5}
                  width={2 * r + 10}
                  height={2 * r + 10}
                  rx={5}
                  fill="none"
                  stroke="var(--ink-2)"
                  strokeWidth={1.5}
                  strokeDasharray="4 3"
                />
              )}
            </g>
          )}

          <g data-arch-path="chosen">
            <polyline points={poly(routeAll(points))} fill="none" stroke="var(--rule-strong)" strokeWidth={2.5} strokeLinejoin="round" />
            <polyline points={poly(travelled)} fill="none" stroke="var(--accent)" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
            {steps.map((s, i) => {
              const q = points[i]!;
              const current = i === packet.step;
              const marks = markersOf(s);
              const lines = showLabels ? wrap(s.label, maxChars) : [];
              return (
                <g key={i} data-step={i} data-kind={s.kind} data-layer={s.layer}>
                  {current && <circle cx={q.x} cy={q.y} r={r + 4.5} fill="none" stroke="var(--accent)" strokeWidth={2.5} />}
                  <circle cx={q.x} cy={q.y} r={r} fill={stageColour(s.kind)} stroke="var(--card)" strokeWidth={2} />
                  <text x={q.x} y={q.y + 4} textAnchor="middle" fontSize={narrow ? 10 : 11} fontWeight={700} fill="var(--card)">
                    {i + 1}
                  </text>
                  {marks.map((m, j) => (
                    <g key={m} data-marker={m} transform={`translate(${q.x - r - 5 - j * 16} ${q.y - r - 4})`}>
                      <circle r={7.5} fill="var(--card)" stroke="var(--rule-strong)" strokeWidth={1} />
                      <MarkerGlyph marker={m} />
                    </g>
                  ))}
                  {lines.map((line, j) => (
                    <text
                      key={j}
                      x={q.x}
                      y={q.y + r + 17 + j * 13}
                      textAnchor="middle"
                      fontSize={11.5}
                      fontWeight={current ? 700 : 500}
                      fill={current ? 'var(--ink)' : 'var(--ink-2)'}
                    >
                      {line}
                    </text>
                  ))}
                </g>
              );
            })}
            <g
              data-packet
              data-packet-step={packet.step}
              data-moving={moving ? 'true' : 'false'}
              transform={`translate(${packet.pt.x.toFixed(1)} ${(packet.pt.y - r - 10).toFixed(1)})`}
            >
              <rect x={-8} y={-6} width={16} height={12} rx={2.5} fill="var(--accent)" stroke="var(--card)" strokeWidth={1.5} />
              {packet.done && steps.length < count && <path d="M-4 0 L-1 3 L4.5 -3" fill="none" stroke="var(--accent-ink)" strokeWidth={1.8} />}
            </g>
          </g>
        </svg>
      </div>
      {children(p)}
    </div>
  );
}
