/**
 * The SNMP counters (/proc/net/snmp, /proc/net/snmp6, /proc/net/netstat) in
 * three spellings: `nstat` (`UdpRcvbufErrors  123  0.0`), `cat /proc/net/snmp`
 * (a `Udp:` line of names, then a `Udp:` line of numbers) and `netstat -s`
 * (sections of sentences from net-tools' statistics.c). All three land on
 * nstat's names, so one key means one counter whichever tool printed it.
 */
import { mapOf } from '../lookup';
import { counterValue, words } from '../text';
import type { BlockParser, BlockReading } from './block';

const NSTAT_LINE = /^\s*([A-Z][A-Za-z0-9]+)\s+(\d+)\s+(\d+(?:\.\d+)?)\s*$/;

function snmpReading(name: string, value: number): BlockReading {
  return { key: `snmp:${name}`, name, value, group: name, member: '' };
}

export const parseNstat: BlockParser = (lines, start, ctx) => {
  const header = /^\s*#kernel\s*$/.test(lines[start]!);
  let i = header ? start + 1 : start;
  const readings: BlockReading[] = [];
  while (i < lines.length) {
    ctx.reached?.(i);
    const m = NSTAT_LINE.exec(lines[i]!);
    const value = m ? counterValue(m[2]!) : null;
    if (!m || value === null) break;
    readings.push(snmpReading(m[1]!, value));
    i++;
  }
  if (!header && readings.length < 2 && ctx.command?.tool !== 'nstat') return null;
  if (!header && readings.length === 0) return null;
  const cmd = ctx.command?.tool === 'nstat' ? ctx.command : null;
  // nstat without -a prints the change since it last ran (its history file), not totals.
  const absolute = cmd ? cmd.absolute === true : undefined;
  const messages: string[] = [];
  let detail = `${readings.length} counters`;
  if (absolute === false && cmd?.sleepS) {
    messages.push(
      `nstat lines ${start + 1}–${i} are the change over "sleep ${cmd.sleepS}" (nstat without -a); their rates are that change divided by ${cmd.sleepS} s.`,
    );
  }
  if (absolute === false) {
    detail += cmd?.sleepS ? `, changes over ${cmd.sleepS} s (nstat without -a after "sleep ${cmd.sleepS}")` : ', changes since nstat last ran (no -a)';
  } else if (absolute === undefined) {
    detail += ', taken as totals (run nstat -az to be sure)';
  }
  return {
    format: 'nstat',
    end: i,
    detail,
    label: 'nstat',
    readings: readings.map((r) => ({ ...r, deltaOverS: absolute === false ? (cmd?.sleepS ?? null) : undefined })),
    messages,
  };
};

// netstat -s sentences (net-tools statistics.c) → nstat names, for the counters the diagnosis reads.
const SENTENCES: ReadonlyMap<string, ReadonlyMap<string, string>> = mapOf({
  Ip: mapOf({
    'total packets received': 'IpInReceives',
    'with invalid headers': 'IpInHdrErrors',
    'with invalid addresses': 'IpInAddrErrors',
    forwarded: 'IpForwDatagrams',
    'incoming packets discarded': 'IpInDiscards',
    'incoming packets delivered': 'IpInDelivers',
  }),
  Udp: mapOf({
    'packets received': 'UdpInDatagrams',
    'packets to unknown port received': 'UdpNoPorts',
    'packets to unknown port received.': 'UdpNoPorts',
    'packet receive errors': 'UdpInErrors',
    'packets sent': 'UdpOutDatagrams',
    'receive buffer errors': 'UdpRcvbufErrors',
    'send buffer errors': 'UdpSndbufErrors',
  }),
  TcpExt: mapOf({
    'times the listen queue of a socket overflowed': 'TcpExtListenOverflows',
    'SYNs to LISTEN sockets dropped': 'TcpExtListenDrops',
    'SYNs to LISTEN sockets ignored': 'TcpExtListenDrops',
    'packets pruned from receive queue because of socket buffer overrun': 'TcpExtPruneCalled',
    'packets pruned from receive queue': 'TcpExtRcvPruned',
    'packets dropped from out-of-order queue because of socket buffer overrun': 'TcpExtOfoPruned',
  }),
});

