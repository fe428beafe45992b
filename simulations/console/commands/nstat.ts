/**
 * nstat from iproute2 6.8 (misc/nstat.c): the kernel's SNMP counters, by
 * default as increments since the previous run (its history file), with -a
 * as absolute values; -z keeps zeros, -s leaves the history alone, -r
 * resets it, shell patterns pick counters. Lines are "%-32s%-16llu%6.1f";
 * the rate column needs nstat's daemon, so it is 0.0.
 */
import { ok, type CmdContext, type CmdResult } from '../context';
import { snmpTables } from '../procfs';
import { globRegExp } from '../shell';

/** nstat.c useless_numbers: configuration values, not counters. */
const USELESS = new Set(['IpForwarding', 'IpDefaultTTL', 'TcpRtoAlgorithm', 'TcpRtoMin', 'TcpRtoMax', 'TcpMaxConn', 'TcpCurrEstab']);

const USAGE = `Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]
   -h, --help		this message
   -a, --ignore	ignore history
   -d, --scan=SECS	sample every statistics every SECS
   -j, --json          format output in JSON
   -n, --nooutput	do history only
   -p, --pretty        pretty print
   -r, --reset		reset history
   -s, --noupdate	don't update history
   -t, --interval=SECS	report average over the last SECS
   -V, --version	output version information
   -z, --zeros		show entries with zero activity
`;

const LONG: Record<string, string> = {
  ignore: 'a',
  zeros: 'z',
  noupdate: 's',
  nooutput: 'n',
  reset: 'r',
  json: 'j',
  pretty: 'p',
  help: 'h',
  version: 'V',
  scan: 'd',
  interval: 't',
};

export function nstat(argv: string[], ctx: CmdContext): CmdResult {
  const flags = new Set<string>();
  const patterns: string[] = [];
  for (const a of argv.slice(1)) {
    if (a.startsWith('--')) {
      const f = LONG[a.slice(2).split('=')[0]!];
      if (!f) return { stdout: '', stderr: `nstat: unrecognized option '${a}'\n${USAGE}`, exitCode: 255, notes: [] };
      flags.add(f);
    } else if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (!'azsnrjphVvdt'.includes(f)) return { stdout: '', stderr: `nstat: invalid option -- '${f}'\n${USAGE}`, exitCode: 255, notes: [] };
        flags.add(f);
      }
    } else patterns.push(a);
  }
  if (flags.has('h')) return { stdout: '', stderr: USAGE, exitCode: 255, notes: [] };
  if (flags.has('V') || flags.has('v')) return ok('nstat utility, iproute2-6.8.0\n');
  if (flags.has('d') || flags.has('t'))
    return { stdout: '', stderr: '', exitCode: 1, notes: ["nstat's sampling daemon is not simulated; run nstat again to see what changed."] };
  if (flags.has('j')) return { stdout: '', stderr: '', exitCode: 1, notes: ['nstat --json is not simulated.'] };

  const entries: Array<[string, number]> = [];
  for (const t of snmpTables(ctx.counters())) for (const [field, v] of t.fields) if (!USELESS.has(t.name + field)) entries.push([t.name + field, v]);
  const res = patterns.map(globRegExp);
  const match = (id: string) => res.length === 0 || res.some((r) => r.test(id));
  const zeros = flags.has('z');

  if (flags.has('r')) ctx.session.nstatHistory = undefined;
  const history = ctx.session.nstatHistory;
  let out = '#kernel\n';
  for (const [id, val] of entries) {
    if (!match(id)) continue;
    if (flags.has('a') || history === undefined) {
      if (!zeros && val === 0) continue;
      out += `${id.padEnd(32)}${String(val).padEnd(16)}${'0.0'.padStart(6)}\n`;
    } else {
      const h = history[id];
      const overflow = h !== undefined && val < h;
      const delta = h === undefined ? val : overflow ? 0 : val - h;
      if (!zeros && delta === 0) continue;
      out += `${id.padEnd(32)}${String(delta).padEnd(16)}${'0.0'.padStart(6)}${overflow ? ' (overflow)' : ''}\n`;
    }
  }
  if (!flags.has('s')) {
    // Only counters the patterns chose move forward in the history (dump_kern_db to_hist).
    const next: Record<string, number> = { ...(history ?? {}) };
    for (const [id, val] of entries) if (match(id) || history?.[id] === undefined) next[id] = val;
    ctx.session.nstatHistory = next;
  }
  const notes = ['abridged to /proc/net/snmp (Ip, Icmp, Tcp, Udp, UdpLite); the IPv6 and TcpExt/IpExt counters are not simulated.'];
  return ok(flags.has('n') ? '' : out, notes);
}
