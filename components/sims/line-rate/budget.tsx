/**
 * What fits in one packet's time. Each operation is drawn as blocks of its own
 * duration laid end to end; the dashed line is the budget. Count the solid
 * blocks before the line. Below, measured whole packet paths on one core.
 */
import { formatDuration, formatNumber } from '@/simulations/core/format';
import type { LineRateResult } from '@/simulations/models/line-rate';

/** The track spans this many budgets, so overruns stay visible. */
const TRACK_BUDGETS = 2;
const MAX_BLOCKS = 60;

function fitsText(fits: number): string {
  if (fits >= 1) return `${formatNumber(fits, fits < 10 ? 1 : 0)} fit`;
  return `one spans ${formatNumber(1 / fits, 1 / fits < 10 ? 1 : 0)} packets`;
}

function Blocks({ costNs, budgetNs, single }: { costNs: number; budgetNs: number; single?: boolean }) {
  const track = TRACK_BUDGETS * budgetNs;
  const width = Math.min(1, costNs / track);
  const count = single ? 1 : Math.min(MAX_BLOCKS, Math.ceil(track / costNs));
  return (
    <div className="relative h-5 rounded-sm bg-paper-2" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => {
        const start = (i * costNs) / track;
        if (start >= 1) return null;
        const end = Math.min(1, start + width);
        const withinBudget = (i + 1) * costNs <= budgetNs + 1e-9;
        return (
          <div
            key={i}
            className={`absolute top-0.5 bottom-0.5 rounded-[2px] border ${withinBudget ? 'border-card bg-accent' : 'border-warn/70 bg-warn/25'}`}
            style={{ left: `${start * 100}%`, width: `${(end - start) * 100}%` }}
          />
        );
      })}
      {costNs > track && <span className="absolute right-1 top-0 text-xs font-bold leading-5 text-warn">»</span>}
      <div className="absolute -top-1 -bottom-1 border-l-2 border-dashed border-ink" style={{ left: `${100 / TRACK_BUDGETS}%` }} />
    </div>
  );
}

export function Budget({ result }: { result: LineRateResult }) {
  const budgetNs = result.nsPerPacket;
  const row = 'grid grid-cols-[minmax(0,9.5rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-0.5 sm:grid-cols-[11.5rem_minmax(0,1fr)_8.5rem]';
  return (
    <div className="space-y-5">
      <div className="relative text-xs text-ink-2">
        <div className={row}>
          <span />
          <div className="relative h-4">
            <span className="absolute -translate-x-1/2 whitespace-nowrap font-semibold text-ink" style={{ left: `${100 / TRACK_BUDGETS}%` }}>
              budget: {formatDuration(budgetNs)}
            </span>
          </div>
        </div>
      </div>
      <ul className="space-y-2.5" aria-label="Operations that fit in one packet's time">
        {result.budget.map(({ cost, fits }) => (
          <li key={cost.id} className={row} data-testid={`budget-${cost.id}`}>
            <span className="text-sm text-ink">
              {cost.label} <span className="tabular text-ink-3">{formatDuration(cost.ns)}</span>
            </span>
            <Blocks costNs={cost.ns} budgetNs={budgetNs} />
            <span className={`tabular col-start-2 text-xs sm:col-start-auto sm:text-right ${fits >= 1 ? 'text-ink-2' : 'font-semibold text-warn'}`}>
              {fitsText(fits)}
            </span>
          </li>
        ))}
      </ul>
      <div className="border-t border-rule pt-4">
        <p className="mb-2.5 text-xs font-semibold uppercase tracking-wider text-ink-3">Measured: one core handling every packet</p>
        <ul className="space-y-2.5" aria-label="Measured packet paths on one core">
          {result.paths.map(({ path, nsPerPacket, coresNeeded }) => (
            <li key={path.id} className={row} data-testid={`path-${path.id}`}>
              <span className="text-sm text-ink">
                {path.label} <span className="tabular text-ink-3">{formatDuration(nsPerPacket)}</span>
              </span>
              <Blocks costNs={nsPerPacket} budgetNs={budgetNs} single />
              <span
                className={`tabular col-start-2 text-xs sm:col-start-auto sm:text-right ${coresNeeded > 1 ? 'font-semibold text-warn' : 'font-semibold text-good'}`}
              >
                {coresNeeded > 1 ? `needs ${coresNeeded} cores` : 'one core keeps up'}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
