/**
 * Where `npm run bench` writes. With --json, stdout carries one JSON object
 * and nothing else, so `npm run bench -- --json | jq` (or JSON.parse of all of
 * stdout) works: the human tables are left out (their figures are in the
 * object) and progress — building out/, or saying it is current — goes to
 * stderr. Without --json, tables and progress both go to stdout, as before.
 */
import { format } from 'node:util';

type Stream = { write(text: string): unknown };

export type BenchOutput = {
  /** A line of the human report (tables, headings). */
  log(...args: unknown[]): void;
  /** What the bench is doing (building, skipping the build), for whoever watches it run. */
  progress(message: string): void;
  /** The figures: one JSON line with --json; nothing otherwise (the tables said it). */
  result(figures: unknown): void;
};

export function benchOutput(json: boolean, streams: { stdout: Stream; stderr: Stream } = process): BenchOutput {
  const line = (stream: Stream, args: unknown[]) => stream.write(`${format(...args)}\n`);
  return {
    log: (...args) => {
      if (!json) line(streams.stdout, args);
    },
    progress: (message) => line(json ? streams.stderr : streams.stdout, [message]),
    result: (figures) => {
      if (json) streams.stdout.write(`${JSON.stringify(figures)}\n`);
    },
  };
}
