/**
 * The small part of bash the console needs: words with quotes and escapes,
 * $VAR / ${VAR:-default} / $((arithmetic)), comments, pipes, `;`, `&&`, `||`,
 * and output redirection. Enough to type what tuning guides print and to run
 * the exported script back line by line. Error texts are bash's.
 */

export type Op = '|' | '||' | '&&' | ';' | '&' | '>' | '>>' | '2>' | '2>>' | '2>&1' | '<';

export type Token = { kind: 'word'; raw: string; start: number; end: number } | { kind: 'op'; op: Op; start: number; end: number };

export type Redirect = { fd: 1 | 2; append: boolean; target: string } | { fd: 2; toStdout: true };
export type SimpleCommand = { words: string[]; redirects: Redirect[]; start: number; end: number };
export type Pipeline = { commands: SimpleCommand[] };
/** A pipeline and how it joins the previous one. */
export type ListItem = { connector: ';' | '&&' | '||' | null; pipeline: Pipeline };

export class ShellSyntaxError extends Error {}

const OPS: Op[] = ['2>&1', '2>>', '||', '&&', '>>', '2>', '|', ';', '&', '>', '<'];

/**
 * Splits a line into words (raw text, quotes kept for expandWord) and
 * operators. A `#` that starts a word comments out the rest of the line.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '#') break;
    // "2>" is an operator only at the start of a word.
    const op = OPS.find((o) => line.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    const start = i;
    while (i < line.length) {
      const c = line[i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
      if (c === '|' || c === ';' || c === '&' || c === '>' || c === '<') break;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === "'") {
        const close = line.indexOf("'", i + 1);
        if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
        i = close + 1;
        continue;
      }
      if (c === '"') {
        i++;
        while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
        if (i >= line.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
        i++;
        continue;
      }
      if (c === '$' && line[i + 1] === '(') {
        // $( … ) and $(( … )) run to their matching parenthesis.
        let depth = 0;
        let j = i + 1;
        for (; j < line.length; j++) {
          if (line[j] === '(') depth++;
          else if (line[j] === ')' && --depth === 0) break;
        }
        if (j >= line.length) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'");
        i = j + 1;
        continue;
      }
      if (c === '$' && line[i + 1] === '{') {
        const close = line.indexOf('}', i);
        if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `}'");
        i = close + 1;
        continue;
      }
      i++;
    }
    tokens.push({ kind: 'word', raw: line.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Groups tokens into `a | b && c; d`. Throws ShellSyntaxError with bash's words. */
export function parse(line: string): ListItem[] {
  const tokens = tokenize(line);
  const items: ListItem[] = [];
  let connector: ListItem['connector'] = null;
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand | null = null;
  const unexpected = (t: Token) => new ShellSyntaxError(`syntax error near unexpected token \`${t.kind === 'op' ? t.op : t.raw}'`);
  const endCommand = (t: Token) => {
    if (!current || current.words.length === 0) {
      if (current && current.redirects.length > 0) {
        commands.push(current);
        current = null;
        return;
      }
      throw unexpected(t);
    }
    commands.push(current);
    current = null;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      current ??= { words: [], redirects: [], start: t.start, end: t.end };
      current.words.push(t.raw);
      current.end = t.end;
      continue;
    }
    switch (t.op) {
      case '>':
      case '>>':
      case '2>':
      case '2>>': {
        const target = tokens[k + 1];
        if (!target || target.kind !== 'word') {
          if (!target) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
          throw unexpected(target);
        }
        current ??= { words: [], redirects: [], start: t.start, end: t.end };
        current.redirects.push({ fd: t.op.startsWith('2') ? 2 : 1, append: t.op.endsWith('>>'), target: target.raw });
        current.end = target.end;
        k++;
        break;
      }
      case '2>&1':
        current ??= { words: [], redirects: [], start: t.start, end: t.end };
        current.redirects.push({ fd: 2, toStdout: true });
        break;
      case '<':
        throw new ShellSyntaxError('input redirection is not simulated');
      case '|':
        endCommand(t);
        break;
      case ';':
      case '&&':
      case '||':
      case '&':
        endCommand(t);
        items.push({ connector, pipeline: { commands } });
        commands = [];
        connector = t.op === '&' ? ';' : t.op;
        break;
    }
  }
  // A line ending in |, && or || leaves bash waiting for the rest.
  const last = tokens.at(-1);
  if (last?.kind === 'op' && (last.op === '|' || last.op === '&&' || last.op === '||')) throw new ShellSyntaxError('syntax error: unexpected end of file');
  if (current) commands.push(current);
  if (commands.length > 0) items.push({ connector, pipeline: { commands } });
  return items;
}

