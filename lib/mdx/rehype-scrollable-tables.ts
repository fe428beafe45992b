/**
 * Wide tables scroll sideways on a phone (globals.css gives prose tables
 * `overflow-x: auto`), and a scrolling region has to be reachable by keyboard
 * (WCAG 2.1.1; axe's scrollable-region-focusable). Every prose table becomes
 * focusable and is named by its column headers, so a screen reader says what
 * it is about when Tab lands on it; it keeps its table role.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function text(node: Element): string {
  let out = '';
  visit(node, 'text', (t: { value: string }) => {
    out += t.value;
  });
  return out;
}

export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'table') return;
      const header = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
      const columns: string[] = [];
      if (header)
        visit(header, 'element', (cell: Element) => {
          if (cell.tagName === 'th') columns.push(text(cell).replace(/\s+/g, ' ').trim());
        });
      node.properties = { ...node.properties, tabIndex: 0, ariaLabel: columns.length > 0 ? `Table of ${columns.join(', ')}` : 'Table' };
    });
  };
}
