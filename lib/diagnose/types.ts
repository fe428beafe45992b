/**
 * The shapes the diagnosis passes around. Pure data: no React, no DOM, so
 * the same module runs in the CLI, in tests and in the page.
 */

/**
 * What a finding's counter counts: `loss`, packets that were dropped (a full ring,
 * backlog or socket buffer, a damaged frame); `pressure`, a sign that loss may come
 * but none counted yet (softirq out of budget, an empty ring the NIC still waits
 * out, a failed buffer refill, interrupts on one CPU).
 */
export type FindingKind = 'loss' | 'pressure';

/** The headings findings are listed under, losses first (the page and the CLI report). */
export const FINDING_KIND_LABEL: Record<FindingKind, string> = { loss: 'Packets lost', pressure: 'Pressure, no loss yet' };

/** One problem found in the reader's counters, in `Diagnosis.findings` every loss first, then every pressure signal, each worst first. */
export type Finding = {
  /** Whether the counter counts lost packets or only pressure that precedes loss; losses rank above all pressure. */
  kind: FindingKind;
  /** Where on the receive path the packets were lost, e.g. 'NIC RX ring', 'per-CPU backlog'. */
  where: string;
  /** The counter as Linux names it, e.g. 'rx_missed_errors', 'softnet_stat dropped (CPU 3)'. */
  counter: string;
  /** The counter's value (the later snapshot's when two are given). */
  count: number;
  /** Increase per second between two snapshots; null with one snapshot or if it went backwards. */
  rate: number | null;
  /** What to try, with real commands. */
  advice: string;
  /** The receive-path lab in a state that loses packets the same way, or null if the model has no such place. */
  link: string | null;
  /** How bad this drop point is, 0…1; within a kind, the ranking multiplies it with rate (or count). */
  severity?: number;
  /** What the counter means. */
  meaning?: string;
  /** Which pasted output it came from, e.g. 'ethtool -S eth0 (ixgbe), lines 2–21'. */
  source?: string;
};

export type LineRange = [number, number];

/** `snapshot` tells the two pastes apart when two are given. */
export type RecognisedBlock = { format: string; detail: string; lines: LineRange; snapshot?: 'first' | 'later' };

export type UnrecognisedRun = { lines: LineRange; text: string; reason: string; snapshot?: 'first' | 'later' };

export type Diagnosis = {
  recognised: RecognisedBlock[];
  findings: Finding[];
  unrecognised: UnrecognisedRun[];
  messages: string[];
  /** Set when nothing was read because a paste is over the size limit (lib/diagnose/limits.ts): why, in one sentence (also in `messages`). */
  refused?: string;
};

/** How far the diagnosis has read: characters of both pastes together. */
export type DiagnoseProgress = { read: number; total: number };

export type DiagnoseOptions = {
  /** Seconds between the two snapshots (default 1). */
  intervalS?: number;
  /** Called every megabyte or so of a long paste, and once at the end, so a page can show how far it got. */
  onProgress?: (progress: DiagnoseProgress) => void;
};

/** The formats the parser knows, as shown to the reader. */
export type Format = 'ethtool -S' | 'ethtool -i' | '/proc/net/softnet_stat' | 'nstat' | 'netstat -s' | '/proc/net/snmp' | 'ip -s link' | '/proc/interrupts';

/**
 * One counter value read from the paste. `key` identifies the same counter
 * in a later snapshot; `group` collects per-queue or per-CPU copies of one
 * counter so they can be summed or listed.
 */
export type Reading = {
  key: string;
  /** Linux's name for this copy, e.g. 'rx_queue_1_drops' or 'softnet_stat dropped (CPU 3)'. */
  name: string;
  value: number;
  /** Name of the counter family, e.g. 'rx_queue_*_drops', 'softnet_stat dropped'. */
  group: string;
  /** Which copy within the group: 'queue 1', 'CPU 3'; '' when there is only one. */
  member: string;
  format: Format;
  iface?: string;
  driver?: string;
  /** e.g. 'ethtool -S eth0 (ixgbe), lines 2–21'. */
  source: string;
  /**
   * Set when the value is already a change, not a total (nstat without -a):
   * the seconds it covers, or null if unknown. Such values are not subtracted
   * between snapshots.
   */
  deltaOverS?: number | null;
};

/** One line of /proc/interrupts. */
export type InterruptRow = { irq: string; perCpu: number[]; name: string };

export type InterruptTable = { key: string; cpus: number[]; rows: InterruptRow[]; source: string };

/** Everything read from one snapshot. */
export type Snapshot = {
  recognised: RecognisedBlock[];
  unrecognised: UnrecognisedRun[];
  readings: Reading[];
  interrupts: InterruptTable[];
  messages: string[];
};
