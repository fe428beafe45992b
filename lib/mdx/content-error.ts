/** A problem in a content file, reported as `file:line:column: message` like a compiler. */
export type ContentProblem = { file: string; line?: number; column?: number; message: string };

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
