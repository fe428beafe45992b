/**
 * Turns one deck MDX file into slides: top-level `---` (thematic breaks)
 * separate slides, each wrapped in <Slide n>; each <Step> is numbered within
 * its slide (<Step n>); and the outline the player needs is collected: titles,
 * step counts, notes, and every simulation's complete state at every step.
 * Runs after remark-content, which has already checked each component's props.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '@/lib/mdx/content-error';
import { literalFromProgram, type Literal } from '@/lib/mdx/estree-literal';
import type { ContentRegistry } from '@/lib/mdx/registry';
import type { SlideInfo } from './deck-types';
import { fillStepStates, type SlideSim, type StepSetting } from './step-states';

type Options = { file: string; registry: ContentRegistry; problems: ContentProblem[]; slides: SlideInfo[] };
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Nodes that belong to the whole file, not to a slide (frontmatter, mdx-bundler's exports). */
const FILE_LEVEL = new Set(['yaml', 'toml', 'mdxjsEsm']);

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Literal attribute values; non-literals were already reported by remark-content. */
function attr(node: JsxElement, name: string): Literal | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === 'string') return a.value;
  try {
    return literalFromProgram(a.value.data?.estree ?? undefined);
  } catch {
    return undefined;
  }
}

function plainText(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (isJsx(n) && n.name === 'Cite') return '';
  return (n.children ?? []).map(plainText).join('');
}

/** A line of a Markdown table: starts with a pipe, or is a delimiter row (---|---). */
const TABLE_ROW = /^\s*(\||:?-{3,}:?\s*\|)/;

function asParams(v: Literal | undefined): Record<string, Literal> {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

/** Splits the root's children at top-level thematic breaks. */
function splitSlides(tree: Root): { fileLevel: RootContent[]; groups: RootContent[][] } {
  const fileLevel: RootContent[] = [];
  const groups: RootContent[][] = [[]];
  for (const node of tree.children) {
    if (FILE_LEVEL.has(node.type)) fileLevel.push(node);
    else if (node.type === 'thematicBreak') groups.push([]);
    else groups[groups.length - 1]!.push(node);
  }
  return { fileLevel, groups: groups.filter((g) => g.length > 0) };
}

export function remarkSlides({ file, registry, problems, slides }: Options) {
  return function transform(tree: Root) {
    const { fileLevel, groups } = splitSlides(tree);
    if (groups.length === 0) problems.push({ file, line: 1, message: 'the deck has no slides (separate slides with a line holding only ---)' });
    const wrapped = groups.map((children, index) => {
      const slide: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Slide',
        attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: String(index) }],
        children: children as MdxJsxFlowElement['children'],
      };
      slides.push(readSlide(slide, index));
      return slide;
    });
    tree.children = [...fileLevel, ...wrapped];
  };

  function readSlide(slide: MdxJsxFlowElement, index: number): SlideInfo {
    let title: string | undefined;
    const notes: string[] = [];
    const sims: SlideSim[] = [];
    const steps: StepSetting[] = [];
    visit(slide, (node, _i, parent) => {
      const at = (message: string) =>
        problems.push({ file, line: node.position?.start.line, column: node.position?.start.column, message: `slide ${index + 1}: ${message}` });
      if (node.type === 'heading' && title === undefined) title = plainText(node).trim();
      if (node.type === 'paragraph') {
        // A table row that is not part of a table (no header row, or a blank line inside the table)
        // is a paragraph to Markdown: the slide would show its pipes as text.
        const stray = plainText(node)
          .split('\n')
          .find((line) => TABLE_ROW.test(line));
        if (stray !== undefined)
          at(
            `"${stray.trim().slice(0, 40)}" is a table row outside a table: a table is its header row, then a |---| row, then its rows, with no blank line between`,
          );
      }
      if (!isJsx(node) || node === slide) return;
      if (node.name === 'Simulation') {
        const id = attr(node, 'id');
        if (typeof id === 'string' && !sims.some((s) => s.id === id)) sims.push({ id, params: asParams(attr(node, 'params')) });
      } else if (node.name === 'Notes') {
        // Notes reach the presenter as plain text (no live numbers there): components would vanish silently.
        visit(node, (inner) => {
          if (inner !== node && isJsx(inner))
            problems.push({
              file,
              line: inner.position?.start.line,
              message: `slide ${index + 1}: <${inner.name}> inside <Notes>: speaker notes are plain text`,
            });
        });
        notes.push(...node.children.map((c) => plainText(c).replace(/\s+/g, ' ').trim()).filter(Boolean));
      } else if (node.name === 'Step') {
        if (parent && isJsx(parent as JsxElement) && (parent as JsxElement).name === 'Step')
          at('<Step> cannot be nested in another <Step>; put them one after the other');
        const sim = attr(node, 'sim');
        steps.push({ sim: typeof sim === 'string' ? sim : undefined, params: asParams(attr(node, 'params')), line: node.position?.start.line });
        node.attributes = [...node.attributes, { type: 'mdxJsxAttribute', name: 'n', value: String(steps.length) }];
      }
    });
    for (const step of steps) {
      if (step.sim && !sims.some((s) => s.id === step.sim)) {
        problems.push({
          file,
          line: step.line,
          message: `slide ${index + 1}: <Step sim="${step.sim}"> sets a simulation this slide does not show; slide shows: ${sims.map((s) => s.id).join(', ') || 'none'}`,
        });
      }
    }
    return { title: title || `Slide ${index + 1}`, steps: steps.length, notes, states: fillStepStates(sims, steps, registry) };
  }
}
