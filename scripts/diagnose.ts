/**
 * `npx tsx scripts/diagnose.ts <file> [<later-file>] [--interval-s N] [--json]`
 * reads pasted Linux counter output (ethtool -S, /proc/net/softnet_stat,
 * nstat, netstat -s, /proc/net/snmp, ip -s link, /proc/interrupts; `-` reads
 * standard input) and says where the machine loses packets. Two files are two
 * snapshots taken N seconds apart, for rates. Exit status 2 for a missing
 * file or a bad argument, 0 otherwise, even when nothing was recognised.
 */
import { readFileSync } from 'node:fs';
import { diagnose, formatReport } from '../lib/diagnose';

const USAGE = 'usage: npx tsx scripts/diagnose.ts <file> [<later-file>] [--interval-s N] [--json]   (- reads standard input)';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

type Args = { files: string[]; json: boolean; intervalS?: number };

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--interval-s' || arg.startsWith('--interval-s=')) {
      const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(raw);
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(n) || n <= 0) fail(`--interval-s needs a positive number of seconds, got "${raw ?? ''}".`);
      args.intervalS = n;
    } else if (arg.startsWith('--')) fail(`Unknown option "${arg}".`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) fail('Give the file with the pasted output.');
  if (args.files.length > 2) fail(`At most two files (two snapshots), got ${args.files.length}.`);
  if (args.intervalS !== undefined && args.files.length === 1) fail('--interval-s needs a second (later) snapshot file.');
  return args;
}

function read(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((err as Error).message);
    fail(`Cannot read "${path}": ${why}.`);
  }
}

const args = parseArgs(process.argv.slice(2));
const [first, later] = args.files.map(read);
const result = diagnose(first!, later, { intervalS: args.intervalS });
process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
