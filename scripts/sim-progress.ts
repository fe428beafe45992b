/**
 * Progress of a long headless run, on stderr only (stdout carries the result,
 * one JSON object with --json). Shown for runs of at least PROGRESS_MIN_PACKETS
 * simulated packets, whether or not stderr is a terminal: a short run ends
 * before a progress line could help, a long one (up to about a minute, see
 * MAX_RUN_PACKETS) should say it is alive in a CI log too. On a terminal the
 * line is rewritten in place; elsewhere each tenth is a line of its own.
 */
export const PROGRESS_MIN_PACKETS = 2_000_000;

type Sink = { write(text: string): unknown; isTTY?: boolean };

/** A reporter for execute()'s onProgress, or undefined when the run is too short to need one. */
export function progressReporter(label: string, packets: number, durationMs: number, sink: Sink): ((fraction: number) => void) | undefined {
  if (packets < PROGRESS_MIN_PACKETS) return undefined;
  const tty = sink.isTTY === true;
  return (fraction) => {
    const pct = Math.round(fraction * 100);
    const line = `${label}: ${String(pct).padStart(3)} % of ${durationMs} ms simulated`;
    if (tty) sink.write(`\r${line}${fraction >= 1 ? '\n' : ''}`);
    else sink.write(`${line}\n`);
  };
}
