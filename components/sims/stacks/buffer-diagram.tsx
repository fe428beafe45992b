'use client';
/**
 * A packet's buffer on its way to the application, four beats per packet.
 * Copy mode: the NIC writes into a buffer (4 of them, used in turn), the CPU
 * copies the bytes into the application's buffer, the first buffer is freed,
 * the application reads its copy. Zero copy: a pool of buffers allocated once;
 * their numbers (addresses) wait on a free ring, the NIC writes into the one
 * at its head, the number moves to a ready ring, the application takes it and
 * reads the buffer in place, then puts the number back on the free ring. The
 * bytes never move; who owns the buffer does.
 */
import { useRef, type ReactNode } from 'react';
import { useElementWidth } from '@/components/hooks/use-element-width';
import { useOnScreen } from '@/components/hooks/use-on-screen';
import { BUFFER_PHASES, phaseText, type BufferJourney, type CopyJourney, type ZeroCopyJourney } from '@/simulations/models/stacks';
import { useStepPosition, type StepClock, type StepPosition } from './step-clock';

/** Buffers in the zero-copy pool, and copy mode's source buffers. */
export const POOL_SIZE = 6;
const SOURCE_SLOTS = 4;
/** Packets per loop of the animation: the pool goes round once. */
export const BUFFER_LOOP_STEPS = POOL_SIZE * BUFFER_PHASES;

type Pt = { x: number; y: number };
const lerp = (a: Pt, b: Pt, t: number): Pt => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

type Props = { journey: BufferJourney; bytes: number; clock: StepClock; children: (info: { packet: number; phase: number; text: string }) => ReactNode };

export function BufferDiagram({ journey, bytes, clock, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  const onScreen = useOnScreen(box);
  const p = useStepPosition(clock, onScreen);
  const packet = Math.floor(p.step / BUFFER_PHASES);
  const phase = p.step % BUFFER_PHASES;
  const text = phaseText(journey, phase, bytes, packet % POOL_SIZE);
  return (
    <div className="space-y-3">
      <div ref={box} className="w-full" data-buffer-diagram={journey.mode} data-phase={phase} data-moving={p.move > 0 ? 'true' : 'false'}>
        {journey.mode === 'copy' ? (
          <CopyPicture j={journey} width={width} packet={packet} phase={phase} p={p} />
        ) : (
          <ZeroPicture j={journey} width={width} packet={packet} phase={phase} p={p} />
        )}
      </div>
      {journey.mode === 'zero' && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 font-sans text-xs text-ink-2" aria-label="Who holds a buffer">
          {(Object.keys(OWNER_LABELS) as Array<keyof typeof OWNER_LABELS>).map((o) => (
            <li key={o} className="inline-flex items-center gap-1.5">
              <span
                className="inline-block h-3.5 w-3.5 rounded-sm border-2"
                style={{ borderColor: OWNER_COLOURS[o], borderStyle: o === 'free' ? 'dashed' : 'solid' }}
                aria-hidden="true"
              />
              {OWNER_LABELS[o]}
            </li>
          ))}
          <li>
            what moves: {journey.handle}, {journey.handleBytes} bytes, not the frame
          </li>
        </ul>
      )}
      {children({ packet, phase, text })}
    </div>
  );
}

const T = { fontSize: 11.5, fill: 'var(--ink-2)' } as const;
const TITLE = { fontSize: 11, fontWeight: 700, fill: 'var(--ink-2)', letterSpacing: '0.05em' } as const;

function Bytes({ x, y, w, h, opacity = 1 }: { x: number; y: number; w: number; h: number; opacity?: number }) {
  // A frame's bytes: a filled block with a few stripes, the same wherever it is.
  return (
    <g opacity={opacity} data-bytes>
      <rect x={x} y={y} width={w} height={h} rx={2} fill="var(--stage-dma)" />
      {[0.25, 0.5, 0.75].map((f) => (
        <line key={f} x1={x + w * f} x2={x + w * f} y1={y + 2} y2={y + h - 2} stroke="var(--card)" strokeOpacity={0.6} strokeWidth={1} />
      ))}
    </g>
  );
}

