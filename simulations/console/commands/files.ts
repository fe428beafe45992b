/**
 * Reading and writing the lab's /proc and /sys files: cat, echo, tee, ls, and
 * the write half of bash's `>` redirection. Messages are coreutils' and
 * bash's ("cat: X: No such file or directory", "bash: echo: write error:
 * Invalid argument").
 */
import { ok, STRERROR, type CmdContext, type CmdResult, type Errno } from '../context';
import type { MachineState } from '../machine';
import { inLab, listDir, lookup, type FileNode } from '../vfs';

const OUTSIDE = 'only /proc and /sys exist in the lab.';

/** Where a write's failure is reported: bash (redirection), tee, or the redirected command. */
export type Writer = { kind: 'redirect'; command: string } | { kind: 'tee' };

export type WriteOutcome = { state?: MachineState; stderr?: string; exitCode: number; notes: string[] };

function openFile(ctx: CmdContext, path: string): { node: FileNode } | { errno: Errno } | { outside: true } {
  if (path === '/dev/null') return { node: { kind: 'file', read: () => '', write: (c) => ({ state: c.state }) } };
  if (!inLab(path)) return { outside: true };
  const l = lookup(ctx, path);
  if ('errno' in l) return { errno: l.errno };
  if (l.node.kind === 'dir') return { errno: 'EISDIR' };
  return { node: l.node };
}

/** Opens `path` for writing and writes `data` once, as bash or tee would. */
export function writeFile(ctx: CmdContext, path: string, data: string, writer: Writer): WriteOutcome {
  const f = openFile(ctx, path);
  const openError = (errno: Errno): WriteOutcome => ({
    stderr: writer.kind === 'tee' ? `tee: ${path}: ${STRERROR[errno]}\n` : `bash: ${path}: ${STRERROR[errno]}\n`,
    exitCode: 1,
    notes: [],
  });
  if ('outside' in f) return { exitCode: 1, notes: [OUTSIDE], stderr: '' };
  if ('errno' in f) return openError(f.errno);
  const node = f.node;
  if (!node.write) {
    if (node.openErrno) return openError(node.openErrno);
    // procfs opens a read-only file for root and fails the write itself.
    return {
      stderr: writer.kind === 'tee' ? `tee: ${path}: ${STRERROR.EIO}\n` : `bash: ${writer.command}: write error: ${STRERROR.EIO}\n`,
      exitCode: 1,
      notes: [],
    };
  }
  // An empty write (`> file` with no output) never reaches the kernel's handler.
  if (data === '' && path !== '/dev/null') return { exitCode: 0, notes: [] };
  const r = node.write(ctx, data);
  if ('errno' in r) {
    const stderr = writer.kind === 'tee' ? `tee: ${path}: ${STRERROR[r.errno]}\n` : `bash: ${writer.command}: write error: ${STRERROR[r.errno]}\n`;
    return { stderr, exitCode: 1, notes: [] };
  }
  return { state: r.state === ctx.state ? undefined : r.state, exitCode: 0, notes: r.notes ?? [] };
}

export function cat(argv: string[], ctx: CmdContext): CmdResult {
  const files = argv.slice(1);
  if (files.length === 0) return ok(ctx.stdin);
  let stdout = '';
  let stderr = '';
  const notes: string[] = [];
  for (const path of files) {
    if (path === '-') {
      stdout += ctx.stdin;
      continue;
    }
    const f = openFile(ctx, path);
    if ('outside' in f) {
      stderr += `cat: ${path}: ${STRERROR.ENOENT}\n`;
      if (!notes.includes(OUTSIDE)) notes.push(OUTSIDE);
    } else if ('errno' in f) stderr += `cat: ${path}: ${STRERROR[f.errno]}\n`;
    else stdout += f.node.read(ctx);
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0, notes };
}

/** bash's echo builtin: -n, -e, -E. */
export function echo(argv: string[]): CmdResult {
  let i = 1;
  let newline = true;
  let escapes = false;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]!); i++) {
    for (const f of argv[i]!.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  return ok(newline ? `${text}\n` : text);
}

/** tee [-a] FILE…: -a makes no difference to /proc and /sys files. */
export function tee(argv: string[], ctx: CmdContext): CmdResult {
  const files = argv.slice(1).filter((a) => !a.startsWith('-'));
  let state = ctx.state;
  let stderr = '';
  const notes: string[] = [];
  for (const path of files) {
    const w = writeFile({ ...ctx, state }, path, ctx.stdin, { kind: 'tee' });
    if (w.state) state = w.state;
    stderr += w.stderr ?? '';
    for (const n of w.notes) if (!notes.includes(n)) notes.push(n);
  }
  const r: CmdResult = { stdout: ctx.stdin, stderr, exitCode: stderr || notes.includes(OUTSIDE) ? 1 : 0, notes };
  if (state !== ctx.state) r.state = state;
  return r;
}

/** GNU ls -C: entries down then across, as many columns as fit 80 characters, two spaces apart. */
function columns(names: string[], width = 80): string {
  if (names.length === 0) return '';
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const col = names.slice(c * rows, (c + 1) * rows);
      if (col.length === 0) break;
      widths.push(Math.max(...col.map((n) => n.length)));
    }
    const total = widths.reduce((a, w) => a + w, 0) + 2 * (widths.length - 1);
    if (total <= width || cols === 1) {
      let out = '';
      for (let r = 0; r < rows; r++) {
        const cells: string[] = [];
        for (let c = 0; c < widths.length; c++) {
          const n = names[c * rows + r];
          if (n !== undefined) cells.push(n);
        }
        out += `${cells.map((n, c) => (c === cells.length - 1 ? n : n.padEnd(widths[c]! + 2))).join('')}\n`;
      }
      return out;
    }
  }
  return '';
}

export function ls(argv: string[], ctx: CmdContext & { tty: boolean }): CmdResult {
  const one = argv.includes('-1');
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (paths.length === 0) paths.push('/');
  let stdout = '';
  let stderr = '';
  const notes: string[] = [];
  const sections: Array<{ path: string; names: string[] }> = [];
  const plain: string[] = [];
  for (const path of paths) {
    const l = inLab(path) ? lookup(ctx, path) : ({ errno: 'ENOENT' } as const);
    if ('errno' in l) {
      stderr += `ls: cannot access '${path}': ${STRERROR.ENOENT}\n`;
      if (!inLab(path) && !notes.includes(OUTSIDE)) notes.push(OUTSIDE);
      continue;
    }
    if (l.node.kind === 'file') plain.push(path);
    else sections.push({ path, names: listDir(ctx, l.node) });
  }
  const fmt = (names: string[]) => (one || !ctx.tty ? names.map((n) => `${n}\n`).join('') : columns(names));
  stdout += fmt(plain);
  sections.forEach((s, i) => {
    if (paths.length > 1) stdout += `${plain.length > 0 || i > 0 ? '\n' : ''}${s.path}:\n`;
    stdout += fmt(s.names);
  });
  return { stdout, stderr, exitCode: stderr ? 2 : 0, notes };
}

/** Whether reading this path shows live counters. */
export function isLivePath(ctx: Pick<CmdContext, 'state' | 'counters'>, path: string): boolean {
  if (!inLab(path)) return false;
  const l = lookup(ctx, path);
  if ('node' in l) return l.node.kind === 'file' && l.node.live === true;
  return false;
}
