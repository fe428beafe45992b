/**
 * Turning a paste into lines, and recognising the shell lines around the
 * outputs. People paste from terminals, chat, e-mail and web pages, so line
 * ends, prompts and stray characters vary; none of it may throw.
 */

/** Lines of the paste, 0-based here; reported to the reader 1-based. */
export function splitLines(text: string): string[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n?|\n/);
  // A final newline does not start another (empty) line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const isBlank = (line: string): boolean => line.trim() === '';

/**
 * A counter's value from its digits, or null if no kernel counter could hold
 * it: they are 64-bit (ethtool prints %llu), so anything beyond ±2^64 is not
 * a counter, and would sum to Infinity.
 */
export function counterValue(digits: string): number | null {
  const n = Number(digits);
  return Number.isFinite(n) && Math.abs(n) <= 2 ** 64 ? n : null;
}

/**
 * The whitespace-separated words of a line ([] for a blank one). Formats made
 * of repeated columns are checked word by word instead of with one repeated
 * regex group: V8 keeps a backtracking entry per repetition, and a row of a
 * million columns overflows its stack.
 */
export function words(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/\s+/);
}

/**
 * `# source: …` and `# note: …` lines annotate a paste (the fixtures use them
 * for their provenance) and are skipped. Other `#` lines are not: nstat
 * prints `#kernel`, and a root prompt looks like `# ethtool -S eth0`.
 */
export const isAnnotation = (line: string): boolean => /^\s*#\s*(source|note)\s*:/i.test(line);

/** A short, printable preview of a line for messages. */
export function preview(line: string, max = 60): string {
  // Only the start is shown, so only the start is cleaned: a line may be megabytes long.
  const head = line.length > max * 4 ? line.slice(0, max * 4) : line;
  // Control characters would garble a terminal; show them as a replacement mark.
  const printable = head
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')
    .replace(/\t/g, ' ')
    .trim();
  return printable.length > max || head !== line ? `${printable.slice(0, max - 1)}…` : printable;
}

export type Tool = 'ethtool -S' | 'ethtool -i' | 'softnet_stat' | 'interrupts' | 'snmp' | 'nstat' | 'netstat' | 'ip link' | 'other';

export type Command = {
  /** The command as typed, without the prompt. */
  text: string;
  tool: Tool;
  iface?: string;
  /** nstat -a prints totals; without it, the change since nstat last ran. */
  absolute?: boolean;
  /** `sleep N` in the same line: nstat's change then covers N seconds. */
  sleepS?: number;
};

// Prompts: `$ `, `# `, `user@host:~$ `, `[root@host ~]# `, `root@host:~# `, `sh-4.2$ `, `~# `.
const PROMPT = /^\s*(?:\[[^\]\n]{1,80}\]\s*[#$]|[\w.-]+@[\w.-]+(?::[^\s#$]*)?\s*[#$]|(?:sh|bash)-[\d.]+[#$]|[~\w/.-]*[#$%>])\s+/;
const COMMAND_WORDS =
  /^(?:sudo\s+(?:-\S+\s+)*)?(?:ethtool|ethtol|cat|nstat|netstat|ip|grep|egrep|watch|less|head|tail|awk|sed|sleep|exit|ss|sysctl|uname|ifconfig|lspci)(?=\s|$)/;

/** The interface an `ethtool -X IF` or `ip … show IF` names; pipes and quotes cut it short. */
function argAfter(text: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(text);
  // `ethtool -S eno2|grep -v ": 0"`: the interface ends where a pipe, quote or separator starts.
  const word = m?.[1]?.replace(/^['"]/, '').split(/['"|;&>]/)[0];
  return word && /^[\w.@:-]{1,32}$/.test(word) ? word : undefined;
}

function classify(text: string): Command {
  const cmd: Command = { text, tool: 'other' };
  if (/\bethtool\s+(?:-S|--statistics)\b/.test(text)) {
    cmd.tool = 'ethtool -S';
    cmd.iface = argAfter(text, /\bethtool\s+(?:-S|--statistics)\s+(\S+)/);
  } else if (/\bethtool\s+(?:-i|--driver)\b/.test(text)) {
    cmd.tool = 'ethtool -i';
    cmd.iface = argAfter(text, /\bethtool\s+(?:-i|--driver)\s+(\S+)/);
  } else if (/\/proc\/net\/softnet_stat\b/.test(text)) cmd.tool = 'softnet_stat';
  else if (/\/proc\/interrupts\b/.test(text)) cmd.tool = 'interrupts';
  else if (/\/proc\/net\/snmp\b/.test(text)) cmd.tool = 'snmp';
  else if (/\bnstat\b/.test(text)) {
    cmd.tool = 'nstat';
    cmd.absolute = /\bnstat\b[^|&;]*\s-\w*a/.test(text);
    const sleep = /\bsleep\s+(\d+(?:\.\d+)?)\b/.exec(text);
    if (sleep) cmd.sleepS = Number(sleep[1]);
  } else if (/\bnetstat\b[^|&;]*\s-\w*s/.test(text)) cmd.tool = 'netstat';
  else if (/\bip\b(?:\s+-\S+)*\s+(?:l|li|lin|link)\b/.test(text) || /\bip\s+-s\b/.test(text)) {
    cmd.tool = 'ip link';
    cmd.iface = argAfter(text, /\b(?:show|dev)\s+(\S+)/);
  }
  return cmd;
}

/**
 * The command on a shell line, or null if the line is not one. A line with a
 * prompt is a command whatever follows; without a prompt only a line that
 * starts like one of the commands we expect counts, so counter lines such as
 * `Ip: 1 64 …` are never taken for `ip`.
 */
export function parseCommand(line: string): Command | null {
  const prompt = PROMPT.exec(line);
  if (prompt) {
    const rest = line.slice(prompt[0].length).trim();
    // `#kernel` (nstat) and `# 3 packets…` are not prompts: a command starts with a letter or a path.
    if (rest === '' || !/^[a-z/.]/.test(rest)) return null;
    if (!COMMAND_WORDS.test(rest) && /^#/.test(line.trim())) return null;
    return classify(rest);
  }
  const bare = line.trim();
  if (!COMMAND_WORDS.test(bare)) return null;
  const cmd = classify(bare);
  // Without a prompt, only the outputs we read (plus a few shell words) make a command line.
  if (cmd.tool === 'other' && !/^(?:sudo\s+)?(?:ethtool|ethtol|nstat|netstat|cat|exit)(?=\s|$)/.test(bare)) return null;
  return cmd;
}

/** `line 4` or `lines 4–9`, 1-based as the reader counts. */
export const lineRange = (l: readonly [number, number]): string => (l[0] === l[1] ? `line ${l[0]}` : `lines ${l[0]}–${l[1]}`);
