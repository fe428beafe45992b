/**
 * `ip [-s [-s]] link [show [dev] NAME]` from iproute2 6.8: ip/ipaddress.c
 * print_linkinfo and print_stats64, whose columns size themselves to the
 * widest number (size_columns) and are right-aligned (print_num).
 */
import { fail, type CmdContext, type CmdResult } from '../context';
import { IFACE, MAC_ADDR } from '../machine';
import { eth0Stats, ZERO_STATS, type LinkStats } from '../procfs';

/** size_columns: grows each column to its value's digits, counted the way iproute2 does (10 counts as 1 digit). */
function sizeColumns(cols: number[], values: number[]): void {
  values.forEach((val, i) => {
    let len = 1;
    for (let powi = 10; powi < val; len++, powi *= 10);
    if (len > cols[i]!) cols[i] = len;
  });
}

const num = (width: number, v: number) => `${String(v).padStart(width)} `;
const hdr = (width: number, s: string) => s.padStart(width);

/** print_stats64 in text mode; `level` is the number of -s. */
export function printStats64(s: LinkStats, level: number, carrierChanges: number): string {
  const cols = [10, 7, 6, 7, 7, 7, 10];
  sizeColumns(cols, [s.rx_bytes, s.rx_packets, s.rx_errors, s.rx_dropped, s.rx_missed_errors, s.multicast, 0]);
  if (level > 1) sizeColumns(cols, [0, 0, 0, 0, s.rx_fifo_errors, 0, 0]);
  sizeColumns(cols, [s.tx_bytes, s.tx_packets, s.tx_errors, s.tx_dropped, 0, 0, 0]);
  if (level > 1) sizeColumns(cols, [0, 0, 0, 0, 0, 0, carrierChanges]);
  const [c0, c1, c2, c3, c4, c5, c6] = cols as [number, number, number, number, number, number, number];
  let out = `    RX: ${[hdr(c0 - 4, 'bytes'), hdr(c1, 'packets'), hdr(c2, 'errors'), hdr(c3, 'dropped'), hdr(c4, 'missed'), hdr(c5, 'mcast'), hdr(c6, '')].join(' ')}\n`;
  out += `    ${num(c0, s.rx_bytes)}${num(c1, s.rx_packets)}${num(c2, s.rx_errors)}${num(c3, s.rx_dropped)}${num(c4, s.rx_missed_errors)}${num(c5, s.multicast)}`;
  if (level > 1) {
    out += '\n';
    out += `    RX errors:${[hdr(c0 - 10, ''), hdr(c1, 'length'), hdr(c2, 'crc'), hdr(c3, 'frame'), hdr(c4, 'fifo'), hdr(c5, 'overrun'), hdr(c6, '')].join(' ')}\n`;
    out += `${' '.repeat(c0 + 5)}${num(c1, 0)}${num(c2, 0)}${num(c3, 0)}${num(c4, s.rx_fifo_errors)}${num(c5, 0)}`;
  }
  out += '\n';
  out += `    TX: ${[hdr(c0 - 4, 'bytes'), hdr(c1, 'packets'), hdr(c2, 'errors'), hdr(c3, 'dropped'), hdr(c4, 'carrier'), hdr(c5, 'collsns'), hdr(c6, '')].join(' ')}\n`;
  out += `    ${num(c0, s.tx_bytes)}${num(c1, s.tx_packets)}${num(c2, s.tx_errors)}${num(c3, s.tx_dropped)}${num(c4, 0)}${num(c5, 0)}`;
  if (level > 1) {
    out += '\n';
    out += `    TX errors:${[hdr(c0 - 10, ''), hdr(c1, 'aborted'), hdr(c2, 'fifo'), hdr(c3, 'window'), hdr(c4, 'heartbt'), hdr(c5, 'transns')].join(' ')}\n`;
    out += `${' '.repeat(c0 + 5)}${num(c1, 0)}${num(c2, 0)}${num(c3, 0)}${num(c4, 0)}${num(c5, carrierChanges)}`;
  }
  return `${out}\n`;
}

type Link = { index: number; name: string; head: string; link: string; carrier: number; stats: (ctx: CmdContext) => LinkStats };

const LINKS: Link[] = [
  {
    index: 1,
    name: 'lo',
    head: '<LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000',
    link: 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    carrier: 0,
    stats: () => ZERO_STATS,
  },
  {
    index: 2,
    name: IFACE,
    head: '<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000',
    link: `link/ether ${MAC_ADDR} brd ff:ff:ff:ff:ff:ff`,
    carrier: 2,
    stats: (ctx) => eth0Stats(ctx.counters()),
  },
];

/** iproute2's matches(): the word is a prefix of the keyword. */
const matches = (word: string, keyword: string) => word.length > 0 && keyword.startsWith(word);

export function ipReadsCounters(argv: string[]): boolean {
  return argv.slice(1).some((a) => a.startsWith('-') && matches(a, '-statistics'));
}

export function ip(argv: string[], ctx: CmdContext): CmdResult {
  let stats = 0;
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const a = argv[i]!;
    if (matches(a, '-statistics') || matches(a, '-stats')) stats++;
    else if (matches(a, '-details') || a === '-c' || matches(a, '-color')) continue;
    else return fail(`Option "${a}" is unknown, try "ip -help".`, 255);
  }
  const object = argv[i];
  if (object === undefined) return fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { link | address | route | ... }', 255);
  if (!matches(object, 'link')) {
    const known = ['address', 'route', 'rule', 'neighbor', 'ntable', 'tunnel', 'maddress', 'monitor', 'netns', 'stats', 'nexthop'];
    if (known.some((k) => matches(object, k)))
      return { stdout: '', stderr: '', exitCode: 1, notes: [`ip ${object} is not simulated; the lab has ip link (with -s for counters).`] };
    return fail(`Object "${object}" is unknown, try "ip help".`, 255);
  }
  let rest = argv.slice(i + 1);
  if (rest[0] !== undefined && ['show', 'list', 'lst', 'ls'].some((k) => matches(rest[0]!, k))) rest = rest.slice(1);
  else if (rest[0] !== undefined && matches(rest[0], 'set'))
    return { stdout: '', stderr: '', exitCode: 1, notes: ['ip link set is not simulated; the lab changes eth0 with ethtool.'] };
  if (rest[0] === 'dev') rest = rest.slice(1);
  const name = rest[0];
  const links = name === undefined ? LINKS : LINKS.filter((l) => l.name === name);
  if (links.length === 0) return fail(`Device "${name}" does not exist.`);
  let out = '';
  for (const l of links) {
    out += `${l.index}: ${l.name}: ${l.head}\n    ${l.link}\n`;
    if (stats > 0) out += printStats64(l.stats(ctx), stats, l.carrier);
  }
  return { stdout: out, stderr: '', exitCode: 0, notes: [] };
}
