'use client';
/** Where each CPU's time went so far: hard IRQ, softirq, ksoftirqd, application, busy polling, idle. */
import { type ReceivePathSim, CORE_ACTIVITIES, type CoreActivity } from '@/simulations/models/receive-path';
import { useCpuName } from './cpu-names';
import { ACTIVITY_WORDS } from './pipeline';

const COLOUR: Record<CoreActivity, string> = {
  idle: 'var(--paper-2)',
  hardirq: 'var(--stage-irq)',
  softirq: 'var(--stage-softirq)',
  ksoftirqd: 'color-mix(in srgb, var(--stage-softirq) 55%, var(--card))',
  app: 'var(--stage-app)',
  busy_poll: 'color-mix(in srgb, var(--stage-app) 55%, var(--card))',
};

export function CpuBars({ sim }: { sim: ReceivePathSim; version: number }) {
  const cpuName = useCpuName();
  const times = sim.cpuTime();
  const total = Math.max(1, sim.now);
  return (
    <figure className="font-sans" data-cpu-bars>
      <figcaption className="mb-1.5 text-xs font-semibold text-ink-2">Where each CPU’s time went</figcaption>
      <div className="space-y-1.5">
        {times.map((t, cpu) => (
          <div key={cpu} className="flex items-center gap-2">
            <span className="w-12 shrink-0 text-xs tabular text-ink-2">CPU {cpuName(cpu)}</span>
            <div
              className="flex h-4 min-w-0 flex-1 overflow-hidden rounded border border-rule"
              role="img"
              aria-label={`CPU ${cpuName(cpu)}: ${CORE_ACTIVITIES.map((a) => `${ACTIVITY_WORDS[a]} ${Math.round((t[a] / total) * 100)} %`).join(', ')}`}
            >
              {CORE_ACTIVITIES.map((a) =>
                t[a] > 0 ? (
                  <div
                    key={a}
                    style={{ width: `${(t[a] / total) * 100}%`, background: COLOUR[a] }}
                    title={`${ACTIVITY_WORDS[a]} ${Math.round((t[a] / total) * 100)} %`}
                  />
                ) : null,
              )}
            </div>
          </div>
        ))}
      </div>
      <div className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-[0.7rem] text-ink-2">
        {CORE_ACTIVITIES.map((a) => (
          <span key={a} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm border border-rule" style={{ background: COLOUR[a] }} />
            {ACTIVITY_WORDS[a]}
          </span>
        ))}
      </div>
    </figure>
  );
}
