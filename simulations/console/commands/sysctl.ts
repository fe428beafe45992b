/**
 * sysctl from procps-ng 4.0.4 (src/sysctl.c): reading (ReadSetting,
 * DisplayAll), writing (parse_setting_line, WriteSetting) and their messages
 * and return codes, over the lab's /proc/sys/net/core. The kernel-side checks
 * are sysctl-table.ts.
 */
import { ok, STRERROR, type CmdContext, type CmdResult } from '../context';
import type { MachineState } from '../machine';
import { SYSCTL_KEYS, sysctlNote } from '../sysctl-table';
import { listDir, lookup, type VfsContext } from '../vfs';

const PROC_PATH = '/proc/sys/';
const VERSION = 'sysctl from procps-ng 4.0.4\n';

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

/** slashdot(): dots become slashes for the path unless the key already uses slashes. */
function toPath(key: string): string {
  const first = key.search(/[./]/);
  const path = first >= 0 && key[first] === '/' ? key : key.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
  return PROC_PATH + path;
}

function toDotted(path: string): string {
  return path
    .slice(PROC_PATH.length)
    .replace(/\/$/, '')
    .replace(/[./]/g, (c) => (c === '/' ? '.' : '/'));
}

type Options = { printName: boolean; newline: boolean; ignore: boolean; namesOnly: boolean; quiet: boolean; pattern?: RegExp };

