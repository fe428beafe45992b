'use client';
/**
 * The frame around every simulation figure (components/sims/README.md): title, presets,
 * reset, share / embed and full screen; for animated simulations also play/pause,
 * step, slow motion, the seed and keyboard shortcuts; and, when asked, every
 * parameter of the catalog entry as a generated control panel. Views put only
 * their drawing and readouts inside, so every simulation is driven the same way.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ParamControl } from '@/components/controls/param-control';
import { useEmbedContext } from '@/components/embed/embed-context';
import { ShareButton } from '@/components/embed/share-button';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { DEFAULT_SEED } from './sim-store';
import { ClockTransport } from './transport';
import type { SimClock } from './sim-clock';

/** What every view passes its frame unchanged: the binding hands it over as the view's `frame` prop (bind-entry.tsx). */
export type FrameBase = {
  entry: AnySimulationEntry;
  values: ParamValues<ParamSpecs>;
  set: (v: Partial<ParamValues<ParamSpecs>>) => void;
  reset: () => void;
  /** This figure's own title (`<Simulation title>`), when a page shows one simulation more than once; the entry's otherwise. */
  title?: string;
};

/** The frame's accessible name: `names` tells apart two figures of one simulation on a page by their panel. */
export function panelLabel(title: string, panel: string, names: Readonly<Record<string, string>>): string {
  return `Simulation: ${title} (${names[panel] ?? panel})`;
}

type Props = FrameBase & {
  /** Accessible name of the region; must be unique on the page when one simulation appears twice. */
  label?: string;
  clock?: SimClock;
  /** Seeded (random) models only: a deterministic model has nothing to seed. */
  seed?: { value: number; set: (seed: number) => void };
  /** 'panel': every parameter in a collapsible panel under the figure; 'none': the view shows its own. */
  parameters?: 'panel' | 'none';
  children: ReactNode;
};

const SEED_MAX = 4_294_967_295;
const small = 'h-7 rounded-md px-2 text-xs font-medium';

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  // Sliders and radio groups use the arrow keys themselves.
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || ['slider', 'radio'].includes(el.getAttribute('role') ?? '');
}

function toggleFullscreen(el: HTMLElement | null) {
  if (!el) return;
  if (document.fullscreenElement) void document.exitFullscreen();
  else void el.requestFullscreen?.().catch(() => undefined);
}

