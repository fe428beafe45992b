/**
 * Cutting a paste into blocks of known formats. Walks the lines once; at
 * each line every parser may claim a block starting there. Shell lines are
 * read for hints (which tool, which interface); lines nobody claims are
 * collected, with a reason, for the reader to see.
 */
import type { BlockParser, Declined, ParseContext, ParsedBlock } from './parsers/block';
import { parseEthtoolInfo, parseEthtoolStats } from './parsers/ethtool';
import { parseInterrupts } from './parsers/interrupts';
import { parseIpLink } from './parsers/ip-link';
import { parseNetstat, parseNstat, parseProcSnmp } from './parsers/snmp';
import { parseSoftnet } from './parsers/softnet';
import { isAnnotation, isBlank, lineRange, parseCommand, preview, splitLines, type Command } from './text';
import type { Format, Snapshot, UnrecognisedRun } from './types';

// Most specific first: a softnet row or an interrupt line cannot be mistaken
// for anything else, while `name: number` (ethtool) is the loosest shape.
const PARSERS: BlockParser[] = [parseSoftnet, parseInterrupts, parseIpLink, parseProcSnmp, parseNetstat, parseNstat, parseEthtoolInfo, parseEthtoolStats];

/** Why a line was not read, in words the reader can act on. */
function reasonFor(line: string, previous: { format: Format; lines: [number, number] } | null, justAfter: boolean): string {
  const t = line.trim();
  if (/command not found|No such (file|device)|Operation not permitted|Permission denied|Cannot get|not supported/i.test(t)) {
    return 'a shell or tool error message, not command output';
  }
  if (/^Inter-\|/.test(t) || /^face \|bytes/.test(t)) return '/proc/net/dev is not read here: paste ip -s link instead';
  if (/^\S+: flags=\d+</.test(t) || /^\s*RX packets \d+/.test(line) || /Link encap:/.test(t))
    return 'ifconfig output is not read here: paste ip -s link instead';
  if (/^(Ring parameters|Pre-set maximums|Current hardware settings|Coalesce parameters|Channel parameters)/.test(t)) {
    return 'ethtool -g/-c/-l output (settings, not counters) is not read here';
  }
  if (previous && justAfter) {
    return `right after the ${previous.format} output of ${lineRange(previous.lines)} but not a ${previous.format} line: the paste may be cut off or mixed with something else`;
  }
  return 'not part of any output read here (ethtool -S, /proc/net/softnet_stat, nstat, netstat -s, /proc/net/snmp, ip -s link, /proc/interrupts)';
}

export type Segmented = { snapshot: Snapshot; blocks: Array<ParsedBlock & { lines: [number, number]; source: string }> };

/** How often segment() reports progress: after each this many characters of the paste. */
export const PROGRESS_CHARS = 1 << 20;

/** Called with how many characters of the paste have been read so far. */
export type ProgressListener = (charsRead: number) => void;

const isDeclined = (r: ParsedBlock | Declined | null): r is Declined => r !== null && 'declined' in r;

export function segment(text: string, onProgress?: ProgressListener): Segmented {
  const lines = splitLines(text);
  const blocks: Segmented['blocks'] = [];
  const unrecognised: UnrecognisedRun[] = [];
  const messages: string[] = [];
  const ordinals = new Map<Format, number>();
  let command: Command | null = null;
  // An `ethtool -i IF` block names the driver of the next `ethtool -S` for the same interface.
  let driver: { name: string; iface?: string } | undefined;
  let lastBlockEnd = -1;
  // Per parser: the line before which it has already said no (see Declined in parsers/block.ts).
  const declinedUntil = PARSERS.map(() => 0);

  // Characters read so far, kept up as `i` moves, for the progress reports.
  let read = 0;
  let readLine = 0;
  let nextReport = PROGRESS_CHARS;
  const advance = (to: number) => {
    for (; readLine < to; readLine++) read += lines[readLine]!.length + 1;
    if (onProgress && read >= nextReport) {
      onProgress(Math.min(read, text.length));
      nextReport = read + PROGRESS_CHARS;
    }
  };

  const addUnrecognised = (i: number) => {
    const prev = blocks[blocks.length - 1];
    const reason = reasonFor(lines[i]!, prev ? { format: prev.format, lines: prev.lines } : null, prev !== undefined && lastBlockEnd === i);
    const last = unrecognised[unrecognised.length - 1];
    // Neighbouring lines with the same reason are one run.
    if (last && last.lines[1] === i && last.reason === reason) last.lines[1] = i + 1;
    else unrecognised.push({ lines: [i + 1, i + 1], text: preview(lines[i]!), reason });
    // Lines straight after such a line still belong to the same cut-off or mixed-up stretch.
    if (lastBlockEnd === i) lastBlockEnd = i + 1;
  };

  let i = 0;
  while (i < lines.length) {
    advance(i);
    const line = lines[i]!;
    if (isBlank(line) || isAnnotation(line)) {
      i++;
      continue;
    }
    const cmd = parseCommand(line);
    if (cmd) {
      command = cmd;
      i++;
      continue;
    }
    let parsed: ParsedBlock | null = null;
    for (let p = 0; p < PARSERS.length && !parsed; p++) {
      if (i < declinedUntil[p]!) continue;
      const parse = PARSERS[p]!;
      const iface = command?.tool === 'ethtool -S' ? command.iface : undefined;
      const ctx: ParseContext = {
        command,
        ordinal: 0,
        driver: driver && (!iface || !driver.iface || driver.iface === iface) ? driver.name : undefined,
        reached: advance,
      };
      const result = parse(lines, i, ctx);
      if (isDeclined(result)) {
        declinedUntil[p] = result.until;
        continue;
      }
      parsed = result;
      if (parsed) {
        // Re-run with the right ordinal now that the format is known (keys of a second ethtool block must differ).
        const ordinal = ordinals.get(parsed.format) ?? 0;
        if (ordinal > 0) {
          const again = parse(lines, i, { ...ctx, ordinal });
          if (again && !isDeclined(again)) parsed = again;
        }
        ordinals.set(parsed.format, ordinal + 1);
      }
    }
    if (!parsed || parsed.end <= i) {
      addUnrecognised(i);
      i++;
      continue;
    }
    const range: [number, number] = [i + 1, parsed.end];
    const source = `${parsed.label}, ${lineRange(range)}`;
    blocks.push({ ...parsed, lines: range, source });
    for (const m of parsed.messages ?? []) messages.push(m);
    if (parsed.format === 'ethtool -i' && parsed.driver) driver = { name: parsed.driver, iface: command?.iface };
    else if (parsed.format === 'ethtool -S') driver = undefined;
    command = null;
    lastBlockEnd = parsed.end;
    i = parsed.end;
  }
  advance(lines.length);

  const readings: Snapshot['readings'] = [];
  const interrupts: Snapshot['interrupts'] = [];
  for (const b of blocks) {
    // Completed in place rather than copied: a block may hold a hundred thousand readings.
    for (const r of b.readings) readings.push(Object.assign(r, { format: b.format, source: b.source }));
    if (b.interrupts) interrupts.push({ ...b.interrupts, source: b.source });
  }
  const snapshot: Snapshot = {
    recognised: blocks.map((b) => ({ format: b.format, detail: b.detail, lines: b.lines })),
    unrecognised,
    readings,
    interrupts,
    messages,
  };
  return { snapshot, blocks };
}