export function sysctl(argv: string[], ctx: CmdContext): CmdResult {
  let stdout = '';
  let stderr = '';
  const notes: string[] = [];
  let state: MachineState = ctx.state;
  const o: Options = { printName: true, newline: true, ignore: false, namesOnly: false, quiet: false };
  let write = false;
  let all = false;
  const rest: string[] = [];

  if (argv.length < 2) return { stdout: '', stderr: USAGE, exitCode: 1, notes };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      switch (name) {
        case 'all':
          all = true;
          break;
        case 'binary':
          o.newline = false;
          o.printName = false;
          break;
        case 'values':
          o.printName = false;
          break;
        case 'ignore':
          o.ignore = true;
          break;
        case 'names':
          o.namesOnly = true;
          break;
        case 'write':
          write = true;
          break;
        case 'quiet':
          o.quiet = true;
          break;
        case 'deprecated':
        case 'dry-run':
          break;
        case 'pattern': {
          const p = inline ?? argv[++i];
          if (p === undefined) return { stdout: '', stderr: "sysctl: option '--pattern' requires an argument\n" + USAGE, exitCode: 1, notes };
          o.pattern = new RegExp(p);
          break;
        }
        case 'help':
          return ok(USAGE);
        case 'version':
          return ok(VERSION);
        case 'load':
        case 'system':
          return { stdout: '', stderr: '', exitCode: 1, notes: ['loading sysctl.conf files is not simulated; set keys with sysctl -w name=value.'] };
        default:
          return { stdout: USAGE, stderr: `sysctl: unrecognized option '${a}'\n`, exitCode: 0, notes };
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const f = a[k]!;
        switch (f) {
          case 'b':
            o.newline = false;
            o.printName = false;
            break;
          case 'n':
            o.printName = false;
            break;
          case 'e':
            o.ignore = true;
            break;
          case 'N':
            o.namesOnly = true;
            break;
          case 'w':
            write = true;
            break;
          case 'q':
            o.quiet = true;
            break;
          case 'o':
          case 'x':
            break;
          case 'a':
          case 'A':
          case 'X':
            all = true;
            break;
          case 'r': {
            const p = a.slice(k + 1) || argv[++i];
            if (p === undefined) return { stdout: USAGE, stderr: "sysctl: option requires an argument -- 'r'\n", exitCode: 0, notes };
            o.pattern = new RegExp(p);
            k = a.length;
            break;
          }
          case 'V':
            return ok(VERSION);
          case 'h':
          case 'd':
            return ok(USAGE);
          case 'p':
          case 'f':
            return { stdout: '', stderr: '', exitCode: 1, notes: ['loading sysctl.conf files is not simulated; set keys with sysctl -w name=value.'] };
          default:
            // getopt's '?' goes to Usage(stdout), which exits with success.
            return { stdout: USAGE, stderr: `sysctl: invalid option -- '${f}'\n`, exitCode: 0, notes };
        }
      }
      continue;
    }
    rest.push(a);
  }

  const vctx = (): VfsContext => ({ state, counters: ctx.counters });
  const show = (dotted: string, value: string) => {
    if (o.pattern && !o.pattern.test(dotted)) return;
    if (o.namesOnly) stdout += `${dotted}\n`;
    else if (o.printName) stdout += `${dotted} = ${value}\n`;
    else stdout += o.newline ? `${value}\n` : value;
  };
  const displayAll = (path: string) => {
    const l = lookup(vctx(), path);
    if (!('node' in l) || l.node.kind !== 'dir') return;
    for (const name of listDir(vctx(), l.node)) {
      const child = `${path.replace(/\/$/, '')}/${name}`;
      const c = lookup(vctx(), child);
      if (!('node' in c)) continue;
      if (c.node.kind === 'dir') displayAll(child);
      else show(toDotted(child), c.node.read(vctx()).replace(/\n$/, ''));
    }
  };

  if (all) {
    displayAll(PROC_PATH);
    notes.push('only net.core.* exists in the lab; a real host lists about a thousand keys.');
    return { stdout, stderr, exitCode: 0, notes };
  }
  if (rest.length === 0) return { stdout: '', stderr: "sysctl: no variables specified\nTry `sysctl --help' for more information.\n", exitCode: 1, notes };

  let code = 0;
  const outside = (key: string) => !/^net[./]core([./]|$)/.test(key.replace(/^-/, ''));
  for (const arg of rest) {
    if (write || arg.includes('=')) {
      // parse_setting_line("command line", 0, arg)
      let key = arg.trimStart();
      if (key.length < 2 || key[0] === '#' || key[0] === ';') {
        code |= 1;
        continue;
      }
      const eq = key.indexOf('=');
      if (eq < 0) {
        if (key[0] !== '-') stderr += 'sysctl: command line(0): invalid syntax, continuing...\n';
        code |= 1;
        continue;
      }
      const value = key.slice(eq + 1).trim();
      key = key.slice(0, eq).trimEnd();
      let ignoreFailure = false;
      if (key.startsWith('-')) {
        ignoreFailure = true;
        key = key.slice(1);
      }
      const path = toPath(key);
      const l = lookup(vctx(), path);
      if (!('node' in l)) {
        if (!o.ignore) {
          stderr += `sysctl: cannot stat ${path}: ${STRERROR.ENOENT}\n`;
          code |= 1;
          if (outside(key)) notes.push('only net.core.* exists in the lab.');
        }
        continue;
      }
      const dotted = toDotted(path);
      if (l.node.kind === 'dir') {
        stderr += `sysctl: setting key "${dotted}": ${STRERROR.EISDIR}\n`;
        continue;
      }
      if (!l.node.write) {
        stderr += `sysctl: setting key "${dotted}": ${STRERROR.EPERM}\n`;
        continue;
      }
      const r = l.node.write(vctx(), `${value}\n`);
      if ('errno' in r) {
        stderr +=
          r.errno === 'ENOENT' && !o.ignore
            ? `sysctl: setting key "${dotted}": ${STRERROR.ENOENT}\n`
            : `sysctl: setting key "${dotted}": ${STRERROR[r.errno]}\n`;
        if (!ignoreFailure) code |= 1;
        continue;
      }
      state = r.state;
      const name = dotted.replace(/^net\.core\./, '');
      const note = sysctlNote(name);
      if (note && !notes.includes(note)) notes.push(note);
      if (!o.quiet) {
        if (o.namesOnly) stdout += `${dotted}\n`;
        else if (o.printName) stdout += `${dotted} = ${value}\n`;
        else stdout += o.newline ? `${value}\n` : value;
      }
    } else {
      const path = toPath(arg);
      const l = lookup(vctx(), path);
      if (!('node' in l)) {
        if (!o.ignore) {
          stderr += `sysctl: cannot stat ${path}: ${STRERROR.ENOENT}\n`;
          code += 1;
          if (outside(arg)) notes.push('only net.core.* exists in the lab.');
        }
        continue;
      }
      if (l.node.kind === 'dir') displayAll(path);
      else show(toDotted(path), l.node.read(vctx()).replace(/\n$/, ''));
    }
  }
  const result: CmdResult = { stdout, stderr, exitCode: code, notes };
  if (state !== ctx.state) result.state = state;
  return result;
}

/** The keys a `sysctl` command line names, for completion. */
export const SYSCTL_FULL_NAMES = Object.keys(SYSCTL_KEYS)
  .sort()
  .map((n) => `net.core.${n}`);
