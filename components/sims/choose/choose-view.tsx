'use client';
/**
 * The view of the `choose-stack` entry (chapter 8): the requirements form, the
 * recommendation with its reasons, and every stack side by side. Analytic, so
 * the answer follows each change at once; the URL carries the form.
 */
import { LiveSummary } from '@/components/sims/frame/live-summary';
import { panelLabel, SimulationFrame } from '@/components/sims/frame/simulation-frame';
import type { AnalyticViewProps } from '@/components/sims/frame/view-props';
import { formatRate } from '@/simulations/core/format';
import type { chooseParams, ChooseResult, Verdict } from '@/simulations/models/choose';
import { ComparisonTable } from './comparison-table';
import { RecommendationPanel } from './recommendation-panel';
import { RequirementsForm } from './requirements-form';

const PANEL_NAMES: Record<string, string> = { full: 'the guide', table: 'every stack side by side' };

function against(v: Verdict): string {
  const r = v.reasons.find((x) => x.fit === 'fails') ?? v.reasons.find((x) => x.fit === 'partly');
  return r ? `${v.fit}: ${r.text}` : v.fit;
}

export function summaryText(r: ChooseResult): string {
  const top = r.ranked[0]!;
  const meeting = r.ranked.filter((v) => v.fit === 'meets').length;
  const head =
    top.fit === 'meets'
      ? `Recommended: ${top.label}, which meets every requirement.`
      : `Nothing meets every requirement; the closest is ${top.label} (${against(top)})`;
  const runners = r.ranked.slice(1, 3).map((v) => `${v.label} (${v.fit === 'meets' ? 'also meets them' : against(v)})`);
  return `${head} Runners-up: ${runners.join('; ')}. ${meeting} of ${r.ranked.length} stacks meet all requirements, at ${formatRate(r.required_pps)} to take.`;
}

export function ChooseView({ entry, panel, values, result, set, frame }: AnalyticViewProps<typeof chooseParams, ChooseResult>) {
  const table = <ComparisonTable result={result} />;
  return (
    // Every requirement is in the form above the answer, so no folded panel repeats them.
    <SimulationFrame {...frame} label={panelLabel(entry.title, panel, PANEL_NAMES)} parameters="none">
      {panel === 'table' ? (
        table
      ) : (
        <>
          <RequirementsForm values={values} set={set} />
          <RecommendationPanel result={result} />
          {table}
        </>
      )}
      <LiveSummary text={summaryText(result)} />
    </SimulationFrame>
  );
}
