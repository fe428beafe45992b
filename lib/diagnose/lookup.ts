/**
 * Tables keyed by text from the paste. Counter, section and driver names are
 * the reader's (or an attacker's) words: looked up in a plain object,
 * `constructor`, `toString` or `__proto__` find Object.prototype's members
 * instead of nothing. Every such table in lib/diagnose is a Map built here.
 */

/** A Map of an object literal's own entries: written like a literal, looked up without a prototype. */
export function mapOf<V>(entries: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
