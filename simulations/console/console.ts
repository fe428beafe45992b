/**
 * The tuning lab's console: a line of shell in, what the terminal shows out.
 * It owns the machine state, the record of changes, shell variables and the
 * counter ledger; it reads live counters from whatever runs the simulation
 * (see counters.ts CountersSource) and tells its caller when the simulation
 * must be rebuilt (`valuesChanged`). Pure TypeScript: no DOM, no timers.
 */
import { describeChange, exportScript, scriptLine, type ChangeRecord, type RanCommand } from './changes';
import { ethtool, ethtoolReadsCounters } from './commands/ethtool';
import { cat, echo, isLivePath, ls, tee, writeFile } from './commands/files';
import { grep, head, tail, wc } from './commands/filters';
import { ip, ipReadsCounters } from './commands/ip';
import { clear, exit, exportVars, help, nproc, NOT_SIMULATED, pgrep, set } from './commands/misc';
import { nstat } from './commands/nstat';
import { sysctl } from './commands/sysctl';
import { taskset } from './commands/taskset';
import { complete as completeLine, type Completion } from './complete';
import type { CmdContext, CmdResult, Session } from './context';
import { CounterLedger, type CountersSource, type MachineCounters } from './counters';
import { deriveValues, diffValues, type Derived, type KnobValues, type Topology } from './derive';
import { createMachineState, type MachineState } from './machine';
import { expandWord, ExpansionError, globRegExp, hasGlob, parse, ShellSyntaxError, type ListItem, type SimpleCommand } from './shell';
import { globPaths } from './vfs';

export const PROMPT = 'root@rxlab:~# ';
const LAB = '# lab: ';

export type RunResult = {
  /** Everything the terminal shows, in order: output, errors, then the lab's notes. */
  output: string;
  stdout: string;
  stderr: string;
  /** The lab's remarks without their "# lab: " prefix. */
  notes: string[];
  exitCode: number;
  /** The machine changed. */
  stateChanged: boolean;
  /** The model's parameters changed: rebuild the simulation with `values`. */
  valuesChanged: boolean;
  values: KnobValues;
  /** Changes this line applied (also appended to the console's record). */
  changes: ChangeRecord[];
  /** `clear` was run: empty the screen. */
  clear: boolean;
};

export type ConsoleOptions = {
  /** Start from this machine instead of a freshly booted one. */
  state?: MachineState;
  /** The running simulation, read when a command shows counters. */
  read?: () => CountersSource | undefined;
};

export interface LabConsole {
  readonly prompt: string;
  run(line: string): RunResult;
  complete(line: string, cursor?: number): Completion;
  /** Whether `line` prints live counters (the CLI runs the simulation before such lines). */
  needsCounters(line: string): boolean;
  readonly state: MachineState;
  readonly values: KnobValues;
  readonly topology: Topology;
  readonly changes: readonly ChangeRecord[];
  exportScript(): string;
  /** Back to a freshly booted machine: stock state, no changes, counters from zero. */
  reset(): void;
  setRead(read: (() => CountersSource | undefined) | undefined): void;
}

type Builtin = (argv: string[], ctx: CmdContext & { tty: boolean }) => CmdResult;

