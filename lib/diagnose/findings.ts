/**
 * From counter readings to findings: pair the two snapshots, work out rates,
 * add up per-queue copies, apply the rules and rank.
 */
import { labLink } from './links';
import { ruleFor, type Rule } from './rules';
import type { Finding, FindingKind, Reading } from './types';

/** Messages about counters pasted twice: a few by name, the rest counted in one. */
const NAMED_REPEATS = 5;

/** Readings of one snapshot by key; a counter pasted twice keeps its later value. */
export function byKey(readings: readonly Reading[], messages: string[], label: string): Map<string, Reading> {
  const map = new Map<string, Reading>();
  let repeats = 0;
  for (const r of readings) {
    const old = map.get(r.key);
    if (old && old.source !== r.source) {
      repeats++;
      if (repeats <= NAMED_REPEATS) messages.push(`${label}${r.name} appears in ${old.source} and in ${r.source}; the later is used.`);
    }
    map.set(r.key, r);
  }
  if (repeats > NAMED_REPEATS) {
    messages.push(
      `${label}${(repeats - NAMED_REPEATS).toLocaleString('en-US')} more counters appear in more than one pasted output; the later value is used each time.`,
    );
  }
  return map;
}

/** A rate, or null where dividing by a tiny interval left the numbers (a rate is shown, so it must be finite). */
export const finiteRate = (rate: number): number | null => (Number.isFinite(rate) ? rate : null);

/**
 * UDP charges RcvbufErrors, MemErrors and InCsumErrors to InErrors as well
 * (__udp_queue_rcv_skb and __udp4_lib_rcv, net/ipv4/udp.c). To rank each
 * loss once, InErrors keeps only what the others do not explain.
 */
export function explainInErrors(map: Map<string, Reading>): void {
  for (const family of ['Udp', 'Udp6', 'UdpLite', 'UdpLite6']) {
    const inErrors = map.get(`snmp:${family}InErrors`);
    if (!inErrors) continue;
    const explained = ['RcvbufErrors', 'MemErrors', 'InCsumErrors'].reduce((sum, n) => sum + (map.get(`snmp:${family}${n}`)?.value ?? 0), 0);
    map.set(inErrors.key, { ...inErrors, value: Math.max(0, inErrors.value - explained) });
  }
}

/** A reading with its rate; the reading is referred to, not copied (a paste may hold a million). */
type Paired = { reading: Reading; rate: number | null };

export type PairResult = { paired: Paired[]; backwards: string[]; onlyEarlier: number; onlyLater: number };

