/**
 * Syntax colours for code blocks, built from the site's palette so every token
 * meets WCAG AA (4.5:1) on the code background in both themes — the stock
 * github-light/dark themes do not on our paper colours (a unit test checks).
 */
type TokenRule = { scope: string[]; settings: { foreground: string; fontStyle?: string } };
export type CodeTheme = { name: string; type: 'light' | 'dark'; colors: Record<string, string>; tokenColors: TokenRule[] };

type Palette = {
  background: string;
  text: string;
  comment: string;
  keyword: string;
  string: string;
  number: string;
  func: string;
  type: string;
  operator: string;
};

/** Must match --paper-2 in app/globals.css (checked by code-themes.test.ts). */
export const CODE_BACKGROUND = { light: '#f3f1ea', dark: '#181b21' } as const;

function theme(name: string, type: 'light' | 'dark', p: Palette): CodeTheme {
  return {
    name,
    type,
    colors: { 'editor.background': p.background, 'editor.foreground': p.text },
    tokenColors: [
      { scope: ['comment', 'punctuation.definition.comment'], settings: { foreground: p.comment, fontStyle: 'italic' } },
      { scope: ['keyword', 'storage.modifier', 'keyword.control'], settings: { foreground: p.keyword } },
      { scope: ['string', 'string.quoted', 'punctuation.definition.string'], settings: { foreground: p.string } },
      { scope: ['constant.numeric', 'constant.language', 'constant.character', 'constant.other'], settings: { foreground: p.number } },
      { scope: ['entity.name.function', 'support.function', 'entity.name.command'], settings: { foreground: p.func } },
      { scope: ['storage.type', 'support.type', 'entity.name.type'], settings: { foreground: p.type } },
      { scope: ['keyword.operator', 'punctuation', 'meta.brace'], settings: { foreground: p.operator } },
      { scope: ['variable', 'variable.parameter', 'variable.other'], settings: { foreground: p.text } },
    ],
  };
}

export const codeThemeLight = theme('line-rate-light', 'light', {
  background: CODE_BACKGROUND.light,
  text: '#1c1c22',
  comment: '#5c5d66',
  keyword: '#a1262f',
  string: '#1b6b37',
  number: '#8a4a00',
  func: '#6d28d9',
  type: '#0b5c7c',
  operator: '#4b4b57',
});

export const codeThemeDark = theme('line-rate-dark', 'dark', {
  background: CODE_BACKGROUND.dark,
  text: '#e8e6e1',
  comment: '#9a9aa4',
  keyword: '#ff8f84',
  string: '#86efac',
  number: '#fbbf24',
  func: '#c4b5fd',
  type: '#6cc4e4',
  operator: '#b9b7b0',
});
