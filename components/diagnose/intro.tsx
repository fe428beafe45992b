import { CollectCommand } from './collect-command';

/** What the page does, the promise that nothing leaves it, and how to collect the counters. */
export function DiagnoseIntro() {
  return (
    <>
      <h1 className="text-4xl font-bold tracking-tight text-ink">Diagnose your machine</h1>
      <p className="mt-3 max-w-3xl font-serif text-lg leading-relaxed text-ink-2">
        Paste the counters of a Linux machine that loses packets. The page says where the packets die, worst place first, what each counter means, what to try,
        and opens the simulation in a state that loses them the same way.
      </p>
      <p className="mt-4 flex max-w-3xl items-start gap-2 text-sm leading-relaxed text-ink-2" data-privacy>
        <svg viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 text-good" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        <span>
          The parsing happens in your browser, in this page: what you paste is never sent anywhere, and the page makes no network requests while it works.
        </span>
      </p>
      <CollectCommand />
    </>
  );
}
