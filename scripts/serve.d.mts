// Types for serve.mjs (tsconfig has allowJs: false, so .ts files need these).
import type { Server } from 'node:http';
export type RunningServer = { server: Server; port: number; url: string; pages: number; close(): Promise<void> };
/** full: 200 with the whole file; partial: 206 with bytes start..end (inclusive); unsatisfiable: 416. */
export type RangeAnswer = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };
export const MAX_HEADER_SIZE: number;
export function listFiles(dir: string): string[];
export function resolveFile(pathname: string, files: Set<string>): string | undefined;
export function answerRange(request: { method?: string; range?: string; ifRange?: string }, file: { size: number; mtime: Date }): RangeAnswer;
export function createServer(options?: { dir?: string; port?: number; host?: string }): Promise<RunningServer>;
export function serve(options?: { dir?: string }): Promise<RunningServer>;
