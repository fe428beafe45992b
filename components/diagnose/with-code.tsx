import { splitCode } from './summary';

/** The rules write commands in backticks; they become <code> that wraps instead of overflowing. */
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {splitCode(text).map((part, i) =>
        i % 2 === 1 ? (
          <code
            key={i}
            className="rounded border border-rule bg-paper-2 box-decoration-clone px-1 py-px font-mono text-[0.84em] text-ink [overflow-wrap:anywhere]"
          >
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
