/**
 * The remark plugin every chapter goes through: checks each JSX component and
 * its props (see component-rules.ts), and numbers figures, sidenotes and
 * citations in document order by writing a prop onto the element. Problems are
 * collected, not thrown, so one build reports all of them at once.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-error';
import { checkProps, type ComponentRule, type Props } from './component-rules';
import { literalFromProgram, NotLiteralError } from './estree-literal';
import type { ContentRegistry } from './registry';

export type CollectedContent = {
  /** Reference ids in order of first citation. */
  citations: string[];
  figures: Array<{ id: string; number: number; caption: string }>;
};

/** `rules`: the components this kind of content may use (chapters' table when absent). */
type Options = { file: string; registry: ContentRegistry; problems: ContentProblem[]; collected: CollectedContent; rules?: Record<string, ComponentRule> };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed']);

function readProps(node: JsxElement, report: (m: string) => void): Props {
  const props: Props = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      report(`<${node.name}>: spread props are not allowed`);
      continue;
    }
    if (attr.value === null || attr.value === undefined) props[attr.name] = true;
    else if (typeof attr.value === 'string') props[attr.name] = attr.value;
    else {
      try {
        props[attr.name] = literalFromProgram(attr.value.data?.estree ?? undefined);
      } catch (error) {
        if (!(error instanceof NotLiteralError)) throw error;
        report(`<${node.name}> prop "${attr.name}" must be a literal value (${error.message})`);
      }
    }
  }
  return props;
}

function setProp(node: JsxElement, name: string, value: string) {
  const attr: MdxJsxAttribute = { type: 'mdxJsxAttribute', name, value };
  node.attributes = [...node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name)), attr];
}

const TRAILING_PUNCTUATION = /^[.,;:!?)\u2019\u201d]+/;

/**
 * "…arithmetic<Sidenote>…</Sidenote>." would strand the period after the note,
 * on its own line where notes render inline (phones). Move punctuation that
 * directly follows a sidenote in front of it, as footnote marks are set.
 */
function hoistPunctuationBeforeSidenotes(tree: Root) {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Array<Root['children'][number]>;
    for (let i = 0; i < children.length - 1; i++) {
      const note = children[i]!;
      const next = children[i + 1]!;
      if (note.type !== 'mdxJsxTextElement' || note.name !== 'Sidenote' || next.type !== 'text') continue;
      const punct = TRAILING_PUNCTUATION.exec(next.value)?.[0];
      if (!punct) continue;
      next.value = next.value.slice(punct.length);
      const prev = children[i - 1];
      if (prev?.type === 'text') prev.value += punct;
      else {
        children.splice(i, 0, { type: 'text', value: punct });
        i += 1;
      }
    }
  });
}

/**
 * Narrow screens show sidenotes as blocks after their paragraph, not mid-sentence:
 * after numbering, copy each paragraph's sidenotes into <SidenoteBlock> elements
 * that follow it (CSS shows one copy or the other).
 */
function copySidenotesAfterParagraphs(tree: Root) {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Array<Root['children'][number]>;
    for (let i = 0; i < children.length; i++) {
      const block = children[i]!;
      if (!('children' in block)) continue;
      const notes = (block.children as Array<Root['children'][number]>).filter(
        (c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && c.name === 'Sidenote',
      );
      if (notes.length === 0 || block.type !== 'paragraph') continue;
      const copies: MdxJsxFlowElement[] = notes.map((n) => ({
        type: 'mdxJsxFlowElement',
        name: 'SidenoteBlock',
        attributes: structuredClone(n.attributes),
        // Phrasing children straight in the block, so the number and text share a line.
        children: structuredClone(n.children) as MdxJsxFlowElement['children'],
      }));
      children.splice(i + 1, 0, ...(copies as Array<Root['children'][number]>));
      i += copies.length;
    }
  });
}

export function remarkContent({ file, registry, problems, collected, rules }: Options) {
  return function transform(tree: Root) {
    hoistPunctuationBeforeSidenotes(tree);
    let figures = 0;
    let sidenotes = 0;
    const citeNumbers = new Map<string, number>();

    visit(tree, (node) => {
      const at = (message: string) => problems.push({ file, line: node.position?.start.line, column: node.position?.start.column, message });

      if ((node.type as string) === 'mdxjsEsm') {
        // mdx-bundler injects its own export (no position); only authored ones are errors.
        if (node.position) at('imports and exports are not allowed in chapters; components come from the site (see docs/authoring.md)');
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (name === null) return; // <>fragment</>
      if (/^[a-z]/.test(name) && !name.includes('.')) {
        if (FORBIDDEN_TAGS.has(name)) at(`<${name}> is not allowed in chapters`);
        return;
      }
      const props = readProps(node, at);
      for (const message of checkProps(name, props, registry, rules)) at(message);

      if (name === 'Figure') {
        figures += 1;
        setProp(node, 'number', String(figures));
        collected.figures.push({ id: String(props.id), number: figures, caption: String(props.caption) });
      } else if (name === 'Sidenote') {
        sidenotes += 1;
        setProp(node, 'number', String(sidenotes));
      } else if (name === 'Cite' && typeof props.id === 'string') {
        let n = citeNumbers.get(props.id);
        if (n === undefined) {
          n = citeNumbers.size + 1;
          citeNumbers.set(props.id, n);
          collected.citations.push(props.id);
        }
        setProp(node, 'n', String(n));
      }
    });
    copySidenotesAfterParagraphs(tree);
  };
}
