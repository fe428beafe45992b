'use client';
/**
 * The compact control used by the smaller panels: a sentence whose numbers are
 * controls. "On a [10 GbE] link with [64 B] frames, a packet arrives every 67.2 ns."
 */
import { ScrubbableNumber } from '@/components/controls/scrubbable-number';
import { lineRateParams, type LineRateResult } from '@/simulations/models/line-rate';
import { metricText } from './metric-text';

type Props = {
  linkGbps: number;
  frameBytes: number;
  cpuGhz: number;
  result: LineRateResult;
  set: (v: { linkGbps?: number; frameBytes?: number; cpuGhz?: number }) => void;
  withClock?: boolean;
};

export function LineRateSentence({ linkGbps, frameBytes, cpuGhz, result, set, withClock = false }: Props) {
  return (
    <p className="text-[0.95rem] leading-8 text-ink" data-testid="line-rate-sentence">
      On a{' '}
      <label className="inline">
        <span className="sr-only">Link speed</span>
        <select
          value={linkGbps}
          onChange={(e) => set({ linkGbps: Number(e.currentTarget.value) })}
          className="tabular cursor-pointer rounded border border-rule bg-paper-2 px-1 py-0.5 font-semibold text-accent"
        >
          {lineRateParams.linkGbps.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>{' '}
      link with <ScrubbableNumber spec={lineRateParams.frameBytes} value={frameBytes} onChange={(v) => set({ frameBytes: v })} label="Frame size" /> frames, a
      packet arrives every <strong className="tabular font-semibold">{metricText('nsPerPacket', result)}</strong> —{' '}
      <strong className="tabular font-semibold">{metricText('pps', result)}</strong> packets a second
      {withClock ? (
        <>
          . On a <ScrubbableNumber spec={lineRateParams.cpuGhz} value={cpuGhz} onChange={(v) => set({ cpuGhz: v })} label="CPU clock" /> core that is{' '}
          <strong className="tabular font-semibold">{metricText('cyclesPerPacket', result)}</strong> per packet.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}
