/** Collects h2/h3 headings (after rehype-slug gave them ids) for the table of contents. */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

export function rehypeToc(toc: TocEntry[]) {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      // Heading anchors appended by rehype-autolink-headings are not part of the title.
      const children = node.children.filter(
        (c) => !(c.type === 'element' && c.tagName === 'a' && c.properties.className?.toString().includes('heading-anchor')),
      );
      toc.push({ id, text: children.map(textOf).join('').trim(), depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}
