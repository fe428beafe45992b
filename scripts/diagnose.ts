/**
 * `npx tsx scripts/diagnose.ts <file> [<later-file>] [--interval-s N] [--json]`
 * reads pasted Linux counter output (ethtool -S, /proc/net/softnet_stat,
 * nstat, netstat -s, /proc/net/snmp, ip -s link, /proc/interrupts; `-` reads
 * standard input) and says where the machine loses packets. Two files are two
 * snapshots taken N seconds apart, for rates. Exit status 2 for a missing
 * file, a file over the size limit or a bad argument, 0 otherwise, even when
 * nothing was recognised. With --json only the JSON object goes to standard
 * output; every message goes to standard error.
 *
 * parseArgs(), readInput() and run() are exported for the tests; they return
 * errors instead of exiting.
 */
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { diagnose, formatMB, formatReport, MAX_PASTE_BYTES } from '../lib/diagnose';

export const USAGE = 'usage: npx tsx scripts/diagnose.ts <file> [<later-file>] [--interval-s N] [--json]   (- reads standard input)';

export type Args = { files: string[]; json: boolean; intervalS?: number; help?: true };

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const err = (error: string): Result<never> => ({ ok: false, error });

export function parseArgs(argv: readonly string[]): Result<Args> {
  const args: Args = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') return ok({ ...args, help: true });
    else if (arg === '--interval-s' || arg.startsWith('--interval-s=')) {
      const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(raw);
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(n) || n <= 0)
        return err(`--interval-s needs a positive number of seconds, got "${raw ?? ''}".`);
      args.intervalS = n;
    } else if (arg.startsWith('--')) return err(`Unknown option "${arg}".`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) return err('Give the file with the pasted output.');
  if (args.files.length > 2) return err(`At most two files (two snapshots), got ${args.files.length}.`);
  if (args.files[0] === '-' && args.files[1] === '-') return err('Standard input (-) can be read only once: give one of the snapshots as a file.');
  if (args.intervalS !== undefined && args.files.length === 1) return err('--interval-s needs a second (later) snapshot file.');
  return ok(args);
}

function why(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e.message;
  }
}

/**
 * The whole of a file, `-` (standard input), a pipe or a device, as UTF-8
 * text, or an error. Reads as a stream and stops after `limitBytes` + 1
 * bytes, so /dev/zero or an endless pipe is turned away instead of read
 * forever.
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin, limitBytes = MAX_PASTE_BYTES): Promise<Result<string>> {
  const stream = path === '-' ? stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > limitBytes) {
        // Leaving the loop ends the stream (for await destroys it): a file is closed, a pipe's writer gets EPIPE.
        return err(
          `Cannot read "${path}": it is larger than ${formatMB(limitBytes)} (more than ${limitBytes.toLocaleString('en-US')} bytes), the most the diagnosis reads.`,
        );
      }
      chunks.push(buf);
    }
  } catch (e) {
    return err(`Cannot read "${path}": ${why(e as NodeJS.ErrnoException)}.`);
  }
  return ok(Buffer.concat(chunks, size).toString('utf8'));
}

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void; stdin?: NodeJS.ReadableStream };

/** The whole command: the exit status, with the report (or JSON) written to io.stdout and messages to io.stderr. */
export async function run(argv: readonly string[], io: Io, limitBytes = MAX_PASTE_BYTES): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`${message}\n${USAGE}\n`);
    return 2;
  };
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(parsed.error);
  const args = parsed.value;
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const texts: string[] = [];
  for (const file of args.files) {
    const read = await readInput(file, io.stdin, limitBytes);
    if (!read.ok) return fail(read.error);
    texts.push(read.value);
  }
  const result = diagnose(texts[0]!, texts[1], { intervalS: args.intervalS });
  io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // exitCode, not exit(): a large report on a pipe is written out before the process ends.
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: process.stdin,
  });
}
