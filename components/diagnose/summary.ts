/**
 * Plain-text helpers for the diagnose page: the one-sentence summary (shown
 * and announced), the pipeline stage a finding belongs to (for its colour),
 * and how counts and rates are printed. No React, so they are unit-tested.
 */
import type { StageId } from '@/content/glossary';
import type { Diagnosis } from '@/lib/diagnose';
import { formatNumber, formatTrimmed } from '@/simulations/core/format';

export type Outcome = 'nothing' | 'clean' | 'findings';

export function outcome(d: Diagnosis): Outcome {
  if (d.recognised.length === 0) return 'nothing';
  return d.findings.length === 0 ? 'clean' : 'findings';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 findings; worst: rx_missed_errors (NIC RX ring)", "No packets lost; 1 pressure signal, first: …", or what was and was not read. */
export function summarise(d: Diagnosis): string {
  // Over the size limit nothing was read: say that, not "nothing recognised".
  if (d.refused) return d.refused;
  const skipped = d.unrecognised.reduce((n, u) => n + u.lines[1] - u.lines[0] + 1, 0);
  const notRead = skipped > 0 ? `; ${plural(skipped, 'line')} not recognised` : '';
  switch (outcome(d)) {
    case 'nothing':
      return skipped > 0 ? `Nothing recognised in ${plural(skipped, 'line')}.` : 'Nothing recognised.';
    case 'clean':
      return `No loss found: ${plural(d.recognised.length, 'output')} read, no drop counter above zero${notRead}.`;
    case 'findings': {
      const worst = d.findings[0]!;
      // Losses come first (lib/diagnose/findings.ts, rank): a pressure signal on top means nothing was lost.
      if (worst.kind === 'pressure')
        return `No packets lost; ${plural(d.findings.length, 'pressure signal')}, first: ${worst.counter} (${worst.where})${notRead}.`;
      return `${plural(d.findings.length, 'finding')}; worst: ${worst.counter} (${worst.where})${notRead}.`;
    }
  }
}

/** The stage of the packet's path a finding's place belongs to, for the shared stage colours. */
export function stageOf(where: string): StageId {
  const w = where.toLowerCase();
  if (/interrupt/.test(w)) return 'irq';
  if (/backlog|softirq|rps/.test(w) && !/tcp/.test(w)) return 'softirq';
  if (/socket|accept|listen queue|udp memory|out-of-order/.test(w)) return 'socket';
  if (/\bip\b|udp|protocol|checksum/.test(w)) return 'stack';
  if (/wire/.test(w)) return 'wire';
  if (/nic|driver|ring|fifo|ec2|kernel/.test(w)) return 'nic';
  return 'cpu';
}

export const formatCount = (n: number): string => formatNumber(n);

/** A counter's increase per second: whole numbers from 10 up, two decimals below. */
export const formatPerSecond = (r: number): string => `${formatTrimmed(r, r >= 10 ? 0 : 2)}/s`;

/** `ethtool -G eth0 rx 4096` in the rules' text, as [text, code, text, …]: odd parts are commands. */
export function splitCode(text: string): string[] {
  return text.split(/`([^`]*)`/);
}
