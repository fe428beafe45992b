'use client';
/**
 * What copies cost each stack at the chosen link speed and frame size, at the
 * rate it delivers: bytes copied per packet, the memory traffic (each copy
 * reads and writes), and the cores spent doing nothing but copying. Stacks that
 * pass buffers (zero copy) show none of it.
 */
import { formatNumber } from '@/simulations/core/format';
import { evaluateStack, copyLoad, STACKS } from '@/simulations/models/stacks';

type Props = { linkGbps: number; frameBytes: number; cores: number; stackIndex: number };

export function CopyCost({ linkGbps, frameBytes, cores, stackIndex }: Props) {
  const rows = STACKS.map((s, i) => {
    const r = evaluateStack({ stack: i, link_gbps: linkGbps, frame_bytes: frameBytes, load_pct: 100, cores });
    return { index: i, label: s.label, zeroCopy: s.zeroCopy, delivered: r.delivered_pps, ...copyLoad(s, frameBytes, r.delivered_pps) };
  });
  const maxBw = Math.max(1, ...rows.map((r) => r.memory_bytes_per_s));
  return (
    <figure className="font-sans" data-copy-cost>
      <figcaption className="mb-1 text-xs font-semibold text-ink-2">
        Copies at {linkGbps} GbE with {formatNumber(frameBytes)}-byte frames, at the rate each stack delivers on {cores} core{cores > 1 ? 's' : ''}
      </figcaption>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Copy cost per stack">
        <table className="w-full min-w-[32rem] text-xs">
          <thead>
            <tr className="text-left text-ink-2">
              {/* The stack column stays in view while a phone scrolls the table sideways. */}
              <th className="sticky left-0 z-[1] bg-card pb-1 font-medium">stack</th>
              <th className="pb-1 font-medium">bytes copied per packet</th>
              <th className="pb-1 font-medium">memory traffic</th>
              <th className="pb-1 font-medium">CPU copying</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-t border-rule align-top" data-stack-copies={STACKS[r.index]!.id}>
                <td className={`sticky left-0 z-[1] bg-card py-1 pr-2 ${r.index === stackIndex ? 'font-bold text-accent' : 'text-ink'}`}>{r.label}</td>
                <td className="py-1 pr-2 tabular text-ink">
                  {r.copies === 0 ? 'none (zero copy)' : `${formatNumber(r.bytes_per_packet)} B in ${r.copies} cop${r.copies > 1 ? 'ies' : 'y'}`}
                </td>
                <td className="py-1 pr-2 tabular text-ink">
                  {formatNumber(r.memory_bytes_per_s / 1e9, 2)} GB/s
                  <span className="mt-0.5 block h-1.5 rounded-full bg-paper-2">
                    <span className="block h-1.5 rounded-full bg-[var(--stage-cpu)]" style={{ width: `${(r.memory_bytes_per_s / maxBw) * 100}%` }} />
                  </span>
                </td>
                <td className="py-1 tabular text-ink">
                  {formatNumber(r.copy_ns_per_packet, 1)} ns/packet, {formatNumber(r.cores_copying, 2)} cores
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
