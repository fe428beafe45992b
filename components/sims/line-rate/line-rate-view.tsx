'use client';
/** The view of the line-rate simulation; `panel` picks which parts a figure shows. */
import { ParamControl } from '@/components/controls/param-control';
import { Segmented } from '@/components/controls/segmented';
import { panelLabel, SimulationFrame } from '@/components/sims/frame/simulation-frame';
import { ClockTransport } from '@/components/sims/frame/transport';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatNumber } from '@/simulations/core/format';
import { lineRateParams, type LineRateResult } from '@/simulations/models/line-rate';
import { Budget } from './budget';
import { FrameAnatomy } from './frame-anatomy';
import { PpsChart } from './pps-chart';
import { Readouts } from './readouts';
import { metricText } from './metric-text';
import { LineRateSentence } from './sentence';
import { useWireClock, WireStrip } from './wire-strip';

/** Region names, so the four figures of chapter 1 are distinct landmarks. */
const PANEL_NAMES: Record<string, string> = {
  full: 'every parameter',
  wire: 'frames on the wire',
  budget: 'the time budget',
  chart: 'packets per second against frame size',
};

export function LineRateView({ entry, panel, values, result, set, playback, frame }: AnalyticViewProps<typeof lineRateParams, LineRateResult>) {
  const { linkGbps, frameBytes, cpuGhz } = values;
  const clock = useWireClock(linkGbps, frameBytes, true, playback);
  const sentence = { linkGbps, frameBytes, cpuGhz, result, set };
  const summary = `${linkGbps} GbE with ${formatNumber(frameBytes)}-byte frames: ${metricText('pps', result)} packets per second, one every ${metricText('nsPerPacket', result)}, ${metricText('cyclesPerPacket', result)} at ${formatNumber(cpuGhz, 1)} GHz.`;

  if (panel === 'teaser') {
    // The home page's hero: the bare strip with its transport, no frame around it.
    return (
      <div className="space-y-3">
        <LineRateSentence {...sentence} />
        <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} clock={clock} />
        <ClockTransport clock={clock} />
        <LiveSummary text={summary} />
      </div>
    );
  }

  const framed = { ...frame, label: panelLabel(entry.title, panel, PANEL_NAMES), parameters: 'none' as const };
  switch (panel) {
    case 'wire':
      return (
        <SimulationFrame {...framed} clock={clock}>
          <LineRateSentence {...sentence} />
          <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} clock={clock} />
          <FrameAnatomy frameBytes={frameBytes} />
        </SimulationFrame>
      );
    case 'budget':
      return (
        <SimulationFrame {...framed}>
          <LineRateSentence {...sentence} withClock />
          <Budget result={result} />
        </SimulationFrame>
      );
    case 'chart':
      return (
        <SimulationFrame {...framed}>
          <LineRateSentence {...sentence} />
          <PpsChart linkGbps={linkGbps} frameBytes={frameBytes} onFrameBytes={(v) => set({ frameBytes: v })} />
          <div className="flex flex-wrap items-center gap-2 text-xs text-ink-2">
            <span id="chart-link-label">Highlight</span>
            <Segmented
              label="Highlighted link speed"
              options={lineRateParams.linkGbps.options}
              value={linkGbps}
              onChange={(v) => set({ linkGbps: v })}
              size="sm"
            />
          </div>
        </SimulationFrame>
      );
    default:
      // The parameters are the point of this figure, so they stand above the readouts rather than folded away.
      return (
        <SimulationFrame {...framed} clock={clock}>
          <div className="grid gap-x-6 gap-y-4 md:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)]">
            {(Object.keys(lineRateParams) as Array<keyof typeof lineRateParams>).map((name) => (
              <ParamControl key={name} spec={lineRateParams[name]} value={values[name]!} onChange={(v) => set({ [name]: v })} />
            ))}
          </div>
          <Readouts result={result} linkGbps={linkGbps} cpuGhz={cpuGhz} />
          <WireStrip frameBytes={frameBytes} linkGbps={linkGbps} clock={clock} />
          <LiveSummary text={summary} />
        </SimulationFrame>
      );
  }
}
