/**
 * The tuning lab's console without a browser:
 *
 *   npx tsx scripts/console.ts [options] "ethtool -G eth0 rx 4096" "ethtool -g eth0" …
 *   npx tsx scripts/console.ts [options] < commands.sh      (one command line per line)
 *
 * Runs the receive-path simulation next to the console: before every line
 * that reads live counters it advances the simulation by --duration-ms, and
 * whenever a command changes the model's parameters it starts a new one (the
 * console keeps counting across, like a real host's counters).
 *
 * Options: --duration-ms=N (simulated ms before each reading line, default
 * 20; 0 reads without advancing), --seed=N, --json (one JSON object), --export
 * (print the changes as a shell script at the end), --<traffic parameter>=V
 * (e.g. --load_pct=50, --frame_bytes=1518). Exit status: that of the last
 * failing command, else 0; 2 for a bad option. The simulated work is bounded
 * as `npm run sim` bounds a run (simulations/run-request.ts): all reading lines
 * together may simulate at most MAX_RUN_PACKETS packets, checked before the
 * first command runs. Each reading is short, so there is no progress line.
 */
import { readFileSync } from 'node:fs';
import { coerceValue } from '../simulations/core/coerce';
import { echo } from '../simulations/core/echo';
import { MAX_DURATION_MS, MAX_RUN_PACKETS } from '../simulations/run-request';
import { minDurationMs, offeredPackets, offeredPps, trafficOf } from '../simulations/run-request';
import { createConsole, KNOBS, type RunResult } from '../simulations/console';
import { ReceivePathSim, receivePathParams, type ReceivePathValues, modelValues } from '../simulations/models/receive-path';

const USAGE = `usage: npx tsx scripts/console.ts [--duration-ms=N] [--seed=N] [--json] [--export] [--<traffic param>=V ...] "command" ...
       npx tsx scripts/console.ts [options] < commands.sh`;

function bad(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

type Options = { durationMs: number; seed: number; json: boolean; exportScript: boolean; traffic: Partial<ReceivePathValues>; commands: string[] };

function parseArgs(argv: string[]): Options {
  const o: Options = { durationMs: 20, seed: 1, json: false, exportScript: false, traffic: {}, commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      o.commands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq < 0 ? undefined : arg.slice(eq + 1);
    const take = () => value ?? argv[++i] ?? bad(`--${key} needs a value.`);
    const number = (text: string) => {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n) || n < 0) bad(`--${key} needs a non-negative number, got ${echo(text)}.`);
      return n;
    };
    switch (key) {
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      case 'json':
        o.json = true;
        break;
      case 'export':
        o.exportScript = true;
        break;
      case 'duration-ms':
      case 'duration_ms':
        o.durationMs = number(take());
        break;
      case 'seed':
        o.seed = number(take());
        break;
      default: {
        const spec = Object.hasOwn(receivePathParams, key) ? receivePathParams[key as keyof typeof receivePathParams] : undefined;
        if (!spec) bad(`Unknown option ${echo(`--${key}`).replace(/^"(.*)"/, '$1')}.`);
        if ((KNOBS as readonly string[]).includes(key)) bad(`--${key} is set through the console's commands, not on the command line.`);
        const c = coerceValue(key, spec, take());
        if (c.notice) bad(c.notice.message);
        (o.traffic as Record<string, number | boolean>)[key] = c.value;
      }
    }
  }
  return o;
}

// `… | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** Refuses, before anything runs, a duration shorter than one frame or readings that add up to too many packets. */
function checkWork(o: Options, readings: number) {
  const traffic = trafficOf(modelValues(o.traffic));
  const min = minDurationMs(traffic);
  if (o.durationMs !== 0 && (o.durationMs < min || o.durationMs > MAX_DURATION_MS)) {
    bad(
      `--duration-ms=${echo(o.durationMs)}: use 0 (read without advancing) or from ${min} ms (one ${traffic.frameBytes}-byte frame's time on the wire at ${traffic.linkGbps} Gbit/s) to ${MAX_DURATION_MS} ms.`,
    );
  }
  const packets = readings * offeredPackets(traffic, o.durationMs);
  if (packets > MAX_RUN_PACKETS) {
    const maxMs = Math.floor((MAX_RUN_PACKETS / readings / offeredPps(traffic)) * 1000 * 1000) / 1000;
    bad(
      `${readings} reading command${readings === 1 ? '' : 's'} × ${o.durationMs} ms would simulate ${Math.round(packets).toLocaleString('en-US')} packets; the limit is ${MAX_RUN_PACKETS.toLocaleString('en-US')} packets. ` +
        `To stay under it, use --duration-ms=${maxMs} or less, fewer reading commands, or a lower --load_pct, slower --link_gbps or larger --frame_bytes.`,
    );
  }
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.commands.length === 0 && !process.stdin.isTTY) o.commands = readFileSync(0, 'utf8').split('\n');
  if (o.commands.length === 0) bad('No commands given.');

  const con = createConsole();
  checkWork(o, o.commands.filter((c) => con.needsCounters(c)).length);
  const build = () => new ReceivePathSim(modelValues({ ...o.traffic, ...con.values }), o.seed);
  let sim = build();
  con.setRead(() => sim);

  const ran: Array<{ command: string } & Pick<RunResult, 'stdout' | 'stderr' | 'notes' | 'exitCode' | 'stateChanged' | 'valuesChanged'>> = [];
  let status = 0;
  for (const command of o.commands) {
    if (o.commands.length > 1 && command.trim() === '') continue;
    if (con.needsCounters(command)) sim.advanceBy(Math.round(o.durationMs * 1e6));
    const r = con.run(command);
    if (r.valuesChanged) sim = build();
    if (r.exitCode !== 0) status = r.exitCode;
    ran.push({
      command,
      stdout: r.stdout,
      stderr: r.stderr,
      notes: r.notes,
      exitCode: r.exitCode,
      stateChanged: r.stateChanged,
      valuesChanged: r.valuesChanged,
    });
    if (!o.json) {
      process.stdout.write(`${con.prompt}${command}\n${r.stdout}${r.notes.map((n) => `# lab: ${n}\n`).join('')}`);
      if (r.stderr) process.stderr.write(r.stderr);
    }
  }
  if (o.json) {
    const out = { commands: ran, values: con.values, changes: con.changes, ...(o.exportScript ? { script: con.exportScript() } : {}) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else if (o.exportScript) process.stdout.write(`\n${con.exportScript()}`);
  process.exitCode = Math.min(status, 255);
}

main();