export type Env = Record<string, string>;

export class ExpansionError extends Error {}

/** $(( … )): integers, + - * / % and parentheses, variables by name. */
function arithmetic(expr: string, env: Env): number {
  const tokens = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|[-+*/%()]/g) ?? [];
  if (tokens.join('') !== expr.replace(/\s+/g, '').replace(/\$/g, '')) throw new ExpansionError(`${expr.trim()}: syntax error in expression`);
  let pos = 0;
  const peek = () => tokens[pos];
  const primary = (): number => {
    const t = tokens[pos++];
    if (t === undefined) throw new ExpansionError(`${expr.trim()}: syntax error: operand expected`);
    if (t === '(') {
      const v = sum();
      if (tokens[pos++] !== ')') throw new ExpansionError(`${expr.trim()}: syntax error`);
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return Number.parseInt(env[t] ?? '0', 10) || 0;
    throw new ExpansionError(`${expr.trim()}: syntax error: operand expected`);
  };
  const product = (): number => {
    let v = primary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[pos++];
      const r = primary();
      if ((op === '/' || op === '%') && r === 0) throw new ExpansionError('division by 0');
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[pos++] === '+' ? v + product() : v - product();
    return v;
  };
  const v = sum();
  if (pos !== tokens.length) throw new ExpansionError(`${expr.trim()}: syntax error in expression`);
  return v;
}

/** One $… expansion starting at raw[i] (which is '$'): its value and where it ends. */
function dollar(raw: string, i: number, env: Env): { value: string; end: number } {
  const next = raw[i + 1];
  if (next === '(' && raw[i + 2] === '(') {
    const close = raw.indexOf('))', i);
    if (close < 0) throw new ExpansionError('bad arithmetic expression');
    return { value: String(arithmetic(raw.slice(i + 3, close), env)), end: close + 2 };
  }
  if (next === '(') throw new ExpansionError('command substitution $(…) is not simulated');
  if (next === '{') {
    const close = raw.indexOf('}', i);
    const body = raw.slice(i + 2, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*|\d+|\?)(?:(:?)([-=+])(.*))?$/.exec(body);
    if (!m) throw new ExpansionError(`\${${body}}: bad substitution`);
    const [, name, colon, op, word] = m;
    const set = env[name!] !== undefined && (colon !== ':' || env[name!] !== '');
    let value = env[name!] ?? '';
    if (op === '-' || op === '=') {
      if (!set) {
        value = expandWord(word ?? '', env) ?? '';
        if (op === '=') env[name!] = value;
      }
    } else if (op === '+') value = set ? (expandWord(word ?? '', env) ?? '') : '';
    return { value, end: close + 1 };
  }
  const m = /^(\?|\$|#|\d|[A-Za-z_][A-Za-z0-9_]*)/.exec(raw.slice(i + 1));
  if (!m) return { value: '$', end: i + 1 };
  return { value: env[m[1]!] ?? '', end: i + 1 + m[1]!.length };
}

/**
 * Expands one raw word: quotes removed, escapes resolved, variables and
 * arithmetic substituted. Returns null for a word that expands to nothing
 * outside quotes (bash drops it); no field splitting.
 */
export function expandWord(raw: string, env: Env): string | null {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length;) {
    const c = raw[i]!;
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === '"') {
      quoted = true;
      i++;
      while (i < raw.length && raw[i] !== '"') {
        const d = raw[i]!;
        if (d === '\\' && i + 1 < raw.length && '$`"\\\n'.includes(raw[i + 1]!)) {
          out += raw[i + 1];
          i += 2;
        } else if (d === '$') {
          const r = dollar(raw, i, env);
          out += r.value;
          i = r.end;
        } else {
          out += d;
          i++;
        }
      }
      i++;
    } else if (c === '\\') {
      out += raw[i + 1] ?? '';
      quoted = true;
      i += 2;
    } else if (c === '$') {
      const r = dollar(raw, i, env);
      out += r.value;
      i = r.end;
    } else if (c === '`') {
      throw new ExpansionError('command substitution `…` is not simulated');
    } else {
      out += c;
      i++;
    }
  }
  return out === '' && !quoted ? null : out;
}

/** True when the raw word has *, ? or [ outside quotes, i.e. bash would try to match file names. */
export function hasGlob(raw: string): boolean {
  let q: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"') i++;
    } else if (c === "'" || c === '"') q = c;
    else if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** A shell glob as a RegExp over one path segment. */
export function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Quotes a word for a script so it reads back as itself. */
export function quoteWord(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
