/**
 * Which counters mean packets were lost, where, and what to do about it.
 * Meanings come from the kernel and driver sources named in each rule;
 * advice names the real knob. A rule's kind says whether its counter counts
 * dropped packets (`loss`) or only an event that precedes loss (`pressure`:
 * time_squeeze, igb's rx_no_buffer_count, failed buffer refills, interrupts on
 * one CPU); every loss ranks above every pressure signal. Its weight (0…1)
 * ranks within a kind: 1 for a drop counter, less for drops that are usually
 * harmless (NoPorts) or counters that only partly count drops.
 */
import type { Reading } from '../types';
import { ethtoolRule, IP_RULES } from './nic';
import type { Rule } from './rule';
import { SNMP_RULES, SOFTNET_RULES } from './stack';

export type { AdviceContext, Rule } from './rule';
export { INTERRUPT_RULE } from './stack';

/** The rule for a reading, or null if its counter says nothing about lost packets. */
export function ruleFor(r: Reading): Rule | null {
  switch (r.format) {
    case '/proc/net/softnet_stat':
      return SOFTNET_RULES.get(r.group) ?? null;
    case 'nstat':
    case 'netstat -s':
    case '/proc/net/snmp':
      return SNMP_RULES.get(r.group) ?? (/^Udp6InErrors$|^UdpLiteInErrors$/.test(r.group) ? (SNMP_RULES.get('UdpInErrors') ?? null) : null);
    case 'ip -s link':
      return IP_RULES.get(r.group) ?? null;
    case 'ethtool -S':
      return ethtoolRule(r.group);
    default:
      return null;
  }
}
