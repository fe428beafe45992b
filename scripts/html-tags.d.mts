// Types for html-tags.mjs (tsconfig has allowJs: false, so .ts files need these).
export type ScriptTag = { attrs: Record<string, string>; text: string };
export type ScannedHtml = { scripts: ScriptTag[]; links: Record<string, string>[] };
export function scanHtml(html: string): ScannedHtml;
export function isInlineExecutable(script: ScriptTag): boolean;
export function firstLoadScripts(page: ScannedHtml): string[];
export function stylesheets(page: ScannedHtml): string[];
