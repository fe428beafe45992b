'use client';
/** The view of the line-rate simulation; `panel` picks which parts a figure shows. */
import { ParamControl } from '@/components/controls/param-control';
import { Segmented } from '@/components/controls/segmented';
import { SimCard } from '@/components/sims/sim-card';
import { LiveSummary } from '@/components/sims/live-summary';
import type { SimulationViewProps } from '@/components/sims/view-props';
import { formatNumber } from '@/lib/format';
import { lineRateParams } from '@/simulations/line-rate.entry';
import { lineRate } from '@/simulations/models/line-rate';
import { Budget } from './budget';
import { FrameAnatomy } from './frame-anatomy';
import { PpsChart } from './pps-chart';
import { Readouts } from './readouts';
import { metricText } from './metric-text';
import { LineRateSentence } from './sentence';
import { WireStrip } from './wire-strip';

const panelBox = 'rounded-xl border border-rule bg-card p-4 sm:p-5';

export function LineRateView({ entry, panel, values, set, reset }: SimulationViewProps) {
  const linkGbps = Number(values.linkGbps);
  const frameBytes = Number(values.frameBytes);
  const cpuGhz = Number(values.cpuGhz);
  const result = lineRate({ linkGbps, frameBytes, cpuGhz });
  const sentence = { linkGbps, frameBytes, cpuGhz, result, set };
  const summary = `${linkGbps} GbE with ${formatNumber(frameBytes)}-byte frames: ${metricText('pps', result)} packets per second, one every ${metricText('nsPerPacket', result)}, ${metricText('cyclesPerPacket', result)} at ${formatNumber(cpuGhz, 1)} GHz.`;

  switch (panel) {
    case 'teaser':
      return (
        <div className="space-y-3">
          <LineRateSentence {...sentence} />
          <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} />
          <LiveSummary text={summary} />
        </div>
      );
    case 'wire':
      return (
        <div className={`${panelBox} space-y-4`}>
          <LineRateSentence {...sentence} />
          <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} />
          <FrameAnatomy frameBytes={frameBytes} />
        </div>
      );
    case 'budget':
      return (
        <div className={`${panelBox} space-y-4`}>
          <LineRateSentence {...sentence} withClock />
          <Budget result={result} />
        </div>
      );
    case 'chart':
      return (
        <div className={`${panelBox} space-y-3`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <LineRateSentence {...sentence} />
          </div>
          <PpsChart linkGbps={linkGbps} frameBytes={frameBytes} onFrameBytes={(v) => set({ frameBytes: v })} />
          <div className="flex flex-wrap items-center gap-2 text-xs text-ink-2">
            <span id="chart-link-label">Highlight</span>
            <Segmented label="Highlighted link speed" options={lineRateParams.linkGbps.options} value={linkGbps} onChange={(v) => set({ linkGbps: v })} size="sm" />
          </div>
        </div>
      );
    default:
      return (
        <SimCard entry={entry} values={values} set={set} reset={reset}>
          <div className="grid gap-x-6 gap-y-4 md:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)]">
            {(Object.keys(lineRateParams) as Array<keyof typeof lineRateParams>).map((name) => (
              <ParamControl key={name} spec={lineRateParams[name]} value={values[name]!} onChange={(v) => set({ [name]: v })} />
            ))}
          </div>
          <div className="mt-4">
            <Readouts result={result} linkGbps={linkGbps} cpuGhz={cpuGhz} />
          </div>
          <div className="mt-5">
            <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} />
          </div>
          <LiveSummary text={summary} />
        </SimCard>
      );
  }
}
