/**
 * Quoting a value that came from outside (a command line, a worker request)
 * back in an error message. A script may pass anything, including a 100 KB
 * argument; echoing it whole would bury the one line that says what is wrong,
 * so only a prefix is shown, with the length of the rest.
 */
export const ECHO_MAX_CHARS = 40;

/** `"dpdk2"`, `1e-9`, or `"xxxxxxxx…" (100000 characters)` for a long value. */
export function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : safeJson(value);
  const quote = typeof value === 'string';
  // Counted in code points, so a cut never splits a surrogate pair into a lone half.
  const chars = [...text];
  if (chars.length <= ECHO_MAX_CHARS) return quote ? JSON.stringify(text) : text;
  const head = chars.slice(0, ECHO_MAX_CHARS).join('');
  return `${quote ? JSON.stringify(`${head}…`) : `${head}…`} (${chars.length} characters)`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Cycles and BigInts do not stringify; the type is still worth naming.
    return Object.prototype.toString.call(value);
  }
}
