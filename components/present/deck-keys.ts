/**
 * What a key press means to the deck, pure so it is tested without a browser.
 * Clickers send PageDown/PageUp (some send arrows or "."/B for blank).
 */
export type DeckCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'digit'; digit: number }
  | { kind: 'jump' }
  | { kind: 'overview' }
  | { kind: 'black' }
  | { kind: 'fullscreen' }
  | { kind: 'presenter' }
  | { kind: 'help' }
  | { kind: 'escape' };

export type KeyInput = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean };

const BY_KEY: Record<string, DeckCommand> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  Enter: { kind: 'jump' },
  o: { kind: 'overview' },
  O: { kind: 'overview' },
  b: { kind: 'black' },
  B: { kind: 'black' },
  '.': { kind: 'black' },
  f: { kind: 'fullscreen' },
  F: { kind: 'fullscreen' },
  p: { kind: 'presenter' },
  P: { kind: 'presenter' },
  '?': { kind: 'help' },
  Escape: { kind: 'escape' },
};

/** The command for a key, or undefined to leave the key to the browser (and to ctrl/cmd shortcuts). */
export function commandForKey(e: KeyInput): DeckCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (/^[0-9]$/.test(e.key)) return { kind: 'digit', digit: Number(e.key) };
  return BY_KEY[e.key];
}

/** Keys the deck leaves alone while focus is in a control of a live simulation. */
export function belongsToControl(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="spinbutton"]') !== null;
}

/** The shortcut list shown by "?" (kept next to the table it describes). */
export const SHORTCUTS: ReadonlyArray<[keys: string, what: string]> = [
  ['→ ↓ Space PageDown', 'next step'],
  ['← ↑ PageUp', 'previous step'],
  ['Home / End', 'first / last slide'],
  ['number, then Enter', 'go to that slide'],
  ['O', 'overview of all slides'],
  ['B or .', 'black screen'],
  ['F', 'full screen'],
  ['P', 'presenter view in a second window'],
  ['?', 'this help'],
  ['Esc', 'close overview, help or black screen'],
];
