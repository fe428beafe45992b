/**
 * One frame and its wire overhead drawn to scale, with a legend that stays
 * readable when a part is only a sliver (a 7-byte preamble next to 1,472 bytes).
 */
import { formatNumber } from '@/simulations/core/format';
import { wireSegments, type WireSegment } from '@/simulations/core/ethernet';

const parts: Record<WireSegment['part'], { label: string; colour: string; hint: string }> = {
  preamble: { label: 'Preamble', colour: 'var(--frame-overhead)', hint: 'clock sync' },
  sfd: { label: 'SFD', colour: 'var(--frame-overhead)', hint: 'start of frame' },
  header: { label: 'Header', colour: 'var(--frame-header)', hint: 'MACs + EtherType' },
  payload: { label: 'Payload', colour: 'var(--frame-payload)', hint: 'IP packet' },
  fcs: { label: 'FCS', colour: 'var(--frame-fcs)', hint: 'CRC-32' },
  ifg: { label: 'Gap', colour: 'transparent', hint: 'inter-frame gap' },
};

export function FrameAnatomy({ frameBytes }: { frameBytes: number }) {
  const segments = wireSegments(frameBytes);
  const total = segments.reduce((s, seg) => s + seg.bytes, 0);
  let x = 0;
  return (
    <div>
      <svg viewBox={`0 0 ${total} 10`} preserveAspectRatio="none" className="block h-4 w-full overflow-visible rounded-sm" aria-hidden="true">
        {segments.map((seg) => {
          const rect = (
            <rect
              key={seg.part}
              x={x}
              y={0}
              width={seg.bytes}
              height={10}
              fill={parts[seg.part].colour}
              stroke={seg.part === 'ifg' ? 'var(--rule-strong)' : 'none'}
              strokeDasharray={seg.part === 'ifg' ? '2 2' : undefined}
              vectorEffect="non-scaling-stroke"
            />
          );
          x += seg.bytes;
          return rect;
        })}
      </svg>
      <ul
        className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-2"
        aria-label={`One ${frameBytes}-byte frame on the wire: ${total} bytes of wire time`}
      >
        {segments.map((seg) => (
          <li key={seg.part} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm border border-rule-strong" style={{ background: parts[seg.part].colour }} />
            <span className="font-medium text-ink">{parts[seg.part].label}</span>
            <span className="tabular">{formatNumber(seg.bytes)} B</span>
            <span className="hidden text-ink-3 sm:inline">· {parts[seg.part].hint}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
