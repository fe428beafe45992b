// Types for csp.mjs (tsconfig has allowJs: false, so .ts files need these).
export type CspOptions = { pathname: string; scriptHashes?: readonly string[] };
export function hashScript(text: string): string;
export function inlineScriptHashes(html: string): string[];
export function isEmbedPath(pathname: string): boolean;
export function buildCsp(options: CspOptions): string;
export function securityHeaders(options: CspOptions): Record<string, string>;
