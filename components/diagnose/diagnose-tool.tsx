'use client';
/**
 * The diagnose page's working part: what the reader pastes, diagnosed in the
 * browser (lib/diagnose is pure TypeScript; nothing is sent anywhere) 150 ms
 * after they stop typing, with a polite spoken summary. The diagnosis runs in
 * a Web Worker (lib/workers/diagnose-client.ts): a paste of megabytes shows
 * how far it has got and the page stays usable; changing the paste abandons
 * the diagnosis of the old one.
 */
import { useEffect, useRef, useState } from 'react';
import { LiveSummary } from '@/components/sims/frame/live-summary';
import type { Diagnosis, DiagnoseProgress } from '@/lib/diagnose';
import type { Example } from '@/lib/diagnose/examples';
import { runDiagnosis, type DiagnoseRequest } from '@/lib/workers/diagnose-client';
import { PasteForm, type PasteValues } from './paste-form';
import { Progress, SHOW_PROGRESS_FROM_CHARS } from './progress';
import { Results } from './results';
import { summarise } from './summary';

const DEBOUNCE_MS = 150;
const EMPTY: PasteValues = { text: '', later: '', interval: '1' };

function request(v: PasteValues): DiagnoseRequest | null {
  if (v.text.trim() === '' && v.later.trim() === '') return null;
  const later = v.later.trim() === '' ? undefined : v.later;
  // An empty field means "not given"; anything else goes to diagnose(), which explains a bad value.
  const intervalS = v.interval.trim() === '' ? undefined : Number(v.interval);
  return { text: v.text, later, intervalS };
}

export function DiagnoseTool() {
  const [values, setValues] = useState<PasteValues>(EMPTY);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  // How far the running diagnosis has read; null when none runs, or it is too short to be worth showing.
  const [progress, setProgress] = useState<DiagnoseProgress | null>(null);
  const [running, setRunning] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const req = request(values);
    if (!req) {
      setDiagnosis(null);
      setProgress(null);
      setRunning(false);
      return;
    }
    let cancel = () => {};
    const t = setTimeout(() => {
      const total = req.text.length + (req.later?.length ?? 0);
      setRunning(true);
      setProgress(total >= SHOW_PROGRESS_FROM_CHARS ? { read: 0, total } : null);
      cancel = runDiagnosis(req, {
        onProgress: (p) => {
          if (p.total >= SHOW_PROGRESS_FROM_CHARS) setProgress(p);
        },
        onResult: (d) => {
          setDiagnosis(d);
          setProgress(null);
          setRunning(false);
        },
      });
    }, DEBOUNCE_MS);
    // A newer paste supersedes this one: its diagnosis, if running, is abandoned.
    return () => {
      clearTimeout(t);
      cancel();
    };
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
      <section aria-labelledby="diagnosis-heading" className="mt-12" data-diagnosis aria-busy={running || undefined}>
        <h2 id="diagnosis-heading" className="mb-4 text-2xl font-bold tracking-tight text-ink">
          Diagnosis
        </h2>
        <LiveSummary text={diagnosis ? summarise(diagnosis) : ''} />
        <Progress progress={progress} />
        {diagnosis ? (
          <div className={progress ? 'opacity-60 transition-opacity' : undefined}>
            <Results diagnosis={diagnosis} />
          </div>
        ) : progress ? null : (
          <p className="rounded-xl border border-dashed border-rule-strong px-4 py-6 text-center text-sm text-ink-2" data-idle>
            Paste counters above, or try an example: the findings appear here, worst first.
          </p>
        )}
      </section>
    </>
  );
}
