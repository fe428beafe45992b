'use client';
/** The presenter's timers: time since the talk started (pausable) and the wall clock. */
import { useEffect, useState } from 'react';

function mmss(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function PresenterClock({ durationMinutes }: { durationMinutes: number }) {
  const [now, setNow] = useState<number | undefined>(undefined);
  const [startedAt, setStartedAt] = useState<number | undefined>(undefined);
  const [pausedFor, setPausedFor] = useState(0);
  const [pausedAt, setPausedAt] = useState<number | undefined>(undefined);

  useEffect(() => {
    const t = Date.now();
    setNow(t);
    setStartedAt(t);
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);

  if (now === undefined || startedAt === undefined) return <div className="h-10" />;
  const elapsed = (pausedAt ?? now) - startedAt - pausedFor;
  const over = elapsed > durationMinutes * 60_000;
  const button = 'rounded border border-rule-strong px-2 py-0.5 text-sm font-semibold text-ink hover:border-accent';
  return (
    <div className="flex items-center gap-3 font-sans">
      <span data-presenter-elapsed className={`tabular text-3xl font-bold ${over ? 'text-warn' : 'text-ink'}`} aria-label="Elapsed time">
        {mmss(elapsed)}
      </span>
      <span className="text-sm text-ink-3">of {durationMinutes} min</span>
      <button
        type="button"
        className={button}
        onClick={() => (pausedAt === undefined ? setPausedAt(Date.now()) : (setPausedFor((p) => p + Date.now() - pausedAt), setPausedAt(undefined)))}
      >
        {pausedAt === undefined ? 'Pause' : 'Resume'}
      </button>
      <button
        type="button"
        className={button}
        onClick={() => {
          setStartedAt(Date.now());
          setPausedFor(0);
          setPausedAt(pausedAt === undefined ? undefined : Date.now());
        }}
      >
        Reset
      </button>
      <span data-presenter-clock className="ml-4 tabular text-xl text-ink-2" aria-label="Clock">
        {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
      </span>
    </div>
  );
}
