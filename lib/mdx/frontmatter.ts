/** Chapter frontmatter: the schema and a reader that reports problems with line numbers. */
import matter from 'gray-matter';
import { z } from 'zod';
import type { ContentProblem } from './content-error';

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(300),
  order: z.number().int().min(1).max(99),
  readingMinutes: z.number().int().min(1).max(120),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** `01-why-rewrite.mdx` → { order: 1, slug: 'why-rewrite' }, or undefined if misnamed. */
export function parseChapterFileName(name: string): { order: number; slug: string } | undefined {
  const m = FILE_NAME.exec(name);
  return m ? { order: Number(m[1]), slug: m[2]! } : undefined;
}

/** 1-based line of `key:` inside the leading frontmatter block, or the opening `---`. */
function lineOfKey(source: string, key: string | undefined): number {
  if (key) {
    const lines = source.split('\n');
    for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
      if (lines[i]!.startsWith(`${key}:`)) return i + 1;
    }
  }
  return 1;
}

export type FrontmatterResult<T = Frontmatter> = { ok: true; frontmatter: T; body: string } | { ok: false; problems: ContentProblem[] };

export function readFrontmatter(source: string, file: string): FrontmatterResult {
  return readFrontmatterWith(frontmatterSchema, source, file, 'title, summary, order, readingMinutes');
}

/** Any content kind's frontmatter (chapters, decks): `keys` names what a missing block should hold. */
export function readFrontmatterWith<S extends z.ZodObject>(schema: S, source: string, file: string, keys: string): FrontmatterResult<z.infer<S>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object disables gray-matter's cache, which would otherwise
    // return stale results for identical sources in tests.
    parsed = matter(source, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [{ file, line: 1, message: `frontmatter is not valid YAML: ${reason}` }] };
  }
  if (!source.startsWith('---')) {
    return { ok: false, problems: [{ file, line: 1, message: `missing frontmatter (a --- block with ${keys})` }] };
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, frontmatter: result.data, body: parsed.content };
  const problems = result.error.issues.map((issue): ContentProblem => {
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        line: lineOfKey(source, issue.keys[0]),
        message: `frontmatter has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${Object.keys(schema.shape).join(', ')}`,
      };
    }
    const key = issue.path.map(String).join('.');
    const got = key ? (parsed.data as Record<string, unknown>)[key] : undefined;
    const what = got === undefined ? 'is missing' : `is invalid (got ${JSON.stringify(got)}): ${issue.message}`;
    return { file, line: lineOfKey(source, key), message: `frontmatter "${key}" ${what}` };
  });
  return { ok: false, problems };
}
