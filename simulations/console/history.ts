/**
 * Up/down-arrow history for the console's input line, as readline does it:
 * the line being typed is kept while browsing and comes back at the bottom;
 * repeated lines and blank ones are not stored (HISTCONTROL=ignoreboth).
 */
export class CommandHistory {
  private readonly lines: string[] = [];
  /** lines.length = at the bottom (the line being typed). */
  private cursor = 0;
  private draft = '';

  constructor(private readonly max = 500) {}

  get entries(): readonly string[] {
    return this.lines;
  }

  push(line: string): void {
    const l = line.trimEnd();
    if (l.trim() !== '' && !l.startsWith(' ') && this.lines.at(-1) !== l) {
      this.lines.push(l);
      if (this.lines.length > this.max) this.lines.shift();
    }
    this.cursor = this.lines.length;
    this.draft = '';
  }

  /** The previous entry; `current` is what the input holds now (kept as the draft when leaving the bottom). */
  up(current: string): string {
    if (this.cursor === this.lines.length) this.draft = current;
    if (this.cursor > 0) this.cursor--;
    return this.lines[this.cursor] ?? current;
  }

  down(): string {
    if (this.cursor < this.lines.length) this.cursor++;
    return this.cursor === this.lines.length ? this.draft : this.lines[this.cursor]!;
  }
}
