/**
 * The text filters tuning guides pipe into: grep (GNU grep 3.11: BRE by
 * default, -E, -F, -i, -v, -w, -x, -c, -n, -e, -h/-H, -A/-B/-C context with
 * "--" between groups), head, tail and wc.
 * grep also reads the lab's files, so `grep . /proc/irq/*\/smp_affinity_list`
 * works as on a real host.
 */
import { ok, STRERROR, type CmdContext, type CmdResult } from '../context';
import { inLab, lookup } from '../vfs';

/** A GNU basic regular expression as a JavaScript one: \| \+ \? \( \) \{ \} are operators, their bare forms literals. */
function breToJs(bre: string): string {
  let out = '';
  for (let i = 0; i < bre.length; i++) {
    const c = bre[i]!;
    if (c === '\\' && i + 1 < bre.length) {
      const d = bre[++i]!;
      out += '|+?(){}'.includes(d) ? d : `\\${d}`;
    } else if (c === '[') {
      let j = i + 1;
      if (bre[j] === '^') j++;
      if (bre[j] === ']') j++;
      while (j < bre.length && bre[j] !== ']') j++;
      out += bre.slice(i, j + 1);
      i = j;
    } else out += '|+?(){}'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

const GREP_USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

export function grep(argv: string[], ctx: CmdContext): CmdResult {
  const patterns: string[] = [];
  let mode: 'G' | 'E' | 'F' = 'G';
  let ignoreCase = false;
  let invert = false;
  let word = false;
  let whole = false;
  let count = false;
  let number = false;
  let quiet = false;
  let names: boolean | undefined;
  let after = 0;
  let before = 0;
  const operands: string[] = [];
  const contextArg = (v: string | undefined) => {
    if (v === undefined || !/^\d+$/.test(v)) return undefined;
    return Number(v);
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (name === 'extended-regexp') mode = 'E';
      else if (name === 'fixed-strings') mode = 'F';
      else if (name === 'ignore-case') ignoreCase = true;
      else if (name === 'invert-match') invert = true;
      else if (name === 'word-regexp') word = true;
      else if (name === 'count') count = true;
      else if (name === 'regexp') patterns.push(value ?? argv[++i] ?? '');
      else return { stdout: '', stderr: `grep: unrecognized option '${a}'\n${GREP_USAGE}`, exitCode: 2, notes: [] };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const f = a[k]!;
        if (f === 'E') mode = 'E';
        else if (f === 'F') mode = 'F';
        else if (f === 'G') mode = 'G';
        else if (f === 'i' || f === 'y') ignoreCase = true;
        else if (f === 'v') invert = true;
        else if (f === 'w') word = true;
        else if (f === 'x') whole = true;
        else if (f === 'c') count = true;
        else if (f === 'n') number = true;
        else if (f === 'q') quiet = true;
        else if (f === 'h') names = false;
        else if (f === 'H') names = true;
        else if (f === 'e') {
          patterns.push(a.slice(k + 1) || argv[++i] || '');
          break;
        } else if (f === 'A' || f === 'B' || f === 'C') {
          const raw = a.slice(k + 1) || argv[++i];
          const n = contextArg(raw);
          if (n === undefined) return { stdout: '', stderr: `grep: ${raw ?? ''}: invalid context length argument\n`, exitCode: 2, notes: [] };
          if (f !== 'B') after = n;
          if (f !== 'A') before = n;
          break;
        } else return { stdout: '', stderr: `grep: invalid option -- '${f}'\n${GREP_USAGE}`, exitCode: 2, notes: [] };
      }
      continue;
    }
    operands.push(a);
  }
  if (patterns.length === 0) {
    const p = operands.shift();
    if (p === undefined) return { stdout: '', stderr: GREP_USAGE, exitCode: 2, notes: [] };
    patterns.push(...p.split('\n'));
  }
  let re: RegExp;
  try {
    const parts = patterns.map((p) => (mode === 'F' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : mode === 'G' ? breToJs(p) : p));
    let body = parts.map((p) => `(?:${p})`).join('|');
    if (word) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`;
    if (whole) body = `^(?:${body})$`;
    re = new RegExp(body, ignoreCase ? 'i' : '');
  } catch {
    return { stdout: '', stderr: 'grep: Invalid regular expression\n', exitCode: 2, notes: [] };
  }
  const inputs: Array<{ name: string; text: string }> = [];
  let stderr = '';
  if (operands.length === 0) inputs.push({ name: '(standard input)', text: ctx.stdin });
  for (const path of operands) {
    const l = inLab(path) ? lookup(ctx, path) : ({ errno: 'ENOENT' } as const);
    if ('errno' in l) stderr += `grep: ${path}: ${STRERROR.ENOENT}\n`;
    else if (l.node.kind === 'dir') stderr += `grep: ${path}: ${STRERROR.EISDIR}\n`;
    else inputs.push({ name: path, text: l.node.read(ctx) });
  }
  const prefix = names ?? operands.length > 1;
  let stdout = '';
  let matched = false;
  for (const input of inputs) {
    const lines = input.text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    let n = 0;
    const hits = lines.map((line) => re.test(line) !== invert);
    // Lines to print: matches, and with -A/-B their context; groups that do not touch are separated by "--".
    let lastPrinted = -1;
    lines.forEach((line, i) => {
      if (hits[i]) n++;
      if (count) return;
      const near = hits[i] || hits.slice(Math.max(0, i - after), i).some(Boolean) || hits.slice(i + 1, i + 1 + before).some(Boolean);
      if (!near) return;
      if (lastPrinted >= 0 && i > lastPrinted + 1 && (after > 0 || before > 0)) stdout += '--\n';
      const sep = hits[i] ? ':' : '-';
      stdout += `${prefix ? `${input.name}${sep}` : ''}${number ? `${i + 1}${sep}` : ''}${line}\n`;
      lastPrinted = i;
    });
    if (count) stdout += `${prefix ? `${input.name}:` : ''}${n}\n`;
    if (n > 0) matched = true;
  }
  if (quiet) stdout = '';
  return { stdout, stderr, exitCode: stderr && !matched ? 2 : matched ? 0 : 1, notes: [] };
}

function lineCount(argv: string[], fallback: number): number | undefined {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-n') return Number(argv[i + 1]);
    if (/^-n\d+$/.test(a)) return Number(a.slice(2));
    if (/^-\d+$/.test(a)) return Number(a.slice(1));
  }
  return fallback;
}

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
}

export function head(argv: string[], ctx: CmdContext): CmdResult {
  const n = lineCount(argv, 10) ?? 10;
  return ok(
    lines(ctx.stdin)
      .slice(0, n)
      .map((l) => `${l}\n`)
      .join(''),
  );
}

export function tail(argv: string[], ctx: CmdContext): CmdResult {
  if (argv.includes('-f')) return { stdout: '', stderr: '', exitCode: 1, notes: ['tail -f is not simulated; run the command again to see new values.'] };
  const n = lineCount(argv, 10) ?? 10;
  return ok(
    lines(ctx.stdin)
      .slice(-n)
      .map((l) => `${l}\n`)
      .join(''),
  );
}

/** GNU wc reading standard input: one count alone, or lines, words and bytes in 7-wide columns. */
export function wc(argv: string[], ctx: CmdContext): CmdResult {
  const text = ctx.stdin;
  const counts = { l: lines(text).length, w: text.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(text).length };
  const flags = argv
    .slice(1)
    .join('')
    .replace(/-/g, '')
    .split('')
    .filter((f) => f in counts) as Array<'l' | 'w' | 'c'>;
  const chosen = flags.length === 0 ? (['l', 'w', 'c'] as const) : flags;
  if (chosen.length === 1) return ok(`${counts[chosen[0]!]}\n`);
  return ok(`${chosen.map((f) => String(counts[f]).padStart(7)).join(' ')}\n`);
}