/** Rates per second between snapshots; with one snapshot, only nstat's own intervals give a rate. */
export function pair(now: Map<string, Reading>, before: Map<string, Reading> | null, intervalS: number): PairResult {
  const paired: Paired[] = [];
  // Counters that matter for the diagnosis are named first; two lists, not unshift(), which is linear per call.
  const backwardsRuled: string[] = [];
  const backwardsOther: string[] = [];
  let onlyLater = 0;
  for (const r of now.values()) {
    // nstat without -a already printed a change: over `sleep N` it is a rate, otherwise it has no time base.
    if (r.deltaOverS !== undefined) {
      paired.push({ reading: r, rate: r.deltaOverS ? finiteRate(r.value / r.deltaOverS) : null });
      continue;
    }
    if (!before) {
      paired.push({ reading: r, rate: null });
      continue;
    }
    const prev = before.get(r.key);
    if (!prev || prev.deltaOverS !== undefined) {
      onlyLater++;
      paired.push({ reading: r, rate: null });
      continue;
    }
    const delta = r.value - prev.value;
    if (delta < 0) {
      const line = `${r.name} (${prev.value} → ${r.value})`;
      if (ruleFor(r)) backwardsRuled.push(line);
      else backwardsOther.push(line);
      paired.push({ reading: r, rate: null });
    } else paired.push({ reading: r, rate: finiteRate(delta / intervalS) });
  }
  let onlyEarlier = 0;
  if (before) for (const k of before.keys()) if (!now.has(k)) onlyEarlier++;
  const backwards = backwardsRuled.concat(backwardsOther);
  return { paired, backwards, onlyEarlier, onlyLater };
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function scopeOf(r: Reading): string {
  if (r.format === '/proc/net/softnet_stat') return 'softnet';
  if (r.format === 'nstat' || r.format === 'netstat -s' || r.format === '/proc/net/snmp') return 'snmp';
  // `ethtool:eth0:rx_queue_3_drops` → `ethtool:eth0` (the name after it may hold colons too).
  const second = r.key.indexOf(':', r.key.indexOf(':') + 1);
  return second === -1 ? r.key : r.key.slice(0, second);
}

function sumRates(members: readonly Paired[]): number | null {
  let sum = 0;
  for (const m of members) {
    if (m.rate === null) return null;
    sum += m.rate;
  }
  return finiteRate(sum);
}

function finding(rule: Rule, counter: string, count: number, rate: number | null, first: Reading, extra: string, twoSnapshots: boolean): Finding {
  const stale = twoSnapshots && rate === 0 ? ' Not climbing between the two snapshots: this happened before them.' : '';
  return {
    kind: rule.kind,
    where: rule.where,
    counter,
    count,
    rate,
    advice: rule.advice({ iface: first.iface ?? '<if>', driver: first.driver }),
    link: rule.link ? labLink(rule.link) : null,
    severity: rule.weight,
    meaning: `${rule.meaning}${extra}${stale}`,
    source: first.source,
  };
}

/** Findings for the counters that count lost packets, or pressure towards loss, and are above zero. */
export function counterFindings(paired: readonly Paired[], twoSnapshots: boolean): Finding[] {
  const groups = new Map<string, { rule: Rule; members: Paired[] }>();
  for (const p of paired) {
    const rule = ruleFor(p.reading);
    if (!rule) continue;
    const id = `${scopeOf(p.reading)}|${p.reading.group}`;
    const g = groups.get(id);
    if (g) g.members.push(p);
    else groups.set(id, { rule, members: [p] });
  }
  const out: Finding[] = [];
  for (const { rule, members } of groups.values()) {
    const live = members.filter((m) => m.reading.value > 0 || (m.rate ?? 0) > 0);
    if (live.length === 0) continue;
    if (rule.perMember && live.length <= 4) {
      for (const m of live) out.push(finding(rule, m.reading.name, m.reading.value, m.rate, m.reading, '', twoSnapshots));
      continue;
    }
    const count = members.reduce((s, m) => s + m.reading.value, 0);
    const rate = sumRates(members);
    const first = members[0]!.reading;
    if (members.length === 1) {
      out.push(finding(rule, first.name, count, rate, first, '', twoSnapshots));
      continue;
    }
    const worst = live.reduce((a, b) => ((b.rate ?? b.reading.value) > (a.rate ?? a.reading.value) ? b : a)).reading;
    const unit = worst.member.startsWith('CPU') ? 'CPUs' : 'queues';
    const counter = `${first.group} (sum over ${members.length} ${unit})`;
    const extra = ` Non-zero on ${live.length} of ${members.length} ${unit}; most on ${worst.member} (${fmt(worst.value)}).`;
    out.push(finding(rule, counter, count, rate, first, extra, twoSnapshots));
  }
  return out;
}

/** Every loss before every pressure signal: a million time_squeezes are not one dropped packet. */
const KIND_ORDER: Record<FindingKind, number> = { loss: 0, pressure: 1 };

/**
 * Losses first, then pressure signals (rules/index.ts says which is which); within
 * each, worst first: by rate with two snapshots, by count with one, each times how
 * directly the counter means loss.
 */
export function rank(findings: Finding[], twoSnapshots: boolean): Finding[] {
  // Interrupt placement is a cause with no count of its own: its weight alone places it among the pressure signals.
  const magnitude = (f: Finding) => (f.where === 'interrupt distribution' ? 1 : twoSnapshots ? (f.rate ?? 0) : f.count);
  const score = (f: Finding) => (f.severity ?? 0) * magnitude(f);
  return [...findings].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      score(b) - score(a) ||
      (b.severity ?? 0) - (a.severity ?? 0) ||
      b.count - a.count ||
      a.counter.localeCompare(b.counter),
  );
}
