'use client';
/**
 * <Simulation> inside a deck: the live figure on the stage, or a static
 * snapshot of the state a step sets (presenter preview, print), so a heavy
 * simulation never runs twice and a printed page shows a fixed moment.
 */
import { useContext, type ComponentProps } from 'react';
import { EmbedContext, type EmbedFrameContext } from '@/components/embed/embed-context';
import { Simulation } from '@/components/sims/frame/simulation';
import { SlideIndexContext, StepContext, useDeckView } from './deck-context';

/**
 * On a slide a figure shows its title, drawing and transport, as an embed with
 * controls=compact does: presets, seed, key hints and the parameter panel would
 * shrink the drawing to fit 720 px, and the deck's steps set the parameters.
 */
const ON_A_SLIDE: EmbedFrameContext = { controls: 'compact', autoplay: true, clockChanged: () => {} };

export function DeckSimulation(props: ComponentProps<typeof Simulation>) {
  const view = useDeckView();
  const slide = useContext(SlideIndexContext);
  const printed = useContext(StepContext);
  // not-prose: the figure styles itself; the slide's type scale must not reach into it.
  if (view.live)
    return (
      <div className="not-prose">
        <EmbedContext.Provider value={ON_A_SLIDE}>
          <Simulation {...props} />
        </EmbedContext.Provider>
      </div>
    );
  const step = printed ?? view.position.step;
  const snapshot = view.outline.slides[slide]?.states[step]?.find((s) => s.id === props.id);
  return (
    <figure data-sim-snapshot={props.id} className="rounded-xl border-2 border-rule-strong bg-card px-6 py-5 font-sans">
      <figcaption className="text-[0.7em] font-bold uppercase tracking-[0.12em] text-accent">Live simulation · {snapshot?.title ?? props.id}</figcaption>
      {snapshot && snapshot.shown.length > 0 ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-[0.85em]">
          {snapshot.shown.map((p) => (
            <div key={p.label} className="contents">
              <dt className="text-ink-2">{p.label}</dt>
              <dd className="tabular font-semibold text-ink">{p.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-3 text-[0.85em] text-ink-2">Default parameters.</p>
      )}
    </figure>
  );
}
