/**
 * What a command gets and gives back. Commands are functions of (argv,
 * context): they never touch the console's state directly; a command that
 * changes the machine returns the new MachineState.
 */
import type { MachineCounters } from './counters';
import type { Derived } from './derive';
import type { MachineState } from './machine';
import type { Env } from './shell';

/** Console-wide things that outlive one command: shell variables, nstat's history file. */
export type Session = {
  env: Env;
  /** /tmp/.nstat.u0: counter values at nstat's last run, or undefined before the first. */
  nstatHistory: Record<string, number> | undefined;
};

export type CmdContext = {
  state: MachineState;
  derived: Derived;
  stdin: string;
  session: Session;
  /** Live counters on the machine's queues and CPUs (reads the simulation). */
  counters(): MachineCounters;
};

export type CmdResult = {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The lab's own remarks (printed as "# lab: …"), not tool output. */
  notes: string[];
  /** The machine after the command, when it changed it. */
  state?: MachineState;
  /** `clear`: the UI empties its screen. */
  clear?: boolean;
};

export type Command = (argv: string[], ctx: CmdContext) => CmdResult;

export function ok(stdout = '', notes: string[] = []): CmdResult {
  return { stdout, stderr: '', exitCode: 0, notes };
}

export function fail(stderr: string, exitCode = 1, stdout = '', notes: string[] = []): CmdResult {
  return { stdout, stderr: stderr.endsWith('\n') || stderr === '' ? stderr : `${stderr}\n`, exitCode, notes };
}

/** strerror(3) texts for the errnos the lab's kernel returns. */
export const STRERROR = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EIO: 'Input/output error',
  EACCES: 'Permission denied',
  ENODEV: 'No such device',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EINVAL: 'Invalid argument',
  ERANGE: 'Numerical result out of range',
  EOPNOTSUPP: 'Operation not supported',
  EOVERFLOW: 'Value too large for defined data type',
} as const;
export type Errno = keyof typeof STRERROR;
