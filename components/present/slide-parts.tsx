'use client';
/**
 * The elements remark-slides puts into a deck: <Slide n> around each slide,
 * <Step n> around each fragment; and <Notes>, which never shows on a slide
 * (the presenter view reads the notes from the outline).
 */
import { useContext, type ReactNode } from 'react';
import { DeckContext, SlideIndexContext, StepContext, useDeckView } from './deck-context';
import { SlideFrame } from './slide-frame';

export function Slide({ n, children }: { n: string; children: ReactNode }) {
  const view = useDeckView();
  const index = Number(n);
  if (view.layout === 'print') {
    const steps = view.outline.slides[index]?.steps ?? 0;
    return (
      <SlideIndexContext.Provider value={index}>
        {Array.from({ length: steps + 1 }, (_, step) => (
          <StepContext.Provider key={step} value={step}>
            <section
              className="deck-print-page deck-stage bg-paper text-ink"
              data-print-slide={index + 1}
              data-print-step={step}
              aria-label={`Slide ${index + 1}, step ${step}`}
            >
              <SlideFrame>{children}</SlideFrame>
            </section>
          </StepContext.Provider>
        ))}
      </SlideIndexContext.Provider>
    );
  }
  if (index !== view.position.slide) return null;
  return (
    <SlideIndexContext.Provider value={index}>
      <SlideFrame key={index}>{children}</SlideFrame>
    </SlideIndexContext.Provider>
  );
}

export function Step({ n, children }: { n: string; children: ReactNode }) {
  const view = useContext(DeckContext);
  const printed = useContext(StepContext);
  const step = printed ?? view?.position.step ?? Number.POSITIVE_INFINITY;
  const shown = Number(n) <= step;
  // Hidden steps keep their space, so revealing one never moves what is already on the slide.
  return (
    <div data-step={n} data-shown={shown} aria-hidden={!shown} className={`deck-step ${shown ? 'deck-step-shown' : 'invisible'}`}>
      {children}
    </div>
  );
}

export function Notes() {
  return null;
}
