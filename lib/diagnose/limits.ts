/**
 * How much the diagnosis reads, and what it says about a paste over that.
 * The page and the CLI share the number and the message.
 *
 * 32 MB, because the biggest realistic paste is /proc/interrupts of a large
 * machine: show_interrupts() prints "%10u " per online CPU, so a 512-CPU
 * machine's line is about 5.7 KB, and with per-CPU NVMe queues and several
 * multi-queue NICs such a machine has 2,000–3,000 interrupt lines: 11–17 MB.
 * ethtool -S of a 64-queue mlx5 port is tens of thousands of lines but under
 * 2 MB, softnet_stat and nstat are kilobytes. 32 MB admits all of them in one
 * paste with room to spare, while a runaway (a log file, /dev/zero) is turned
 * away with a clear message before it costs seconds and hundreds of MB.
 */

/** The most characters (UTF-16 code units, as String.length counts) one paste may have. */
export const MAX_PASTE_CHARS = 32_000_000;

/**
 * The same limit in bytes, for the CLI reading a file: UTF-8 never takes
 * fewer bytes than UTF-16 code units for the same text, so a file within this
 * many bytes is a string within MAX_PASTE_CHARS.
 */
export const MAX_PASTE_BYTES = MAX_PASTE_CHARS;

/** `10.4 MB`: decimal megabytes with one decimal, as the page and the CLI print sizes. */
export function formatMB(chars: number): string {
  const mb = chars / 1_000_000;
  return `${mb.toLocaleString('en-US', { minimumFractionDigits: mb < 10 ? 1 : 0, maximumFractionDigits: 1 })} MB`;
}

/** Why a paste of `size` characters (or bytes) is not read; `which` names it when there are two. */
export function tooLargeMessage(size: number, which = 'The paste', unit: 'characters' | 'bytes' = 'characters'): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${which} is ${formatMB(size)} (${n(size)} ${unit}), more than the ${formatMB(MAX_PASTE_CHARS)} (${n(MAX_PASTE_CHARS)} ${unit}) the diagnosis reads, so none of it was read. Paste only the outputs named above (ethtool -S, /proc/net/softnet_stat, nstat, ip -s link, /proc/interrupts); even a 512-CPU machine's /proc/interrupts fits.`;
}

/** The same in a few words, for a summary line: "The paste is 40 MB, more than the 32 MB the diagnosis reads." */
export function tooLargeSummary(size: number, which = 'The paste'): string {
  // Just over the limit, megabytes round to the same number: count characters then.
  const [over, limit] =
    formatMB(size) === formatMB(MAX_PASTE_CHARS)
      ? [`${size.toLocaleString('en-US')} characters`, MAX_PASTE_CHARS.toLocaleString('en-US')]
      : [formatMB(size), formatMB(MAX_PASTE_CHARS)];
  return `${which} is ${over}, more than the ${limit} the diagnosis reads.`;
}