export function SimulationFrame({ entry, values, set, reset, title, label, clock, seed, parameters = 'panel', children }: Props) {
  const heading = title ?? entry.title;
  const rootRef = useRef<HTMLDivElement>(null);
  // In an embed (/embed/[sim]) the host picks how much chrome shows and drives the clock by message.
  const embed = useEmbedContext();
  const controls = embed?.controls ?? 'full';
  useEffect(() => embed?.clockChanged(clock));

  const onKeyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.target instanceof HTMLButtonElement || (e.target instanceof HTMLElement && e.target.tagName === 'SUMMARY');
    if (e.key === 'f' || e.key === 'F') {
      toggleFullscreen(rootRef.current);
      return;
    }
    if (!clock) return;
    if (e.key === ' ' && !onButton) {
      e.preventDefault();
      clock.setPlaying(!clock.playing);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      if (e.shiftKey && clock.stepEvent) clock.stepEvent();
      else clock.stepFrame();
    } else if (e.key === 'r' || e.key === 'R') {
      clock.restart();
    }
  };

  const keys = clock
    ? [['Space', 'play/pause'], ['→', 'step'], ...(clock.stepEvent ? [['⇧→', 'one event']] : []), ['R', 'restart'], ['F', 'full screen']]
    : [['F', 'full screen']];

  return (
    <div ref={rootRef} onKeyDown={onKeyDown} className="rounded-xl bg-card fullscreen:overflow-auto fullscreen:p-6" data-sim-frame={entry.id}>
      <section
        // A figure with its own title is told apart by it; otherwise the view's label names the panel.
        aria-label={title ? `Simulation: ${title}` : (label ?? `Simulation: ${entry.title}`)}
        className="rounded-xl border border-rule bg-card p-4 shadow-[0_1px_2px_rgb(0_0_0/0.04)] sm:p-5"
      >
        {/* Without chrome the title is still there for screen readers (and keeps the heading levels in order). */}
        {controls === 'none' && <h3 className="sr-only">{heading}</h3>}
        {controls !== 'none' && (
          <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 font-sans">
            <div className="mr-auto">
              <p className="text-[0.68rem] font-bold uppercase tracking-[0.12em] text-accent">Simulation</p>
              <h3 className="text-base font-semibold leading-tight text-ink">{heading}</h3>
            </div>
            {controls === 'full' && (
              <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Presets">
                {entry.presets.map((p) => {
                  const active = Object.entries(p.values).every(([k, v]) => values[k] === v);
                  return (
                    <button
                      key={p.id}
                      type="button"
                      aria-pressed={active}
                      data-preset={p.id}
                      onClick={() => set(p.values)}
                      className={`${small} tabular border border-rule text-ink-2 hover:bg-paper-2 hover:text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink`}
                    >
                      {p.label}
                    </button>
                  );
                })}
              </div>
            )}
            <div className="flex items-center gap-1">
              <button type="button" onClick={reset} className={`${small} text-ink-2 hover:bg-paper-2 hover:text-ink`}>
                Reset
              </button>
              {!embed && (
                <ShareButton
                  entry={entry}
                  values={seed && seed.value !== DEFAULT_SEED ? { ...values, seed: seed.value } : values}
                  animated={Boolean(clock)}
                  className={`${small} text-ink-2 hover:bg-paper-2 hover:text-ink`}
                />
              )}
              {controls === 'full' && (
                <button type="button" onClick={() => toggleFullscreen(rootRef.current)} className={`${small} text-ink-2 hover:bg-paper-2 hover:text-ink`}>
                  Full screen
                </button>
              )}
            </div>
          </div>
        )}
        <div className="space-y-4">
          {clock && controls !== 'none' && (
            <div className="space-y-2">
              <ClockTransport clock={clock} />
              {controls === 'full' && (
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1 font-sans text-xs text-ink-2">
                  {seed && (
                    <label className="flex items-center gap-1.5">
                      Seed
                      <input
                        type="number"
                        min={0}
                        max={SEED_MAX}
                        step={1}
                        value={seed.value}
                        onChange={(e) => {
                          const n = Number(e.target.value);
                          if (Number.isInteger(n) && n >= 0 && n <= SEED_MAX) seed.set(n);
                        }}
                        className="h-7 w-20 rounded-md border border-rule bg-card px-1.5 tabular text-ink"
                      />
                    </label>
                  )}
                  {/* A touch screen has no keyboard to press: the hint would only take room from the drawing. */}
                  <span data-keys-hint className="pointer-coarse:hidden">
                    Keys:{' '}
                    {keys.map(([key, what], i) => (
                      <span key={key}>
                        {i > 0 && ', '}
                        <kbd>{key}</kbd> {what}
                      </span>
                    ))}
                  </span>
                </div>
              )}
            </div>
          )}
          {children}
          {parameters === 'panel' && controls === 'full' && (
            <details className="group rounded-lg border border-rule font-sans">
              <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-ink hover:bg-paper-2">
                All parameters ({Object.keys(entry.params).length})
              </summary>
              <div className="grid gap-x-6 gap-y-4 p-3 sm:grid-cols-2 lg:grid-cols-3">
                {Object.entries(entry.params).map(([key, spec]) => (
                  <ParamControl key={key} spec={spec} value={values[key]!} onChange={(v) => set({ [key]: v })} />
                ))}
              </div>
            </details>
          )}
        </div>
      </section>
    </div>
  );
}
