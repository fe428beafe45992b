/**
 * The SNMP counters (/proc/net/snmp, /proc/net/snmp6, /proc/net/netstat) in
 * three spellings: `nstat` (`UdpRcvbufErrors  123  0.0`), `cat /proc/net/snmp`
 * (a `Udp:` line of names, then a `Udp:` line of numbers) and `netstat -s`
 * (sections of sentences from net-tools' statistics.c). All three land on
 * nstat's names, so one key means one counter whichever tool printed it.
 */
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
    const m = NSTAT_LINE.exec(lines[i]!);
    if (!m) break;
    readings.push(snmpReading(m[1]!, Number(m[2])));
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
    messages.push(`nstat lines ${start + 1}–${i} are the change over "sleep ${cmd.sleepS}" (nstat without -a); their rates are that change divided by ${cmd.sleepS} s.`);
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
const SENTENCES: Record<string, Record<string, string>> = {
  Ip: {
    'total packets received': 'IpInReceives',
    'with invalid headers': 'IpInHdrErrors',
    'with invalid addresses': 'IpInAddrErrors',
    forwarded: 'IpForwDatagrams',
    'incoming packets discarded': 'IpInDiscards',
    'incoming packets delivered': 'IpInDelivers',
  },
  Udp: {
    'packets received': 'UdpInDatagrams',
    'packets to unknown port received': 'UdpNoPorts',
    'packets to unknown port received.': 'UdpNoPorts',
    'packet receive errors': 'UdpInErrors',
    'packets sent': 'UdpOutDatagrams',
    'receive buffer errors': 'UdpRcvbufErrors',
    'send buffer errors': 'UdpSndbufErrors',
  },
  TcpExt: {
    'times the listen queue of a socket overflowed': 'TcpExtListenOverflows',
    'SYNs to LISTEN sockets dropped': 'TcpExtListenDrops',
    'SYNs to LISTEN sockets ignored': 'TcpExtListenDrops',
    'packets pruned from receive queue because of socket buffer overrun': 'TcpExtPruneCalled',
    'packets pruned from receive queue': 'TcpExtRcvPruned',
    'packets dropped from out-of-order queue because of socket buffer overrun': 'TcpExtOfoPruned',
  },
};

const SECTION = /^([A-Z][A-Za-z0-9]*):\s*$/;
const SENTENCE = /^\s+(\d+)\s+(.+?)\s*$/;
const NAMED = /^\s+([A-Za-z][A-Za-z0-9]*):\s+(\d+)\s*$/;

export const parseNetstat: BlockParser = (lines, start) => {
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
      const line = lines[i]!;
      const named = NAMED.exec(line);
      const sentence = SENTENCE.exec(line);
      if (named) {
        // `InCsumErrors: 3` under `Udp:` is UdpInCsumErrors; under `TcpExt:`, `TCPBacklogDrop: 2` is TcpExtTCPBacklogDrop.
        readings.push(snmpReading(`${section}${named[1]}`, Number(named[2])));
      } else if (sentence) {
        const name = SENTENCES[section]?.[sentence[2]!];
        if (name) readings.push(snmpReading(name, Number(sentence[1])));
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

const SNMP_PAIR = /^([A-Z][A-Za-z0-9]*):((?:\s+[A-Z][A-Za-z0-9]*)+)\s*$/;

export const parseProcSnmp: BlockParser = (lines, start) => {
  let i = start;
  const readings: BlockReading[] = [];
  const prefixes: string[] = [];
  while (i + 1 < lines.length) {
    const names = SNMP_PAIR.exec(lines[i]!);
    if (!names) break;
    const prefix = names[1]!;
    const valueLine = lines[i + 1]!;
    if (!valueLine.startsWith(`${prefix}:`)) break;
    const keys = names[2]!.trim().split(/\s+/);
    const values = valueLine.slice(prefix.length + 1).trim().split(/\s+/);
    if (values.length !== keys.length || !values.every((v) => /^-?\d+$/.test(v))) break;
    keys.forEach((k, j) => readings.push(snmpReading(`${prefix}${k}`, Number(values[j]))));
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