const SECTION = /^([A-Z][A-Za-z0-9]*):\s*$/;
// The sentence's end is trimmed apart: `(.+?)\s*$` retries the trailing-space match at every
// character, which is quadratic in a line with a long run of spaces inside.
const SENTENCE = /^\s+(\d+)\s+(\S.*)$/;
const NAMED = /^\s+([A-Za-z][A-Za-z0-9]*):\s+(\d+)\s*$/;

export const parseNetstat: BlockParser = (lines, start, ctx) => {
  if (!SECTION.test(lines[start]!)) return null;
  let i = start;
  const readings: BlockReading[] = [];
  const sections: string[] = [];
  while (i < lines.length) {
    const sec = SECTION.exec(lines[i]!);
    if (!sec) break;
    const section = sec[1]!;
    sections.push(section);
    i++;
    while (i < lines.length && /^\s+\S/.test(lines[i]!)) {
      ctx.reached?.(i);
      const line = lines[i]!;
      const named = NAMED.exec(line);
      const sentence = SENTENCE.exec(line);
      if (named) {
        // `InCsumErrors: 3` under `Udp:` is UdpInCsumErrors; under `TcpExt:`, `TCPBacklogDrop: 2` is TcpExtTCPBacklogDrop.
        const value = counterValue(named[2]!);
        if (value !== null) readings.push(snmpReading(`${section}${named[1]}`, value));
      } else if (sentence) {
        const name = SENTENCES.get(section)?.get(sentence[2]!.trimEnd());
        const value = counterValue(sentence[1]!);
        if (name && value !== null) readings.push(snmpReading(name, value));
      }
      i++;
    }
  }
  // A lone `Word:` line with nothing under it is not netstat output.
  if (i - start < 2) return null;
  return {
    format: 'netstat -s',
    end: i,
    detail: `sections ${sections.join(', ')}; ${readings.length} counters read`,
    label: 'netstat -s',
    readings,
  };
};

const SNMP_PREFIX = /^([A-Z][A-Za-z0-9]*):(\s.*)$/;
const SNMP_NAME = /^[A-Z][A-Za-z0-9]*$/;
const INTEGER = /^-?\d+$/;

/** `Udp: InDatagrams NoPorts …`: the prefix and the names; null for anything else (checked word by word, see words()). */
function snmpNames(line: string): { prefix: string; keys: string[] } | null {
  const m = SNMP_PREFIX.exec(line);
  if (!m) return null;
  const keys = words(m[2]!);
  return keys.length > 0 && keys.every((k) => SNMP_NAME.test(k)) ? { prefix: m[1]!, keys } : null;
}

export const parseProcSnmp: BlockParser = (lines, start, ctx) => {
  let i = start;
  const readings: BlockReading[] = [];
  const prefixes: string[] = [];
  while (i + 1 < lines.length) {
    ctx.reached?.(i);
    const names = snmpNames(lines[i]!);
    if (!names) break;
    const { prefix, keys } = names;
    const valueLine = lines[i + 1]!;
    if (!valueLine.startsWith(`${prefix}:`)) break;
    const values = words(valueLine.slice(prefix.length + 1));
    const numbers = values.map((v) => (INTEGER.test(v) ? counterValue(v) : null));
    if (values.length !== keys.length || numbers.includes(null)) break;
    keys.forEach((k, j) => readings.push(snmpReading(`${prefix}${k}`, numbers[j]!)));
    prefixes.push(prefix);
    i += 2;
  }
  if (prefixes.length === 0) return null;
  return {
    format: '/proc/net/snmp',
    end: i,
    detail: `${prefixes.join(', ')}; ${readings.length} counters`,
    label: '/proc/net/snmp',
    readings,
  };
};
