/**
 * `ethtool -S IF`: "NIC statistics:" then one `name: value` per line, the
 * names chosen by each driver. Also read without the header (grep output,
 * copies that lost the indentation) and `ethtool -i IF`, whose `driver:`
 * line tells which driver the next statistics come from.
 */
import { guessDriver, queueGroup } from '../ethtool-names';
import { counterValue } from '../text';
import { declined, type BlockParser, type BlockReading } from './block';

const HEADER = /^\s*NIC statistics:\s*$/;
// Names may hold spaces, dots, brackets and colons: `VF 0 Tx Packets`, `port.rx_dropped`, `[0]: rx_bytes`.
const COUNTER = /^\s*([^\s:][^:]*?(?::\s*[^\s:][^:]*?)?):\s*(-?\d+)\s*$/;

/**
 * Drivers name counters in ETH_GSTRING_LEN (32) bytes, so a real name is
 * under 32 characters; 128 leaves room for odd copies. Longer "names" are
 * not counters, and refusing them keeps the name patterns of the rules
 * (`rx.*drop`, which may scan a name once per "rx" in it) cheap.
 */
const MAX_NAME = 128;

export function readCounterLine(line: string): { name: string; value: number } | null {
  const m = COUNTER.exec(line);
  if (!m) return null;
  const name = m[1]!.trim();
  const value = counterValue(m[2]!);
  return name.length <= MAX_NAME && value !== null ? { name, value } : null;
}

/** Messages about names printed more than once: a few by name, the rest counted. */
const NAMED_DUPLICATES = 5;

export const parseEthtoolStats: BlockParser = (lines, start, ctx) => {
  const first = lines[start]!;
  const hasHeader = HEADER.test(first);
  let i = hasHeader ? start + 1 : start;
  const counters: Array<{ name: string; value: number }> = [];
  while (i < lines.length) {
    ctx.reached?.(i);
    const c = readCounterLine(lines[i]!);
    if (!c) break;
    counters.push(c);
    i++;
  }
  const afterCommand = ctx.command?.tool === 'ethtool -S';
  // Without the header or the command, a few `name: number` lines are too little to call
  // them ethtool output, unless the names look like a NIC's.
  if (!hasHeader && !afterCommand) {
    const nicLike = counters.some((c) => /^(rx|tx)[_-]|^port\.|_allowance_|^queue_\d+_/.test(c.name));
    // A later start inside this run has fewer lines and no more NIC-like names: it fails too.
    if (counters.length < 3 || !nicLike) return counters.length === 0 ? null : declined(i);
  }
  if (!hasHeader && counters.length === 0) return null;

  const names = counters.map((c) => c.name);
  const driver = ctx.driver ?? guessDriver(names);
  const iface = ctx.command?.tool === 'ethtool -S' ? ctx.command.iface : undefined;
  const scope = iface ?? `#${ctx.ordinal + 1}`;
  const readings: BlockReading[] = counters.map((c) => ({
    key: `ethtool:${scope}:${c.name}`,
    name: c.name,
    value: c.value,
    ...queueGroup(c.name),
    iface,
    driver,
  }));
  const messages: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const c of counters) {
    if (seen.has(c.name)) {
      duplicates++;
      if (duplicates <= NAMED_DUPLICATES) messages.push(`ethtool -S lines ${start + 1}–${i}: "${c.name}" appears twice; the later value is used.`);
    }
    seen.add(c.name);
  }
  if (duplicates > NAMED_DUPLICATES) {
    messages.push(
      `ethtool -S lines ${start + 1}–${i}: ${(duplicates - NAMED_DUPLICATES).toLocaleString('en-US')} more names appear more than once; the later value is used each time.`,
    );
  }
  const label = `ethtool -S${iface ? ` ${iface}` : ''}${driver ? ` (${driver})` : ''}`;
  const drv = driver ? `driver ${driver}${ctx.driver ? '' : ' (guessed from the counter names)'}` : 'unknown driver (counters classified by name)';
  return {
    format: 'ethtool -S',
    end: i,
    detail: `${iface ? `${iface}, ` : ''}${drv}, ${counters.length} counter${counters.length === 1 ? '' : 's'}${hasHeader ? '' : ', no "NIC statistics:" header'}`,
    label,
    readings,
    messages,
  };
};

const INFO_LINE = /^\s*(driver|version|firmware-version|expansion-rom-version|bus-info|supports-[\w-]+):/;

export const parseEthtoolInfo: BlockParser = (lines, start) => {
  const m = /^\s*driver:\s*(\S+)\s*$/.exec(lines[start]!);
  if (!m) return null;
  let end = start + 1;
  while (end < lines.length && INFO_LINE.test(lines[end]!)) end++;
  if (end - start < 2) return null;
  return { format: 'ethtool -i', end, detail: `driver ${m[1]}`, label: 'ethtool -i', readings: [], driver: m[1] };
};