function NicBox({ x, y, w, h, active }: { x: number; y: number; w: number; h: number; active: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={6} fill="var(--paper-2)" stroke="var(--stage-nic)" strokeWidth={active ? 2.5 : 1.5} />
      <text x={x + w / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="var(--stage-nic)">
        NIC
      </text>
    </g>
  );
}

function AppBox({ x, y, w, h, active }: { x: number; y: number; w: number; h: number; active: boolean }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={6}
        fill={active ? 'var(--good-soft)' : 'var(--paper-2)'}
        stroke="var(--stage-app)"
        strokeWidth={active ? 2.5 : 1.5}
      />
      <text x={x + w / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="var(--stage-app)">
        App
      </text>
    </g>
  );
}

/** Text that fits `width` px at 11 px bold uppercase, or the fallback. */
function fit(text: string, width: number, fallback: string): string {
  return text.length * 7.4 <= width ? text : fallback;
}

function CopyPicture({ j, width, packet, phase, p }: { j: CopyJourney; width: number; packet: number; phase: number; p: StepPosition }) {
  const narrow = width < 520;
  const pad = 8;
  const nicW = narrow ? 44 : 60;
  const appW = narrow ? 44 : 60;
  const rowH = 44;
  const gap = 58;
  const y1 = 22;
  const y2 = y1 + rowH + gap;
  const height = y2 + rowH + 24;
  const srcX = pad + nicW + 14;
  const srcW = width - srcX - pad;
  const slotGap = 6;
  const slotW = (srcW - slotGap * (SOURCE_SLOTS - 1)) / SOURCE_SLOTS;
  const slotX = (i: number) => srcX + i * (slotW + slotGap);
  const slot = packet % SOURCE_SLOTS;
  const next = (packet + 1) % SOURCE_SLOTS;
  const dstW = Math.min(narrow ? 150 : 260, width - 2 * pad - appW - 24);
  const dstX = Math.min(srcX + srcW / 2 - dstW / 2, width - pad - appW - 14 - dstW);
  const appX = width - pad - appW;
  const bh = rowH - 18;
  const bw = Math.min(slotW, dstW) - 12;
  const inSlot = (i: number): Pt => ({ x: slotX(i) + (slotW - bw) / 2, y: y1 + 9 });
  const inNic: Pt = { x: pad + (nicW - bw * 0.5) / 2, y: y1 + 9 };
  const inDst: Pt = { x: dstX + (dstW - bw) / 2, y: y2 + 9 };
  const m = p.move;
  // State of each beat, then what moves on the way to the next one.
  const srcOpacity = phase === 0 ? 1 : phase === 1 ? 1 - m : 0;
  const dstOpacity = phase === 1 || phase === 2 ? 1 : phase === 3 ? 1 - m : 0;
  const flyingCopy = phase === 0 && m > 0 ? lerp(inSlot(slot), inDst, m) : undefined;
  const flyingDma = phase === 3 && m > 0 ? lerp(inNic, inSlot(next), m) : undefined;
  const cpuBusy = phase === 1 || (phase === 0 && m > 0);
  const srcMid = { x: slotX(slot) + slotW / 2, y: y1 + rowH };
  const dstMid = { x: dstX + dstW / 2, y: y2 };
  const chip = { w: narrow ? 46 : 96, h: 22 };
  const chipC = lerp(srcMid, dstMid, 0.5);
  const srcTag = j.source.memory === 'kernel' ? 'kernel memory' : 'process memory';
  const dstTag = j.dest.memory === 'kernel' ? 'kernel memory, mapped' : 'application memory';
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      className="block font-sans"
      aria-label={`Copy mode: the NIC writes into ${j.source.label}, the CPU copies into ${j.dest.label}, then the first buffer is freed.`}
    >
      <text x={srcX} y={13} {...TITLE}>
        {fit(`${j.source.label} · ${srcTag}`.toUpperCase(), srcW, srcTag.toUpperCase())}
      </text>
      <NicBox x={pad} y={y1} w={nicW} h={rowH} active={phase === 0 && m === 0} />
      {Array.from({ length: SOURCE_SLOTS }, (_, i) => (
        <rect
          key={i}
          data-source-slot={i}
          x={slotX(i)}
          y={y1}
          width={slotW}
          height={rowH}
          rx={4}
          fill="var(--card)"
          stroke={i === slot ? 'var(--stage-dma)' : 'var(--rule-strong)'}
          strokeWidth={i === slot ? 2 : 1}
          strokeDasharray={i === slot ? undefined : '3 2'}
        />
      ))}
      {srcOpacity > 0 && <Bytes x={inSlot(slot).x} y={y1 + 9} w={bw} h={bh} opacity={srcOpacity} />}
      {phase === 2 && (
        <text x={slotX(slot) + slotW / 2} y={y1 + rowH / 2 + 4} textAnchor="middle" {...T} fontWeight={700} fill="var(--warn)">
          freed
        </text>
      )}
      {cpuBusy && <line x1={srcMid.x} y1={srcMid.y} x2={dstMid.x} y2={dstMid.y} stroke="var(--warn)" strokeWidth={1.5} strokeDasharray="4 3" />}
      <g data-cpu={cpuBusy ? 'copying' : 'idle'}>
        <rect
          x={chipC.x - chip.w / 2}
          y={chipC.y - chip.h / 2}
          width={chip.w}
          height={chip.h}
          rx={5}
          fill={cpuBusy ? 'var(--warn-soft)' : 'var(--card)'}
          stroke={cpuBusy ? 'var(--warn)' : 'var(--rule-strong)'}
          strokeWidth={cpuBusy ? 2 : 1}
        />
        <text x={chipC.x} y={chipC.y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={cpuBusy ? 'var(--warn)' : 'var(--ink-3)'}>
          {narrow ? 'CPU' : 'CPU: memcpy'}
        </text>
      </g>
      <rect x={dstX} y={y2} width={dstW} height={rowH} rx={4} fill="var(--card)" stroke="var(--stage-app)" strokeWidth={1.5} />
      {dstOpacity > 0 && <Bytes x={inDst.x} y={inDst.y} w={bw} h={bh} opacity={dstOpacity} />}
      <text x={dstX} y={y2 + rowH + 14} {...TITLE}>
        {fit(
          `${j.dest.label} · ${dstTag}`.toUpperCase(),
          width - dstX - appW - pad,
          fit(j.dest.label.toUpperCase(), width - dstX - appW - pad, dstTag.toUpperCase()),
        )}
      </text>
      <AppBox x={appX} y={y2} w={appW} h={rowH} active={phase === 3} />
      {phase === 3 && (
        <line x1={appX} y1={y2 + rowH / 2} x2={dstX + dstW} y2={y2 + rowH / 2} stroke="var(--stage-app)" strokeWidth={1.5} strokeDasharray="4 3" />
      )}
      {flyingCopy && <Bytes x={flyingCopy.x} y={flyingCopy.y} w={bw} h={bh} />}
      {flyingDma && <Bytes x={flyingDma.x} y={flyingDma.y} w={bw * (0.5 + 0.5 * m)} h={bh} />}
    </svg>
  );
}

type Owner = 'free' | 'nic' | 'ready' | 'app';
export const OWNER_COLOURS: Record<Owner, string> = { free: 'var(--ink-3)', nic: 'var(--stage-dma)', ready: 'var(--stage-bypass)', app: 'var(--stage-app)' };
export const OWNER_LABELS: Record<Owner, string> = {
  free: 'free, waiting for the NIC',
  nic: 'being written by the NIC',
  ready: 'full, waiting for the application',
  app: 'the application’s',
};

function ZeroPicture({ j, width, packet, phase, p }: { j: ZeroCopyJourney; width: number; packet: number; phase: number; p: StepPosition }) {
  const narrow = width < 520;
  const pad = 8;
  const nicW = narrow ? 44 : 60;
  const appW = narrow ? 44 : 60;
  const rowH = 44;
  const y1 = 22;
  const y2 = y1 + rowH + 44;
  const tokenH = 22;
  const ringH = tokenH + 8;
  const height = y2 + ringH + 8;
  const poolX = pad + nicW + 14;
  const poolW = width - poolX - pad;
  const gap = 5;
  const bufW = (poolW - gap * (POOL_SIZE - 1)) / POOL_SIZE;
  const bufX = (i: number) => poolX + i * (bufW + gap);
  const cur = packet % POOL_SIZE;
  const next = (packet + 1) % POOL_SIZE;
  const ringGap = narrow ? 10 : 28;
  const avail = width - pad * 2 - appW - ringGap * 2;
  const tokenW = Math.min(38, (avail - 12) / (POOL_SIZE + 3));
  const freeW = tokenW * POOL_SIZE + 6;
  const readyW = tokenW * 3 + 6;
  const freeX = pad;
  const readyX = freeX + freeW + ringGap;
  const appX = Math.max(readyX + readyW + ringGap, width - pad - appW);
  const ty = y2 + 4;
  const freeSlot = (k: number): Pt => ({ x: freeX + 3 + k * tokenW, y: ty });
  const readySlot: Pt = { x: readyX + 3 + tokenW, y: ty };
  const appPt: Pt = { x: appX + (appW - tokenW) / 2, y: ty };
  const m = p.move;
  // Who holds each buffer: the current one goes NIC → ready ring → application → free ring.
  const curOwner: Owner = phase === 0 ? 'nic' : phase === 1 ? 'ready' : phase === 2 ? 'app' : 'free';
  const tokens: Array<{ b: number; pt: Pt; owner: Owner }> = [];
  for (let k = 1; k < POOL_SIZE; k++) {
    const b = (cur + k) % POOL_SIZE;
    // The numbers behind the head move up one place as the head leaves (beat 0 → 1).
    const pt = phase === 0 ? lerp(freeSlot(k), freeSlot(k - 1), m) : freeSlot(k - 1);
    tokens.push({ b, pt, owner: 'free' });
  }
  const tail = freeSlot(POOL_SIZE - 1);
  const curPt = phase === 0 ? lerp(freeSlot(0), readySlot, m) : phase === 1 ? lerp(readySlot, appPt, m) : phase === 2 ? lerp(appPt, tail, m) : tail;
  tokens.push({ b: cur, pt: curPt, owner: curOwner });
  const bytesOpacity = (i: number) => (i !== cur ? 0 : phase < 2 ? 1 : phase === 2 ? 1 - m : 0);
  const flyingDma = phase === 3 && m > 0 ? lerp({ x: pad + nicW / 2 - 10, y: y1 + 9 }, { x: bufX(next) + 5, y: y1 + 9 }, m) : undefined;
  const tw = tokenW - 3;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      className="block font-sans"
      aria-label={`Zero copy: buffers of the ${j.pool} are passed by number through the ${j.free} and the ${j.ready}; the bytes stay where the NIC wrote them.`}
    >
      <text x={poolX} y={13} {...TITLE}>
        {fit(j.pool.toUpperCase(), poolW, j.pool.split(' (')[0]!.toUpperCase())}
      </text>
      <NicBox x={pad} y={y1} w={nicW} h={rowH} active={phase === 0} />
      {Array.from({ length: POOL_SIZE }, (_, i) => {
        const o = i === cur ? curOwner : 'free';
        return (
          <g key={i} data-pool-buffer={i} data-owner={o}>
            <rect
              x={bufX(i)}
              y={y1}
              width={bufW}
              height={rowH}
              rx={4}
              fill="var(--card)"
              stroke={OWNER_COLOURS[o]}
              strokeWidth={i === cur ? 2.5 : 1.2}
              strokeDasharray={o === 'free' ? '3 2' : undefined}
            />
            {bytesOpacity(i) > 0 && <Bytes x={bufX(i) + 5} y={y1 + 9} w={bufW - 10} h={rowH - 18} opacity={bytesOpacity(i)} />}
            <text
              x={bufX(i) + bufW / 2}
              y={y1 + rowH + 13}
              textAnchor="middle"
              fontSize={10.5}
              fontWeight={i === cur ? 700 : 400}
              fill={i === cur ? 'var(--ink)' : 'var(--ink-3)'}
            >
              #{i}
            </text>
          </g>
        );
      })}
      {phase === 2 && (
        <line
          x1={appX + appW / 2}
          y1={y2}
          x2={bufX(cur) + bufW / 2}
          y2={y1 + rowH + 16}
          stroke="var(--stage-app)"
          strokeWidth={1.5}
          strokeDasharray="4 3"
          data-read-in-place
        />
      )}
      <text x={freeX} y={y2 - 7} {...TITLE}>
        {fit(j.freeShort.toUpperCase(), freeW, 'FREE')}
      </text>
      <rect x={freeX} y={y2} width={freeW} height={ringH} rx={5} fill="var(--paper-2)" stroke="var(--rule-strong)" />
      <text x={readyX} y={y2 - 7} {...TITLE}>
        {fit(j.readyShort.toUpperCase(), readyW + ringGap, 'READY')}
      </text>
      <rect x={readyX} y={y2} width={readyW} height={ringH} rx={5} fill="var(--paper-2)" stroke="var(--rule-strong)" />
      <AppBox x={appX} y={y2} w={appW} h={ringH} active={phase === 2} />
      {tokens.map(({ b, pt, owner }) => (
        <g key={b} data-token={b} data-owner={owner} transform={`translate(${pt.x.toFixed(1)} ${pt.y.toFixed(1)})`}>
          <rect width={tw} height={tokenH} rx={4} fill={b === cur ? OWNER_COLOURS[owner] : 'var(--card)'} stroke={OWNER_COLOURS[owner]} strokeWidth={1.5} />
          <text x={tw / 2} y={tokenH / 2 + 4} textAnchor="middle" fontSize={10.5} fontWeight={700} fill={b === cur ? 'var(--card)' : OWNER_COLOURS[owner]}>
            #{b}
          </text>
        </g>
      ))}
      {flyingDma && <Bytes x={flyingDma.x} y={flyingDma.y} w={20 + (bufW - 30) * m} h={rowH - 18} />}
    </svg>
  );
}
