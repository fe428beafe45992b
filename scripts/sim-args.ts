/**
 * The command line of `npm run sim`, as a pure function: arguments in, a run
 * (or a listing, or help) or one clear message out. Nothing here prints or
 * exits, so scripts/sim.ts stays a thin shell around it and the fuzz test
 * (sim.fuzz.test.ts) can throw any argument vector at it in-process.
 */
import { echo } from '../simulations/core/echo';
import { resolveRun, RunRequestError, type ResolvedRun } from '../simulations/run-request';

export const USAGE = `usage: npm run sim -- <simulation> [--preset=NAME] [--<param>=<value> ...] [--seed=N] [--duration-ms=N] [--chunk=N] [--json]
       npm run sim -- --list [--json]`;

export type SimArgs = {
  id?: string;
  list: boolean;
  json: boolean;
  help: boolean;
  preset?: string;
  seed?: number;
  durationMs?: number;
  chunk?: number;
  params: Record<string, string>;
};

export type SimPlan =
  | { kind: 'help' }
  | { kind: 'list'; json: boolean }
  | { kind: 'run'; run: ResolvedRun; json: boolean }
  /** Exit status 2 with this message (and the usage) on stderr. */
  | { kind: 'error'; message: string };

class ArgError extends Error {}

export function parseSimArgs(argv: readonly string[]): SimArgs | { error: string } {
  try {
    return parse(argv);
  } catch (e) {
    if (e instanceof ArgError) return { error: e.message };
    throw e;
  }
}

function parse(argv: readonly string[]): SimArgs {
  // A prototype-less bag, so --__proto__=1 is kept (and rejected as unknown) instead of vanishing.
  const out: SimArgs = { list: false, json: false, help: false, params: Object.create(null) as Record<string, string> };
  for (const arg of argv) {
    if (!arg.startsWith('--')) {
      if (out.id !== undefined) throw new ArgError(`Unexpected argument ${echo(arg)} (the simulation is already ${echo(out.id)}).`);
      out.id = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    // A bare --flag means "on", so --rps and --rps=on are the same.
    const value = eq < 0 ? 'on' : arg.slice(eq + 1);
    const number = (what: string) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) throw new ArgError(`--${key} needs a number (${what}), got ${echo(value)}.`);
      return n;
    };
    switch (key) {
      case 'list':
        out.list = true;
        break;
      case 'json':
        out.json = true;
        break;
      case 'help':
        // Help wins over whatever follows, as it always has.
        out.help = true;
        return out;
      case 'preset':
        out.preset = value;
        break;
      case 'seed':
        out.seed = number('an integer 0 … 4294967295');
        break;
      case 'chunk':
        out.chunk = number('a part of a sweep, 0-based');
        break;
      case 'duration-ms':
      case 'duration_ms':
        out.durationMs = number('milliseconds of simulated time');
        break;
      default:
        out.params[key] = value;
    }
  }
  return out;
}

/** What the command line asks for, checked all the way (parameters, duration, work bound) before anything runs. */
export function planSim(argv: readonly string[]): SimPlan {
  const args = parseSimArgs(argv);
  if ('error' in args) return { kind: 'error', message: args.error };
  if (args.help) return { kind: 'help' };
  if (args.list) return { kind: 'list', json: args.json };
  if (!args.id) return { kind: 'error', message: 'Which simulation? Try --list.' };
  try {
    const run = resolveRun({ id: args.id, preset: args.preset, params: args.params, seed: args.seed, durationMs: args.durationMs, chunk: args.chunk });
    return { kind: 'run', run, json: args.json };
  } catch (e) {
    if (e instanceof RunRequestError) return { kind: 'error', message: e.message };
    throw e;
  }
}
