'use client';
/**
 * The diagnose page's working part: what the reader pastes, diagnosed in the
 * browser (lib/diagnose is pure TypeScript; nothing is sent anywhere) 150 ms
 * after they stop typing, with a polite spoken summary.
 */
import { useEffect, useRef, useState } from 'react';
import { LiveSummary } from '@/components/sims/live-summary';
import { diagnose, type Diagnosis } from '@/lib/diagnose';
import type { Example } from '@/lib/diagnose/examples';
import { PasteForm, type PasteValues } from './paste-form';
import { Results } from './results';
import { summarise } from './summary';

const DEBOUNCE_MS = 150;
const EMPTY: PasteValues = { text: '', later: '', interval: '1' };

function run(v: PasteValues): Diagnosis | null {
  if (v.text.trim() === '' && v.later.trim() === '') return null;
  const later = v.later.trim() === '' ? undefined : v.later;
  // An empty field means "not given"; anything else goes to diagnose(), which explains a bad value.
  const intervalS = v.interval.trim() === '' ? undefined : Number(v.interval);
  return diagnose(v.text, later, { intervalS });
}

export function DiagnoseTool() {
  const [values, setValues] = useState<PasteValues>(EMPTY);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setDiagnosis(run(values)), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [values]);

  const onExample = (e: Example) => setValues((v) => ({ ...v, text: e.text, later: e.later ?? '' }));
  const onClear = () => {
    setValues((v) => ({ ...v, text: '', later: '' }));
    textRef.current?.focus();
  };

  return (
    <>
      <section aria-labelledby="paste-heading" className="mt-10">
        <h2 id="paste-heading" className="mb-4 text-2xl font-bold tracking-tight text-ink">
          Your counters
        </h2>
        <PasteForm values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} onExample={onExample} onClear={onClear} textRef={textRef} />
      </section>
      <section aria-labelledby="diagnosis-heading" className="mt-12" data-diagnosis>
        <h2 id="diagnosis-heading" className="mb-4 text-2xl font-bold tracking-tight text-ink">
          Diagnosis
        </h2>
        <LiveSummary text={diagnosis ? summarise(diagnosis) : ''} />
        {diagnosis ? (
          <Results diagnosis={diagnosis} />
        ) : (
          <p className="rounded-xl border border-dashed border-rule-strong px-4 py-6 text-center text-sm text-ink-2" data-idle>
            Paste counters above, or try an example: the findings appear here, worst first.
          </p>
        )}
      </section>
    </>
  );
}
