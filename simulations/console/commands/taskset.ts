/**
 * taskset from util-linux 2.39 (schedutils/taskset.c): -p reads or sets the
 * CPU affinity of an existing task, -c switches masks to lists, -a applies
 * to every thread of the process. The lab's processes are udp-sink's
 * receiving threads: tid 4242 (the main thread, rx-0's reader), 4243 (rx-1's)…
 */
import { fail, ok, STRERROR, type CmdContext, type CmdResult } from '../context';
import { maskOf, parseUtilList, parseUtilMask, utilList, utilMask, type CpuMask } from '../cpuset';
import { APP_NAME, APP_PID, cloneState, threadOfTid, tidOf, type MachineState } from '../machine';

const USAGE = `Usage: taskset [options] [mask | cpu-list] [pid|cmd [args...]]

Show or change the CPU affinity of a process.

Options:
 -a, --all-tasks         operate on all the tasks (threads) for a given pid
 -p, --pid               operate on existing given pid
 -c, --cpu-list          display and specify cpus in list format
 -h, --help              display this help
 -V, --version           display version

The default behavior is to run a new command:
    taskset 03 sshd -b 1024
You can retrieve the mask of an existing task:
    taskset -p 700
Or set it:
    taskset -p 03 700
List format uses a comma-separated list instead of a mask:
    taskset -pc 0,3,7-11 700
Ranges in list format can take a stride argument:
    e.g. 0-31:2 is equivalent to mask 0x55555555

For more details see taskset(1).
`;

/** print_affinity: "pid %d's current affinity list: %s" and its mask / new variants. */
function line(tid: number, mask: CpuMask, list: boolean, isNew: boolean): string {
  return `pid ${tid}'s ${isNew ? 'new' : 'current'} affinity ${list ? 'list' : 'mask'}: ${list ? utilList(mask) : utilMask(mask)}\n`;
}

export function taskset(argv: string[], ctx: CmdContext): CmdResult {
  let all = false;
  let pidMode = false;
  let list = false;
  let optind = 1;
  for (; optind < argv.length; optind++) {
    const a = argv[optind]!;
    // getopt with "+": options stop at the first non-option.
    if (a === '--') {
      optind++;
      break;
    }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'all-tasks') all = true;
      else if (name === 'pid') pidMode = true;
      else if (name === 'cpu-list') list = true;
      else if (name === 'help') return ok(USAGE);
      else if (name === 'version') return ok('taskset from util-linux 2.39.3\n');
      else return fail(`taskset: unrecognized option '${a}'\n${USAGE}`);
      continue;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (const f of a.slice(1)) {
      if (f === 'a') all = true;
      else if (f === 'p') pidMode = true;
      else if (f === 'c') list = true;
      else if (f === 'h') return ok(USAGE);
      else if (f === 'V') return ok('taskset from util-linux 2.39.3\n');
      else return fail(`taskset: invalid option -- '${f}'\n${USAGE}`);
    }
  }
  const operands = argv.slice(optind);
  let pid = 0;
  if (pidMode) {
    // -p parses the last argument as the pid (strtol_or_err).
    const last = argv.at(-1)!;
    if (!/^\s*[-+]?\d+$/.test(last)) return fail(`taskset: failed to parse pid: '${last}'`);
    pid = Number(last);
  }
  if ((!pid && operands.length < 2) || (pid && (operands.length < 1 || operands.length > 2))) return fail(USAGE);
  if (!pid) {
    return {
      stdout: '',
      stderr: '',
      exitCode: 1,
      notes: [`starting programs is not simulated; ${APP_NAME} is already running: change it with taskset -p (pid ${APP_PID}).`],
    };
  }
  let newMask: CpuMask | undefined;
  let setCpus: number[] | undefined;
  if (operands.length === 2) {
    const text = operands[0]!;
    setCpus = list ? parseUtilList(text) : parseUtilMask(text);
    if (!setCpus) return fail(`taskset: failed to parse CPU ${list ? 'list' : 'mask'}: ${text}`);
    newMask = maskOf(setCpus);
  }

  const state = ctx.state;
  const thread = threadOfTid(state, pid);
  const notes: string[] = [];
  if (thread === undefined) {
    if (all) return ok();
    const threads =
      state.threads.length === 1
        ? `one receiving thread (tid ${APP_PID})`
        : `one receiving thread per RX queue (tids ${APP_PID}…${tidOf(state.threads.length - 1)})`;
    return fail(`taskset: failed to get pid ${pid}'s affinity: ${STRERROR.ESRCH}`, 1, '', [
      `the lab's only process is ${APP_NAME}: pid ${APP_PID}, ${threads}.`,
    ]);
  }
  const tids = all ? state.threads.map((_, t) => t) : [thread];
  let stdout = '';
  let next: MachineState | undefined;
  for (const t of tids) {
    const cur = (next ?? state).threads[t]!;
    stdout += line(tidOf(t), cur, list, false);
    if (newMask === undefined) continue;
    // sched_setaffinity refuses a mask with no online CPU.
    if (newMask === 0) return { stdout, stderr: `taskset: failed to set pid ${tidOf(t)}'s affinity: ${STRERROR.EINVAL}\n`, exitCode: 1, notes, state: next };
    next ??= cloneState(state);
    next.threads[t] = newMask;
    stdout += line(tidOf(t), newMask, list, true);
  }
  if (newMask !== undefined && !all && state.threads.length > 1)
    notes.push(`only thread ${pid} (rx-${thread}'s reader) changed; ${APP_NAME} has ${state.threads.length} receiving threads. taskset -a changes them all.`);
  const result: CmdResult = { stdout, stderr: '', exitCode: 0, notes };
  if (next && JSON.stringify(next.threads) !== JSON.stringify(state.threads)) result.state = next;
  return result;
}
