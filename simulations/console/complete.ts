/**
 * Tab completion for the console: command names, options, interface names,
 * parameters and their values, sysctl keys, pids, and paths under /proc and
 * /sys. Returns the whole words that could replace the one at the cursor.
 */
import { BOOL_PARAMS, ETHTOOL_OPTIONS, ETHTOOL_PARAMS } from './commands/ethtool';
import { SYSCTL_FULL_NAMES } from './commands/sysctl';
import { FEATURES, LEGACY_FLAGS } from './features';
import { IFACE, tidOf } from './machine';
import { snmpTables } from './procfs';
import { zeroCounters } from './counters';
import { listDir, lookup, type VfsContext } from './vfs';

export type Completion = {
  /** The characters [from, to) of the line the candidates replace. */
  from: number;
  to: number;
  /** Sorted, whole replacement words; directories end in "/". */
  candidates: string[];
  /** The longest prefix all candidates share (what a single Tab inserts). */
  common: string;
};

export const COMMANDS = [
  'cat',
  'clear',
  'echo',
  'ethtool',
  'exit',
  'export',
  'grep',
  'head',
  'help',
  'ip',
  'ls',
  'nproc',
  'nstat',
  'pgrep',
  'set',
  'sudo',
  'sysctl',
  'tail',
  'taskset',
  'tee',
  'wc',
];

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function paths(ctx: VfsContext, partial: string): string[] {
  if (!partial.startsWith('/')) return ['/proc/', '/sys/'].filter((p) => p.startsWith(partial) || partial === '');
  const slash = partial.lastIndexOf('/');
  const dir = partial.slice(0, slash + 1);
  const base = partial.slice(slash + 1);
  const l = lookup(ctx, dir);
  if (!('node' in l) || l.node.kind !== 'dir') return [];
  const children = l.node.children(ctx);
  return listDir(ctx, l.node)
    .filter((n) => n.startsWith(base))
    .map((n) => `${dir}${n}${children[n]!.kind === 'dir' ? '/' : ''}`);
}

/** Candidates for the word at index `index` given the words before it (already without `sudo`). */
function candidatesFor(ctx: VfsContext, words: string[], index: number, partial: string, afterRedirect: boolean): string[] {
  if (afterRedirect) return paths(ctx, partial);
  if (index === 0) return COMMANDS;
  const cmd = words[0]!;
  const prev = words[index - 1] ?? '';
  const state = ctx.state;
  switch (cmd) {
    case 'ethtool': {
      if (index === 1) return [...ETHTOOL_OPTIONS, '-h', '--help', '--version'];
      if (index === 2) return [IFACE, 'lo'];
      const opt = words[1]!;
      const letter = {
        '-G': 'G',
        '--set-ring': 'G',
        '-C': 'C',
        '--coalesce': 'C',
        '-L': 'L',
        '--set-channels': 'L',
        '-X': 'X',
        '--set-rxfh-indir': 'X',
        '--rxfh': 'X',
        '-K': 'K',
        '--features': 'K',
        '--offload': 'K',
      }[opt];
      if (letter === 'K') {
        if ((index - 3) % 2 === 1) return ['on', 'off'];
        return [...LEGACY_FLAGS.filter((f) => f.short !== 'ufo').flatMap((f) => [f.short, f.long]), ...FEATURES.filter((f) => !f.fixed).map((f) => f.name)];
      }
      if (letter === 'X') {
        if (prev === 'hfunc') return ['toeplitz', 'xor', 'crc32'];
        return ETHTOOL_PARAMS.X!;
      }
      if (letter) {
        if ((index - 3) % 2 === 1) return BOOL_PARAMS.has(prev) ? ['on', 'off'] : [];
        return ETHTOOL_PARAMS[letter]!;
      }
      return [];
    }
    case 'sysctl': {
      if (partial.startsWith('-')) return ['-a', '-w', '-n', '-e', '-q', '-N', '-b', '--all', '--write', '--values', '--names', '--quiet'];
      const write = words.some((w, i) => i > 0 && i < index && /^-\w*w/.test(w));
      return SYSCTL_FULL_NAMES.map((n) => (write ? `${n}=` : n));
    }
    case 'taskset': {
      if (partial.startsWith('-')) return ['-p', '-c', '-a', '-pc', '-apc', '--pid', '--cpu-list', '--all-tasks'];
      return state.threads.map((_, t) => String(tidOf(t)));
    }
    case 'ip': {
      if (partial.startsWith('-')) return ['-s', '-stats', '-details'];
      const rest = words.slice(1, index).filter((w) => !w.startsWith('-'));
      if (rest.length === 0) return ['link'];
      if (rest.length === 1) return ['show', 'dev', IFACE, 'lo'];
      if (prev === 'show' || prev === 'dev') return [IFACE, 'lo', ...(prev === 'show' ? ['dev'] : [])];
      return [];
    }
    case 'nstat': {
      if (partial.startsWith('-')) return ['-a', '-z', '-az', '-s', '-r', '-n'];
      return snmpTables(zeroCounters()).flatMap((t) => t.fields.map(([f]) => t.name + f));
    }
    case 'pgrep':
      return ['udp-sink', '-a', '-l', '-x'];
    case 'help':
      return COMMANDS;
    case 'echo':
      return [];
    case 'cat':
    case 'ls':
    case 'tee':
    case 'grep':
    case 'head':
    case 'tail':
      return paths(ctx, partial);
  }
  return [];
}

/** Completion of the word under `cursor` (default: end of line). */
export function complete(ctx: VfsContext, line: string, cursor = line.length): Completion {
  const before = line.slice(0, cursor);
  // The command being typed starts after the last unquoted |, ; or &.
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '|' || c === ';' || c === '&') start = i + 1;
  }
  const segment = before.slice(start);
  const wordStart = start + Math.max(segment.lastIndexOf(' '), segment.lastIndexOf('\t'), segment.lastIndexOf('>')) + 1;
  const partial = line.slice(wordStart, cursor);
  let words = segment
    .slice(0, wordStart - start)
    .split(/\s+/)
    .filter((w) => w !== '');
  const afterRedirect = /[>]\s*$/.test(segment.slice(0, wordStart - start)) || words.at(-1) === '>' || words.at(-1) === '>>';
  words = words.filter((w) => w !== '>' && w !== '>>');
  if (words[0] === 'sudo') words = words.slice(1);
  const index = words.length;
  const candidates = [...new Set(candidatesFor(ctx, [...words, partial], index, partial, afterRedirect))].filter((c) => c.startsWith(partial)).sort();
  return { from: wordStart, to: cursor, candidates, common: commonPrefix(candidates) || partial };
}
