/** The shape of a rule: where a counter loses packets, how badly, what it means, what to do. */
import type { LinkId } from '../links';
import type { FindingKind } from '../types';

export type AdviceContext = { iface: string; driver?: string };

export type Rule = {
  where: string;
  /** Whether the counter counts dropped packets (`loss`) or only an event that precedes loss (`pressure`). */
  kind: FindingKind;
  /** How directly the counter counts lost packets, 0…1; the ranking multiplies it with rate or count. */
  weight: number;
  meaning: string;
  advice: (c: AdviceContext) => string;
  link: LinkId | null;
  /** Report each CPU (or queue) on its own rather than the sum. */
  perMember?: boolean;
};