const BUILTINS: Record<string, Builtin> = {
  ethtool,
  sysctl,
  taskset,
  cat,
  echo: (argv) => echo(argv),
  tee,
  ls,
  grep,
  head,
  tail,
  wc,
  ip,
  nstat,
  help: () => help(),
  clear: () => clear(),
  pgrep: (argv) => pgrep(argv),
  nproc: () => nproc(),
  set: () => set(),
  export: exportVars,
  exit: () => exit(),
  true: () => ({ stdout: '', stderr: '', exitCode: 0, notes: [] }),
  false: () => ({ stdout: '', stderr: '', exitCode: 1, notes: [] }),
  ':': () => ({ stdout: '', stderr: '', exitCode: 0, notes: [] }),
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function createConsole(options: ConsoleOptions = {}): LabConsole {
  let state = options.state ?? createMachineState();
  let derived: Derived = deriveValues(state);
  let read = options.read;
  let changes: ChangeRecord[] = [];
  const session: Session = { env: { HOME: '/root', USER: 'root', '?': '0' }, nstatHistory: undefined };
  const ledger = new CounterLedger(derived.topology);

  const counters = (): MachineCounters => ledger.observe(read?.(), derived.topology);

  /** Expands a command's words: variables, quotes, file-name globs over the lab's tree. */
  const expand = (cmd: SimpleCommand): { argv: string[]; redirects: RanCommand['redirects']; toStdout: boolean; assignments: Array<[string, string]> } => {
    const argv: string[] = [];
    const assignments: Array<[string, string]> = [];
    for (const raw of cmd.words) {
      if (argv.length === 0 && ASSIGNMENT.test(raw)) {
        const eq = raw.indexOf('=');
        assignments.push([raw.slice(0, eq), expandWord(raw.slice(eq + 1), session.env) ?? '']);
        continue;
      }
      const word = expandWord(raw, session.env);
      if (word === null) continue;
      if (hasGlob(raw)) {
        const found = globPaths({ state, counters }, word, globRegExp);
        if (found.length > 0) {
          argv.push(...found);
          continue;
        }
      }
      argv.push(word);
    }
    const redirects: RanCommand['redirects'] = [];
    let toStdout = false;
    for (const r of cmd.redirects) {
      if ('toStdout' in r) toStdout = true;
      else redirects.push({ fd: r.fd, append: r.append, target: expandWord(r.target, session.env) ?? '' });
    }
    return { argv, redirects, toStdout, assignments };
  };

  const runPipeline = (item: ListItem, line: string) => {
    let stdin = '';
    let stdout = '';
    let stderr = '';
    let exitCode = 0;
    let clearScreen = false;
    const notes: string[] = [];
    const before = state;
    const ran: RanCommand[] = [];
    const cmds = item.pipeline.commands;
    cmds.forEach((cmd, k) => {
      const last = k === cmds.length - 1;
      const e = expand(cmd);
      let argv = e.argv;
      if (argv.length === 0) {
        for (const [name, value] of e.assignments) session.env[name] = value;
        exitCode = 0;
        stdin = '';
        return;
      }
      for (const [name, value] of e.assignments) session.env[name] = value;
      while (argv[0] === 'sudo') argv = argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('-')));
      ran.push({ argv: e.argv, redirects: e.redirects });
      const name = argv[0];
      let r: CmdResult;
      if (name === undefined) r = { stdout: '', stderr: '', exitCode: 0, notes: [] };
      else {
        const builtin = BUILTINS[name];
        const tty = last && !e.redirects.some((x) => x.fd === 1);
        const ctx: CmdContext & { tty: boolean } = { state, derived, stdin, session, counters, tty };
        if (builtin) r = builtin(argv, ctx);
        else {
          r = { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127, notes: [] };
          if (NOT_SIMULATED.has(name)) r.notes.push(`${name} is not simulated in this lab; help lists what is.`);
        }
      }
      if (r.state) {
        state = r.state;
        derived = deriveValues(state);
      }
      if (r.clear) clearScreen = true;
      for (const n of r.notes) if (!notes.includes(n)) notes.push(n);
      let out = r.stdout;
      let err = r.stderr;
      if (e.toStdout) {
        out += err;
        err = '';
      }
      for (const redirect of e.redirects) {
        if (redirect.fd === 2) {
          if (redirect.target !== '/dev/null') notes.push('only /dev/null can take stderr in the lab.');
          err = '';
          continue;
        }
        const w = writeFile({ state, derived, stdin, session, counters }, redirect.target, out, { kind: 'redirect', command: name ?? '' });
        out = '';
        if (w.state) {
          state = w.state;
          derived = deriveValues(state);
        }
        for (const n of w.notes) if (!notes.includes(n)) notes.push(n);
        if (w.stderr) err += w.stderr;
        if (w.exitCode !== 0) r = { ...r, exitCode: w.exitCode };
      }
      stderr += err;
      exitCode = r.exitCode;
      if (last) stdout = out;
      else stdin = out;
    });
    const record: ChangeRecord | undefined =
      state !== before && JSON.stringify(state) !== JSON.stringify(before)
        ? {
            command: line.slice(cmds[0]!.start, cmds.at(-1)!.end).trim(),
            script: scriptLine(ran),
            ...describeChange(before, state),
          }
        : undefined;
    if (state !== before && !record) state = before;
    return { stdout, stderr, exitCode, notes, clearScreen, record };
  };

  const run = (line: string): RunResult => {
    const before = state;
    const beforeDerived = derived;
    let stdout = '';
    let stderr = '';
    let output = '';
    let exitCode = 0;
    let clearScreen = false;
    const notes: string[] = [];
    const applied: ChangeRecord[] = [];
    let items: ListItem[] = [];
    try {
      items = parse(line);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      const msg = `bash: ${e.message}\n`;
      return result({ output: msg, stdout: '', stderr: msg, notes: [], exitCode: 2, applied: [], clearScreen: false, before, beforeDerived });
    }
    for (const item of items) {
      if (item.connector === '&&' && exitCode !== 0) continue;
      if (item.connector === '||' && exitCode === 0) continue;
      let r: ReturnType<typeof runPipeline>;
      try {
        r = runPipeline(item, line);
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        r = { stdout: '', stderr: `bash: ${e.message}\n`, exitCode: 1, notes: [], clearScreen: false, record: undefined };
      }
      stdout += r.stdout;
      stderr += r.stderr;
      output += r.stdout + r.stderr;
      exitCode = r.exitCode;
      session.env['?'] = String(exitCode);
      if (r.clearScreen) {
        clearScreen = true;
        output = '';
      }
      for (const n of r.notes) if (!notes.includes(n)) notes.push(n);
      if (r.record) applied.push(r.record);
    }
    return result({ output, stdout, stderr, notes, exitCode, applied, clearScreen, before, beforeDerived });
  };

  const result = (r: {
    output: string;
    stdout: string;
    stderr: string;
    notes: string[];
    exitCode: number;
    applied: ChangeRecord[];
    clearScreen: boolean;
    before: MachineState;
    beforeDerived: Derived;
  }): RunResult => {
    const stateChanged = r.applied.length > 0;
    const notes = [...r.notes];
    const diff = diffValues(r.beforeDerived.values, derived.values);
    if (stateChanged) {
      // Counting so far belongs to the old placement of queues and threads.
      ledger.observe(read?.(), derived.topology);
      for (const n of derived.notes) if (!r.beforeDerived.notes.includes(n)) notes.push(n);
      if (diff.length > 0) notes.push(`simulation: ${diff.join(', ')}.`);
      changes = [...changes, ...r.applied];
    }
    let output = r.output;
    if (notes.length > 0) output += notes.map((n) => `${LAB}${n}\n`).join('');
    return {
      output,
      stdout: r.stdout,
      stderr: r.stderr,
      notes,
      exitCode: r.exitCode,
      stateChanged,
      valuesChanged: diff.length > 0,
      values: derived.values,
      changes: r.applied,
      clear: r.clearScreen,
    };
  };

  const needsCounters = (line: string): boolean => {
    let items: ListItem[];
    try {
      items = parse(line);
    } catch {
      return false;
    }
    const env = { ...session.env };
    const ctx = { state, counters };
    return items.some((item) =>
      item.pipeline.commands.some((cmd) => {
        let argv: string[];
        try {
          argv = cmd.words.map((w) => expandWord(w, env)).filter((w): w is string => w !== null);
        } catch {
          return false;
        }
        while (argv[0] === 'sudo') argv = argv.slice(1);
        const name = argv[0];
        if (name === 'ethtool') return ethtoolReadsCounters(argv);
        if (name === 'nstat') return true;
        if (name === 'ip') return ipReadsCounters(argv);
        if (name === 'cat' || name === 'grep' || name === 'head' || name === 'tail' || name === 'tee')
          return argv.slice(1).some((a) => (hasGlob(a) ? globPaths(ctx, a, globRegExp) : [a]).some((p) => isLivePath(ctx, p)));
        return false;
      }),
    );
  };

  return {
    prompt: PROMPT,
    run,
    complete: (line, cursor) => completeLine({ state, counters }, line, cursor),
    needsCounters,
    get state() {
      return state;
    },
    get values() {
      return derived.values;
    },
    get topology() {
      return derived.topology;
    },
    get changes() {
      return changes;
    },
    exportScript: () => exportScript(changes),
    reset() {
      state = createMachineState();
      derived = deriveValues(state);
      changes = [];
      session.env = { HOME: '/root', USER: 'root', '?': '0' };
      session.nstatHistory = undefined;
      ledger.clear(read?.(), derived.topology);
    },
    setRead(r) {
      read = r;
    },
  };
}
