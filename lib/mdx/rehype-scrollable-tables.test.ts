import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeScrollableTables } from './rehype-scrollable-tables';

const cell = (tag: string, value: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value }] });
const row = (...cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });

describe('rehypeScrollableTables', () => {
  it('makes a prose table focusable and names it by its column headers', () => {
    const table: Element = {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [
        { type: 'element', tagName: 'thead', properties: {}, children: [row(cell('th', 'where'), cell('th', 'counter'))] },
        { type: 'element', tagName: 'tbody', properties: {}, children: [row(cell('td', 'ring'), cell('td', 'rx_missed_errors'))] },
      ],
    };
    const tree: Root = { type: 'root', children: [table] };
    rehypeScrollableTables()(tree);
    expect(table.properties).toMatchObject({ tabIndex: 0, ariaLabel: 'Table of where, counter' });
    expect(table.properties.role).toBeUndefined();
  });
});
