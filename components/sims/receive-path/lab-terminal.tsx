'use client';
/**
 * A terminal for chapter 4's lab: a scrolling transcript and one input line
 * with history (↑/↓), Tab completion and Ctrl+L. It only shows text; the
 * console (simulations/console) decides what each command does and prints.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CommandHistory, PROMPT, type LabConsole } from '@/simulations/console';

export type TranscriptLine = { kind: 'command' | 'output' | 'error' | 'note' | 'info'; text: string };

type Props = {
  console: LabConsole;
  lines: TranscriptLine[];
  /** Runs a typed line; the parent appends to the transcript and updates the simulation. */
  onRun: (line: string) => void;
  onClear: () => void;
};

const LINE_CLASS: Record<TranscriptLine['kind'], string> = {
  command: 'text-ink font-semibold',
  output: 'text-ink',
  error: 'text-warn',
  note: 'text-accent',
  info: 'text-ink-3 italic',
};

export function LabTerminal({ console: con, lines, onRun, onClear }: Props) {
  const [input, setInput] = useState('');
  const [hint, setHint] = useState<string[]>([]);
  const history = useRef(new CommandHistory());
  const scroller = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);

  // Keep the newest output in view, as a terminal does.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines, hint]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      history.current.push(input);
      setHint([]);
      onRun(input);
      setInput('');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setInput(history.current.up(input));
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setInput(history.current.down());
    } else if (e.key === 'Tab' && !e.shiftKey && input.trim() !== '') {
      // Tab completes while there is something to complete; on an empty line it moves focus on, so the page stays keyboard-navigable.
      e.preventDefault();
      const cursor = field.current?.selectionStart ?? input.length;
      const c = con.complete(input, cursor);
      const typed = input.slice(c.from, c.to);
      if (c.candidates.length === 1) {
        const word = c.candidates[0]!;
        const next = input.slice(0, c.from) + word + (word.endsWith('/') ? '' : ' ') + input.slice(c.to);
        setInput(next);
        setHint([]);
      } else if (c.candidates.length > 1) {
        if (c.common.length > typed.length) setInput(input.slice(0, c.from) + c.common + input.slice(c.to));
        setHint(c.candidates.slice(0, 40));
      }
    } else if (e.key === 'l' && e.ctrlKey) {
      e.preventDefault();
      onClear();
    }
  };

  return (
    <div
      className="not-prose flex min-w-0 flex-col overflow-hidden rounded-lg border border-rule bg-paper-2 font-mono text-[0.78rem] leading-5"
      data-lab-terminal
    >
      <div
        ref={scroller}
        className="h-80 overflow-y-auto overflow-x-auto px-3 py-2"
        role="log"
        aria-live="polite"
        aria-label="Terminal output"
        tabIndex={0}
        onClick={() => field.current?.focus()}
      >
        {lines.map((l, i) => (
          // Divs, not <pre>: the site styles <pre> as a code block; this is one terminal.
          <div key={i} className={`min-h-5 whitespace-pre-wrap break-words ${LINE_CLASS[l.kind]}`} data-line-kind={l.kind}>
            {l.kind === 'command' ? PROMPT + l.text : l.text}
          </div>
        ))}
        {hint.length > 0 && (
          <div className="whitespace-pre-wrap text-ink-2" data-completions>
            {hint.join('  ')}
          </div>
        )}
      </div>
      <label className="flex items-center gap-1 border-t border-rule bg-card px-3 py-1.5">
        <span className="shrink-0 text-ink-2" aria-hidden="true">
          {PROMPT}
        </span>
        <span className="sr-only">Command</span>
        <input
          ref={field}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          className="min-w-0 flex-1 rounded-sm bg-transparent py-0.5 text-ink"
          placeholder="type help, then Enter"
          data-lab-input
        />
      </label>
    </div>
  );
}
