'use client';
/**
 * Ties one catalog entry to its view and to the prose components that share
 * its store. Each simulation's binding lives in its own module
 * (components/sims/<family>/<id>.binding.tsx) and is loaded per simulation id, so a page's
 * JavaScript carries only the models of the simulations it shows, not the
 * whole catalog (simulations/catalog.ts stays the single registry; only the
 * browser's way of reaching an entry is split: frame/bindings.ts).
 */
import { useEffect, useMemo, type ComponentType, type MouseEvent, type ReactNode } from 'react';
import { ScrubbableNumber } from '@/components/controls/scrubbable-number';
import { metricString } from '@/lib/format-metric';
import { writeSimQuery } from '@/lib/url/sim-query';
import type { AnalyticEntry, AnySimulationEntry, EventEntry } from '@/simulations/core/entry-types';
import { defaultValues, withDefaults, type ParamSpecs, type ParamValues } from '@/simulations/core/params';
import { NoticeBar } from './notice-bar';
import { useSim } from './use-sim';
import type { AnalyticViewProps, EventViewProps, OffThreadViewProps, ViewProps } from './view-props';

/** What a prose component asks of a simulation: the figure, an inline control, a live number or a preset link. */
export type BindingProps =
  | { use: 'simulation'; panel?: string; title?: string; params?: Partial<ParamValues<ParamSpecs>> }
  | { use: 'param'; name: string }
  | { use: 'live'; metric: string }
  | { use: 'preset'; preset: string; children: ReactNode }
  /** Draws nothing: rendering it fetches the binding's code (through the same import as the figure), then its model. */
  | { use: 'preload'; onDone: (ok: boolean) => void };

type Options = {
  /** What the view fetches later still, beyond its module and model (a Web Worker), for a slide deck that must work offline. */
  preload?: () => unknown;
};

/**
 * Ties an entry to its view. An analytic entry's result is computed here,
 * once per change of values, and handed to the view with the typed values;
 * an entry whose result is computed off the main thread (`offThread`, a sweep
 * in a Web Worker) and an event entry (stepped live by its view) hand over
 * the values alone.
 */
export function bindEntry<S extends ParamSpecs, R>(
  entry: AnalyticEntry<S, R>,
  View: ComponentType<OffThreadViewProps<S, R>>,
  options: Options & { offThread: true },
): ComponentType<BindingProps>;
export function bindEntry<S extends ParamSpecs, R>(
  entry: AnalyticEntry<S, R>,
  View: ComponentType<AnalyticViewProps<S, R>>,
  options?: Options,
): ComponentType<BindingProps>;
export function bindEntry<S extends ParamSpecs, Summary, Live>(
  entry: EventEntry<S, Summary, Live>,
  View: ComponentType<EventViewProps<S, Summary, Live>>,
  options?: Options,
): ComponentType<BindingProps>;
export function bindEntry(
  entry: AnySimulationEntry,
  TypedView: unknown,
  { preload, offThread = false }: Options & { offThread?: boolean } = {},
): ComponentType<BindingProps> {
  // Each overload above checks the view against its entry; here they are one shape.
  const View = TypedView as ComponentType<AnyViewProps>;
  // A result in parts (`chunks`) is a Web Worker's to compute, whatever the binding says.
  const computes = entry.kind === 'analytic' && !offThread && !entry.chunks;
  function Binding(props: BindingProps) {
    switch (props.use) {
      case 'simulation':
        return (
          <BoundSimulation entry={entry} View={View} computes={computes} panel={props.panel ?? entry.panels[0]} title={props.title} params={props.params} />
        );
      case 'param':
        return entry.params[props.name] ? <BoundParam entry={entry} name={props.name} /> : <UnknownInline what={`${entry.id}.${props.name}`} />;
      case 'live':
        // Only analytic models answer synchronously; event-driven ones show figures in their views.
        return entry.kind === 'analytic' && entry.metrics[props.metric] ? (
          <BoundLive entry={entry} metric={props.metric} />
        ) : (
          <UnknownInline what={`${entry.id}.${props.metric}`} />
        );
      case 'preset':
        return entry.presets.some((p) => p.id === props.preset) ? (
          <BoundPreset entry={entry} id={props.preset}>
            {props.children}
          </BoundPreset>
        ) : (
          <UnknownInline what={`preset ${entry.id}.${props.preset}`} />
        );
      case 'preload':
        return <PreloadModel entry={entry} preload={preload} onDone={props.onDone} />;
    }
  }
  Binding.displayName = `Binding(${entry.id})`;
  return Binding;
}

