/** What every format parser gets and gives back. */
import type { Format, InterruptTable, Reading } from '../types';
import type { Command } from '../text';

export type ParseContext = {
  /** The shell line just before this output, if any: it names the tool and often the interface. */
  command: Command | null;
  /** How many blocks of this format came before in the same paste (keys must stay apart). */
  ordinal: number;
  /** Driver named by an `ethtool -i` block just before. */
  driver?: string;
  /** Told each line index a parser reaches, so a long block reports progress while it is read. */
  reached?: (line: number) => void;
};

export type BlockReading = Omit<Reading, 'source' | 'format'>;

export type ParsedBlock = {
  format: Format;
  /** Index of the first line after the block. */
  end: number;
  /** What was read, for the reader: 'ixgbe, 19 counters'. */
  detail: string;
  /** How findings name the block: 'ethtool -S eno2 (ixgbe)'. */
  label: string;
  readings: BlockReading[];
  interrupts?: Omit<InterruptTable, 'source'>;
  messages?: string[];
  /** An `ethtool -i` block passes its driver on to the next `ethtool -S`. */
  driver?: string;
};

/**
 * A parser that read ahead before saying no (a run of `name: value` lines
 * that turned out not to be a NIC's) also says how far it read: no block of
 * its format starts before `until` either, so it is not asked again inside
 * that run. Asking at every line would read a run of n lines n times over.
 */
export type Declined = { declined: true; until: number };

/** A parser tries to read one block of its format starting at `start`; null if the line is not its format. */
export type BlockParser = (lines: readonly string[], start: number, ctx: ParseContext) => ParsedBlock | Declined | null;

export const declined = (until: number): Declined => ({ declined: true, until });
