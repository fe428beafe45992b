import { formatNumber } from '@/simulations/core/format';
import type { LineRateResult } from '@/simulations/models/line-rate';
import { metricParts, type LineRateMetric } from './metric-text';

type Stat = { id: string; label: string; value: string; unit: string; sub: string };

/** Big-number form: the unit "cycles" is already in the label. */
function metric(name: LineRateMetric, r: LineRateResult) {
  const { value, unit } = metricParts(name, r);
  return { value, unit: unit === 'cycles' ? '' : unit };
}

function stats(r: LineRateResult, linkGbps: number, cpuGhz: number): Stat[] {
  return [
    { id: 'pps', label: 'Packets per second', ...metric('pps', r), sub: `at 100 % load on ${linkGbps} GbE` },
    { id: 'ns', label: 'Time per packet', ...metric('nsPerPacket', r), sub: 'everything, per packet, on one core' },
    { id: 'cycles', label: 'Cycles per packet', ...metric('cyclesPerPacket', r), sub: `at ${formatNumber(cpuGhz, 1)} GHz` },
    {
      id: 'goodput',
      label: 'Frame throughput',
      ...metric('gbpsFrames', r),
      sub: `${formatNumber(r.frameShare * 100)} % of the wire; the rest is preamble and gap`,
    },
  ];
}

export function Readouts({ result, linkGbps, cpuGhz }: { result: LineRateResult; linkGbps: number; cpuGhz: number }) {
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-rule bg-rule lg:grid-cols-4">
      {stats(result, linkGbps, cpuGhz).map((s) => (
        <div key={s.id} className="bg-card px-3 py-3 sm:px-4">
          <dt className="text-[0.68rem] font-semibold uppercase tracking-wider text-ink-3">{s.label}</dt>
          <dd className="mt-1">
            <span className="tabular text-xl font-semibold tracking-tight text-ink sm:text-2xl" data-testid={`readout-${s.id}`}>
              {s.value}
            </span>
            {s.unit && <span className="ml-1 text-sm font-medium text-ink-2">{s.unit}</span>}
            <span className="mt-0.5 block text-xs leading-snug text-ink-3">{s.sub}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