function PreloadModel({ entry, preload, onDone }: { entry: AnySimulationEntry; preload?: () => unknown; onDone: (ok: boolean) => void }) {
  useEffect(() => {
    Promise.all([entry.kind === 'event' ? entry.load() : undefined, preload?.()]).then(
      () => onDone(true),
      () => onDone(false),
    );
    // Once per mount: the callback's identity does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry, preload]);
  return null;
}

export function UnknownInline({ what }: { what: string }) {
  return <span className="rounded bg-warn-soft px-1 font-sans text-sm text-warn">[unknown {what}]</span>;
}

/** The props every view shape shares, as the binding sees them (its entry's specs are not known here). */
type AnyViewProps = ViewProps<ParamSpecs, AnySimulationEntry> & { result?: unknown };

function BoundSimulation({
  entry,
  View,
  computes,
  panel,
  title,
  params,
}: {
  entry: AnySimulationEntry;
  View: ComponentType<AnyViewProps>;
  computes: boolean;
  panel: string;
  title?: string;
  params?: Partial<ParamValues<ParamSpecs>>;
}) {
  const { store, state, ownsNotices } = useSim(entry, params, { showsNotices: true });
  const set = (v: Partial<ParamValues<ParamSpecs>>) => store.set(v);
  const reset = () => store.reset();
  // The store hands out a new values object only when a value changes.
  const result = useMemo(() => (computes && entry.kind === 'analytic' ? entry.evaluate(state.values) : undefined), [computes, entry, state.values]);
  return (
    <div data-simulation={entry.id} data-panel={panel} className="font-sans">
      {ownsNotices && state.notices.length > 0 && <NoticeBar notices={state.notices} onDismiss={() => store.dismissNotices()} />}
      <View
        entry={entry}
        panel={panel}
        values={state.values}
        result={result}
        set={set}
        reset={reset}
        seed={state.seed}
        setSeed={(n) => store.setSeed(n)}
        playback={store.playback}
        frame={{ entry, values: state.values, set, reset, title }}
      />
    </div>
  );
}

function BoundParam({ entry, name }: { entry: AnySimulationEntry; name: string }) {
  const spec = entry.params[name]!;
  const { store, state } = useSim(entry);
  const value = state.values[name]!;
  if (spec.kind === 'number') {
    return (
      <ScrubbableNumber spec={spec} value={Number(value)} onChange={(v) => store.set({ [name]: v })} label={spec.label} className="font-sans text-[0.95em]" />
    );
  }
  if (spec.kind === 'choice') {
    return (
      <select
        aria-label={spec.label}
        value={Number(value)}
        onChange={(e) => store.set({ [name]: Number(e.currentTarget.value) })}
        className="tabular cursor-pointer rounded border border-rule bg-paper-2 px-1 font-sans text-[0.9em] font-semibold text-accent"
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <button
      type="button"
      aria-pressed={Boolean(value)}
      onClick={() => store.set({ [name]: !value })}
      className="font-sans font-semibold text-accent underline decoration-dotted"
    >
      {value ? 'on' : 'off'}
    </button>
  );
}

function BoundLive({ entry, metric }: { entry: AnySimulationEntry & { kind: 'analytic' }; metric: string }) {
  const m = entry.metrics[metric]!;
  const { state } = useSim(entry);
  return (
    <output className="tabular whitespace-nowrap font-semibold" data-live={`${entry.id}.${metric}`}>
      {metricString(m, entry.evaluate(state.values))}
    </output>
  );
}

function BoundPreset({ entry, id, children }: { entry: AnySimulationEntry; id: string; children: ReactNode }) {
  const preset = entry.presets.find((p) => p.id === id)!;
  const { store } = useSim(entry);
  const values = withDefaults(entry.params, preset.values);
  const href = writeSimQuery('', entry.id, values, defaultValues(entry.params)) || '?';
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    store.set(values);
    const frame = document.querySelector<HTMLElement>(`[data-sim-frame="${entry.id}"]`);
    frame?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    // After the store's update renders, the preset's own button is pressed: focus lands there.
    requestAnimationFrame(() => frame?.querySelector<HTMLElement>(`[data-preset="${id}"]`)?.focus({ preventScroll: true }));
  };
  return (
    <a href={href} onClick={onClick} data-preset-link={`${entry.id}.${id}`} className="font-semibold">
      {children}
    </a>
  );
}
