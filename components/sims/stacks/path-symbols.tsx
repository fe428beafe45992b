/**
 * The marks of the data-path figures: a colour per kind of step (the pipeline
 * stage tokens), and one symbol each for an interrupt, a system call and a
 * copy by the CPU, drawn the same in the diagram, the step list and the legend.
 */
import type { PathStep, StepKind } from '@/simulations/models/stacks';

/** Each kind of step takes the colour of its pipeline stage (app/globals.css --stage-…). */
export const KIND_STAGE: Record<StepKind, string> = {
  arrive: 'wire',
  dma: 'dma',
  interrupt: 'irq',
  napi: 'softirq',
  skb: 'softirq',
  hook: 'softirq',
  xdp: 'bypass',
  protocol: 'stack',
  wakeup: 'cpu',
  syscall: 'socket',
  copy: 'socket',
  ring: 'bypass',
  poll: 'bypass',
  driver: 'bypass',
  intercept: 'bypass',
  app: 'app',
};

export const stageColour = (kind: StepKind) => `var(--stage-${KIND_STAGE[kind]})`;

export type Marker = 'interrupt' | 'syscall' | 'copy';
export const MARKERS: readonly Marker[] = ['interrupt', 'syscall', 'copy'];
export const MARKER_LABELS: Record<Marker, string> = { interrupt: 'interrupt', syscall: 'system call', copy: 'copy by the CPU' };
export const MARKER_COLOURS: Record<Marker, string> = { interrupt: 'var(--stage-irq)', syscall: 'var(--stage-socket)', copy: 'var(--warn)' };

export function markersOf(step: Pick<PathStep, 'interrupt' | 'syscall' | 'copy'>): Marker[] {
  return MARKERS.filter((m) => step[m]);
}

/** One marker symbol centred on (0, 0), about 12 px across. */
export function MarkerGlyph({ marker }: { marker: Marker }) {
  const c = MARKER_COLOURS[marker];
  switch (marker) {
    case 'interrupt':
      // A lightning bolt.
      return <path d="M1.5 -6.5 L-4 1 H-0.5 L-1.5 6.5 L4 -1 H0.5 Z" fill={c} />;
    case 'syscall':
      // A diamond: the gate between user space and the kernel.
      return <path d="M0 -5.5 L5.5 0 L0 5.5 L-5.5 0 Z" fill={c} />;
    case 'copy':
      // Two overlapping pages.
      return (
        <g fill="var(--card)" stroke={c} strokeWidth={1.6}>
          <rect x={-5} y={-5} width={7} height={7} rx={1} />
          <rect x={-2} y={-2} width={7} height={7} rx={1} />
        </g>
      );
  }
}

/** A marker as an inline icon in HTML text. */
export function MarkerIcon({ marker, className = '' }: { marker: Marker; className?: string }) {
  return (
    <svg
      viewBox="-7 -7 14 14"
      width="14"
      height="14"
      className={`inline-block shrink-0 align-[-2px] ${className}`}
      aria-hidden="true"
      data-marker-icon={marker}
    >
      <MarkerGlyph marker={marker} />
    </svg>
  );
}
