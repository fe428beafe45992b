import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CODE_BACKGROUND, codeThemeDark, codeThemeLight, type CodeTheme } from './code-themes';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i, 3 + i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function colours(t: CodeTheme): string[] {
  return [t.colors['editor.foreground']!, ...t.tokenColors.map((r) => r.settings.foreground)];
}

test('the WCAG formula gives the textbook values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

test('every code colour meets AA (4.5:1) on the code background, in both themes', () => {
  for (const [t, bg] of [
    [codeThemeLight, CODE_BACKGROUND.light],
    [codeThemeDark, CODE_BACKGROUND.dark],
  ] as const) {
    for (const c of colours(t)) expect(contrast(c, bg), `${t.name} ${c} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the code background is the page token --paper-2 in each theme', () => {
  const css = readFileSync('app/globals.css', 'utf8');
  const [light, dark] = [...css.matchAll(/--paper-2:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
  expect(light).toBe(CODE_BACKGROUND.light);
  expect(dark).toBe(CODE_BACKGROUND.dark);
});
