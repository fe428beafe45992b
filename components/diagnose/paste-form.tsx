'use client';
/**
 * The inputs: the paste, an optional later snapshot with the seconds between
 * the two, example buttons and a clear button. Controlled by DiagnoseTool.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { EXAMPLES, type Example } from '@/lib/diagnose/examples';

export type PasteValues = { text: string; later: string; interval: string };

type Props = {
  values: PasteValues;
  onChange: (next: Partial<PasteValues>) => void;
  onExample: (example: Example) => void;
  onClear: () => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
};

const code = 'whitespace-nowrap font-mono text-[0.9em] text-ink';
const area =
  'block w-full resize-y rounded-lg border border-rule-strong bg-card p-3 font-mono text-[0.78rem] leading-snug text-ink placeholder:text-ink-3 focus:border-accent md:h-80';
const button =
  'h-8 rounded-md border border-rule bg-card px-2.5 text-[0.8rem] font-medium text-ink-2 hover:border-accent hover:text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink disabled:opacity-50';

const PLACEHOLDER = `$ ethtool -S eth0
NIC statistics:
     rx_packets: 1658520803
     rx_missed_errors: 4954
     …
$ cat /proc/net/softnet_stat
00358fe3 00006283 00000000 …`;

/**
 * The two text areas are uncontrolled: what the reader types or pastes is
 * already in them, and only a change from elsewhere (an example, Clear) is
 * written back. A controlled textarea would have React copy a pasted value
 * into the element's text content as well, and a browser lays out a
 * textarea of megabytes for seconds each time.
 */
function useWrittenBack(ref: RefObject<HTMLTextAreaElement | null>, value: string) {
  useEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  }, [ref, value]);
}

export function PasteForm({ values, onChange, onExample, onClear, textRef }: Props) {
  const laterRef = useRef<HTMLTextAreaElement>(null);
  useWrittenBack(textRef, values.text);
  useWrittenBack(laterRef, values.later);
  const interval = Number(values.interval);
  const badInterval = values.interval.trim() !== '' && !(Number.isFinite(interval) && interval > 0);
  return (
    <form className="space-y-4" onSubmit={(e) => e.preventDefault()} aria-label="Counters to diagnose">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby="examples-label">
        <span id="examples-label" className="mr-1 text-sm font-semibold text-ink">
          Try an example:
        </span>
        {EXAMPLES.map((e) => (
          <button
            key={e.id}
            type="button"
            className={button}
            onClick={() => onExample(e)}
            aria-pressed={values.text === e.text && values.later === (e.later ?? '')}
            data-example={e.id}
          >
            {e.label}
            <span className="hidden text-ink-3 sm:inline"> · {e.tool}</span>
          </button>
        ))}
      </div>

      {/* Subgrid rows: the labels differ in length, the two textareas still start level. */}
      <div className="grid gap-x-4 gap-y-2 md:grid-cols-[3fr_2fr]">
        <div className="row-span-2 grid min-w-0 grid-rows-subgrid">
          <label htmlFor="diagnose-text" className="block text-sm leading-relaxed text-ink-2">
            <span className="font-semibold text-ink">Paste the output of any of:</span> <code className={code}>ethtool -S eth0</code>,{' '}
            <code className={code}>cat /proc/net/softnet_stat</code>, <code className={code}>nstat -az</code> (or <code className={code}>netstat -su</code>),{' '}
            <code className={code}>ip -s link</code>, <code className={code}>cat /proc/interrupts</code>
          </label>
          <textarea
            id="diagnose-text"
            ref={textRef}
            defaultValue=""
            onChange={(e) => onChange({ text: e.target.value })}
            placeholder={PLACEHOLDER}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            className={`${area} h-64`}
          />
        </div>
        <div className="row-span-2 mt-2 grid min-w-0 grid-rows-subgrid md:mt-0">
          <label htmlFor="diagnose-later" className="block text-sm leading-relaxed text-ink-2">
            <span className="font-semibold text-ink">Later snapshot</span> (optional): the same commands run again, for rates
          </label>
          <textarea
            id="diagnose-later"
            ref={laterRef}
            defaultValue=""
            onChange={(e) => onChange({ later: e.target.value })}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            className={`${area} h-36`}
          />
        </div>
      </div>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <label htmlFor="diagnose-interval" className="block text-sm font-semibold text-ink">
            Seconds between the snapshots
          </label>
          <div className="mt-1 flex items-center gap-2">
            <input
              id="diagnose-interval"
              type="number"
              inputMode="decimal"
              min="0"
              step="any"
              value={values.interval}
              onChange={(e) => onChange({ interval: e.target.value })}
              aria-invalid={badInterval || undefined}
              aria-describedby="diagnose-interval-help"
              className="h-8 w-24 rounded-md border border-rule-strong bg-card px-2 font-mono text-sm tabular text-ink focus:border-accent aria-invalid:border-warn"
            />
            <span id="diagnose-interval-help" className="text-xs text-ink-3">
              {badInterval ? 'Not a positive number: 1 s is used.' : 'Used only with a later snapshot.'}
            </span>
          </div>
        </div>
        <button type="button" onClick={onClear} className={button} disabled={values.text === '' && values.later === ''}>
          Clear
        </button>
      </div>
    </form>
  );
}
