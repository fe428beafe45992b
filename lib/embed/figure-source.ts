/**
 * Where a simulation comes from in the prose: the first published chapter
 * whose MDX shows `<Simulation id="…">`, and the heading above that figure.
 * Pure text scanning (no compile), so the catalog e2e test and the embed
 * route agree on "the chapter that shows it" without loading MDX tooling.
 */

/** True when the chapter's source shows the simulation as a figure. */
export function showsSimulation(source: string, id: string): boolean {
  return source.includes(`<Simulation id="${id}"`);
}

/**
 * How many h2/h3 headings precede the first `<Simulation id="…">` (fenced code
 * skipped: its `# comment` lines are not headings), or undefined when the
 * source does not show it. The chapter's compiled table of contents lists the
 * same headings in the same order, so entry `count - 1` is the section.
 */
export function headingsBeforeFigure(source: string, id: string): number | undefined {
  let inFence = false;
  let headings = 0;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^#{2,3}\s/.test(line)) headings += 1;
    if (!inFence && line.includes(`<Simulation id="${id}"`)) return headings;
  }
  return undefined;
}
