/**
 * Compiles one chapter with mdx-bundler at build time (never in the browser).
 * All remark/rehype plugins are composed here, in one place, so every caller
 * (pages, the content check, tests) gets the same pipeline.
 */
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { codeThemeDark, codeThemeLight } from './code-themes';
import { ContentError, type ContentProblem } from './content-error';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import type { ComponentRule } from './component-rules';
import type { ContentRegistry } from './registry';
import { remarkContent, type CollectedContent } from './remark-content';
import { rehypeScrollableTables } from './rehype-scrollable-tables';
import { rehypeToc, type TocEntry } from './rehype-toc';

export type CompiledMdx = CollectedContent & {
  code: string;
  frontmatter: Frontmatter;
  toc: TocEntry[];
  words: number;
};

/** Light and dark themes are both emitted as CSS variables; CSS picks one per theme. */
const prettyCodeOptions = {
  theme: { light: codeThemeLight, dark: codeThemeDark },
  keepBackground: false,
  // Inline `code` stays plain text; only fenced blocks are highlighted.
  bypassInlineCode: true,
  defaultLang: 'text',
};

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

function esbuildProblems(error: unknown, file: string): ContentProblem[] | undefined {
  const errors = (error as { errors?: EsbuildMessage[] })?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors.map((e) => ({ file, line: e.location?.line, column: e.location ? e.location.column + 1 : undefined, message: e.text }));
}

/** Rough reading words: prose without code blocks and tags. */
function countWords(body: string): number {
  const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]*>/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

export async function compileMdx(source: string, file: string, registry: ContentRegistry): Promise<CompiledMdx> {
  const fm = readFrontmatter(source, file);
  if (!fm.ok) throw new ContentError(fm.problems);
  const bundled = await bundleContent(source, file, registry);
  return { ...bundled, frontmatter: fm.frontmatter, words: countWords(fm.body) };
}

/**
 * Other content kinds (slide decks) reuse the pipeline with their own
 * components and a remark plugin that runs after the checks.
 */
export type BundleOptions = { rules?: Record<string, ComponentRule>; remarkPlugins?: unknown[]; headingAnchors?: boolean };

/** The shared pipeline without the chapter frontmatter: checks, plugins, highlighting. */
export async function bundleContent(
  source: string,
  file: string,
  registry: ContentRegistry,
  extra: BundleOptions = {},
): Promise<CollectedContent & { code: string; toc: TocEntry[] }> {
  const problems: ContentProblem[] = [];
  const collected: CollectedContent = { citations: [], figures: [] };
  const toc: TocEntry[] = [];
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          [remarkContent, { file, registry, problems, collected, rules: extra.rules }],
          ...((extra.remarkPlugins ?? []) as []),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          // Slides have no sections to link to: decks turn the "#" anchors off.
          ...(extra.headingAnchors === false
            ? []
            : [
                [
                  rehypeAutolinkHeadings,
                  {
                    behavior: 'append',
                    properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
                    content: { type: 'text', value: '#' },
                  },
                ],
              ]),
          [rehypeToc, toc],
          rehypeScrollableTables,
          [rehypePrettyCode, prettyCodeOptions],
        ];
        return options;
      },
    }));
  } catch (error) {
    const fromEsbuild = esbuildProblems(error, file);
    if (fromEsbuild) throw new ContentError([...problems, ...fromEsbuild]);
    throw error;
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { code, toc, ...collected };
}
