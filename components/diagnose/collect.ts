/**
 * One line that prints every output the diagnosis reads, each after a
 * `$ command` line (the parser takes those as hints). `eval` so it also works
 * in zsh, which does not split `$c` into words; 2>&1 so a missing tool's error
 * lands in the paste, where it is reported instead of silently missing.
 */
export const COLLECT_COMMAND =
  'for c in "ethtool -S eth0" "cat /proc/net/softnet_stat" "nstat -az" "ip -s link" "cat /proc/interrupts"; do echo "\\$ $c"; eval "$c" 2>&1; done';
