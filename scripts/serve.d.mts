// Types for serve.mjs (tsconfig has allowJs: false, so .ts files need these).
import type { Server } from 'node:http';
export type RunningServer = { server: Server; port: number; url: string; pages: number; close(): Promise<void> };
export function listFiles(dir: string): string[];
export function resolveFile(pathname: string, files: Set<string>): string | undefined;
export function createServer(options?: { dir?: string; port?: number; host?: string }): Promise<RunningServer>;
export function serve(options?: { dir?: string }): Promise<RunningServer>;
