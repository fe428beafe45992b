// Types for build-stamp.mjs (tsconfig has allowJs: false, so .ts files need these).
export const STAMP_INPUTS: { dirs: string[]; files: string[] };
export const STAMP_FILE: string;
export function listStampInputs(root: string): string[];
export function computeStamp(root: string): string;
export function readStamp(outDir: string): string | null;
export function writeStamp(outDir: string, stamp: string): void;
export function staleness(root: string, outDir?: string): { reason: string | null; stamp: string };
export type BuildOptions = { log?: (message: string) => void; buildOutput?: 'stdout' | 'stderr' };
export function runBuild(root: string, options?: BuildOptions): Promise<void>;
export function buildAndStamp(root: string, stamp?: string, options?: BuildOptions): Promise<void>;
export function ensureFreshBuild(root: string, options?: BuildOptions): Promise<boolean>;
