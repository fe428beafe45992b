export type FileTime = { file: string; tests: number; sumMs: number; maxMs: number };
export function playwrightTimes(report: unknown): FileTime[];
export function vitestTimes(report: unknown, root: string): FileTime[];
export function formatTimes(rows: FileTime[], options: { title: string; limit?: number }): string;
