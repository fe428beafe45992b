/**
 * The repo's import graph, and the checks tests/boundaries.test.ts makes on it.
 *
 * Each source file is parsed with @babel/parser (TypeScript, and JSX in .tsx),
 * and every module it names is an edge: static imports, `export … from`,
 * dynamic `import('…')`, `typeof import('…')` in types, and `vi.mock('…')`
 * (with doMock, importActual, importMock). `@/` (the repo root) and relative
 * specifiers are resolved to files the way the bundler does (as written, then
 * .ts, .tsx, .mjs, /index.ts, /index.tsx); anything else is a package.
 *
 * The checks are plain functions of a Graph, so the test can run them on a
 * small made-up repo (graphFromSources) and see that they fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from '@babel/parser';
import { VISITOR_KEYS, type Node } from '@babel/types';

/** Files the graph is made of (and the only ones whose imports are followed). */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mjs'] as const;
/** How an extensionless specifier is tried, in order. */
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'];
/** Never part of the graph (generated, installed, or test input that is broken on purpose). */
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'out', 'test-results', 'playwright-report', 'tests/fixtures']);

export type EdgeKind = 'import' | 'export' | 'dynamic' | 'type-import' | 'mock';

export type Edge = {
  /** Importing file, relative to the repo root (posix separators). */
  from: string;
  line: number;
  specifier: string;
  kind: EdgeKind;
  /** Erased when compiled (`import type`, `export type`, all specifiers `type`, `typeof import()`): no edge at run time. */
  typeOnly: boolean;
  /** What it names: a repo file (any file, source or not), a package, or a repo path that is not there. */
  target: { file: string } | { package: string } | { unresolved: string };
};

export type Graph = { files: string[]; edges: Edge[] };

// ── Parsing ──────────────────────────────────────────────────────────────────

type RawImport = Omit<Edge, 'from' | 'target'>;

const VI_MODULE_CALLS = new Set(['mock', 'doMock', 'importActual', 'importMock']);

/** A string literal's value, or a template literal's when it has no `${}`. */
function literal(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type === 'TSLiteralType') return literal(node.literal as Node);
  return undefined;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key of VISITOR_KEYS[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === 'object' && 'type' in c) walk(c as Node, visit);
    } else if (child && typeof child === 'object' && 'type' in child) {
      walk(child as Node, visit);
    }
  }
}

/** Every module `code` (the text of `file`) names, with where and how. */
export function importsOf(file: string, code: string): RawImport[] {
  let ast;
  try {
    ast = parse(code, { sourceType: 'module', plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] });
  } catch (error) {
    throw new Error(`${file}: cannot parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  const found: RawImport[] = [];
  const add = (node: Node, specifier: string | undefined, kind: EdgeKind, typeOnly: boolean) => {
    if (specifier !== undefined) found.push({ line: node.loc?.start.line ?? 0, specifier, kind, typeOnly });
  };
  walk(ast.program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration': {
        // `import { type A, type B } from` is erased like `import type` (a bare `import 'x'` is not).
        const allTypes = node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type');
        add(node, node.source.value, 'import', node.importKind === 'type' || node.importKind === 'typeof' || allTypes);
        break;
      }
      case 'ExportNamedDeclaration': {
        if (!node.source) break;
        const allTypes = node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ExportSpecifier' && s.exportKind === 'type');
        add(node, node.source.value, 'export', node.exportKind === 'type' || allTypes);
        break;
      }
      case 'ExportAllDeclaration':
        add(node, node.source.value, 'export', node.exportKind === 'type');
        break;
      case 'ImportExpression':
        add(node, literal(node.source), 'dynamic', false);
        break;
      case 'CallExpression': {
        const { callee } = node;
        if (callee.type === 'Import') add(node, literal(node.arguments[0] as Node | undefined), 'dynamic', false);
        else if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'vi' &&
          callee.property.type === 'Identifier' &&
          VI_MODULE_CALLS.has(callee.property.name)
        ) {
          add(node, literal(node.arguments[0] as Node | undefined), 'mock', false);
        }
        break;
      }
      case 'TSImportType':
        add(node, literal(node.argument as Node), 'type-import', true);
        break;
    }
  });
  return found;
}

// ── Resolving ────────────────────────────────────────────────────────────────

/** The package a bare specifier names: `react/jsx-runtime` → react, `@scope/x/y` → @scope/x. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** `specifier`, written in `from`, resolved against the repo (`exists` says whether a repo path is a file). */
export function resolve(from: string, specifier: string, exists: (path: string) => boolean): Edge['target'] {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = posix.join(posix.dirname(from), specifier);
  else return { package: packageName(specifier) };
  base = posix.normalize(base).replace(/\/$/, '');
  for (const suffix of RESOLVE_SUFFIXES) if (exists(base + suffix)) return { file: base + suffix };
  return { unresolved: base };
}

/** The graph of `sources` (path → text); `exists` says whether another repo path (a .css, a .json) is a file. */
export function graphFromSources(sources: Record<string, string>, exists: (path: string) => boolean = () => false): Graph {
  const files = Object.keys(sources).sort();
  const isFile = (path: string) => Object.hasOwn(sources, path) || exists(path);
  const edges = files.flatMap((from) => importsOf(from, sources[from] ?? '').map((raw) => ({ from, ...raw, target: resolve(from, raw.specifier, isFile) })));
  return { files, edges };
}

/** Every source file under `dirs` of the repo at `root`. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !SKIPPED_DIRS.has(path)) visit(path);
      } else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !/\.d\.m?ts$/.test(entry.name)) {
        out.push(path);
      }
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) visit(dir);
  return out.sort();
}

/** The graph of the repo at `root`, made of the source files under `dirs`. */
export function graphFromDisk(root: string, dirs: readonly string[]): Graph {
  const sources = Object.fromEntries(sourceFiles(root, dirs).map((file) => [file, readFileSync(join(root, file), 'utf8')]));
  return graphFromSources(sources, (path) => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  });
}

// ── Checks ───────────────────────────────────────────────────────────────────
// Each returns one message per offending edge, naming the file, line and specifier.

const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);
const say = (edge: Edge, what: string) => {
  const to = 'file' in edge.target ? ` (${edge.target.file})` : '';
  return `${edge.from}:${edge.line} ${edge.typeOnly ? 'type-imports' : 'imports'} '${edge.specifier}'${to}: ${what}`;
};

/** Packages that mean React or the DOM. */
const UI_PACKAGES = new Set(['react', 'react-dom', 'next']);

/** (a) simulations/ is pure TypeScript: nothing from the rest of the repo, no React or Next.js. */
export function simulationsLeaks(graph: Graph): string[] {
  const inSims = under('simulations');
  return graph.edges
    .filter((e) => inSims(e.from))
    .flatMap((e) => {
      if ('file' in e.target && !inSims(e.target.file)) return [say(e, 'simulations/ imports nothing outside simulations/')];
      if ('unresolved' in e.target && !inSims(e.target.unresolved)) return [say(e, 'simulations/ imports nothing outside simulations/')];
      if ('package' in e.target && UI_PACKAGES.has(e.target.package)) return [say(e, 'simulations/ uses no React, React DOM or Next.js')];
      return [];
    });
}

/** simulations/models/<family>/<rest>: the family, and the file inside it (undefined for its index). */
export function familyPath(path: string): { family: string; inside: string | undefined } | undefined {
  const m = /^simulations\/models\/([^/]+)(?:\/(.+))?$/.exec(path);
  if (!m?.[1]) return undefined;
  const inside = m[2];
  return { family: m[1], inside: inside === undefined || /^index\.tsx?$/.test(inside) ? undefined : inside };
}

/** (b) Outside simulations/, a model family is imported only through its index.ts. */
export function deepFamilyImports(graph: Graph): string[] {
  const inSims = under('simulations');
  return graph.edges
    .filter((e) => !inSims(e.from))
    .flatMap((e) => {
      const path = 'file' in e.target ? e.target.file : 'unresolved' in e.target ? e.target.unresolved : undefined;
      const family = path === undefined ? undefined : familyPath(path);
      if (!family?.inside) return [];
      return [say(e, `reaches inside the model family '${family.family}'; import '@/simulations/models/${family.family}' (its index.ts)`)];
    });
}

/** (c) Layers point down: lib/ below components/ below app/. */
export function layerViolations(graph: Graph): string[] {
  const rules: Array<[string, string[]]> = [
    ['lib', ['components', 'app']],
    ['components', ['app']],
  ];
  return graph.edges.flatMap((e) => {
    const path = 'file' in e.target ? e.target.file : 'unresolved' in e.target ? e.target.unresolved : undefined;
    if (path === undefined) return [];
    for (const [layer, above] of rules) {
      const hit = under(layer)(e.from) ? above.find((dir) => under(dir)(path)) : undefined;
      if (hit) return [say(e, `${layer}/ imports nothing from ${hit}/`)];
    }
    return [];
  });
}

/** Repo paths (`@/…`, `./…`) that name no file: a broken import, or an edge this checker would miss. */
export function unresolvedImports(graph: Graph): string[] {
  return graph.edges.filter((e) => 'unresolved' in e.target).map((e) => say(e, 'no such file (tried .ts, .tsx, .mjs, /index.ts, /index.tsx)'));
}

/**
 * (d) Import cycles among the graph's files, one per strongly connected group
 * (the shortest cycle through its first file), as `a → b → a` with the import
 * behind each arrow. Type-only edges are erased at compile time and cannot
 * make a cycle at run time, so they are left out; so are vi.mock edges.
 */
export function importCycles(graph: Graph): string[] {
  const files = new Set(graph.files);
  const out = new Map<string, Edge[]>();
  for (const e of graph.edges) {
    if (e.typeOnly || e.kind === 'mock' || !('file' in e.target) || !files.has(e.target.file)) continue;
    out.set(e.from, [...(out.get(e.from) ?? []), e]);
  }
  const next = (file: string) => (out.get(file) ?? []).map((e) => (e.target as { file: string }).file);

  // Tarjan's strongly connected components (iterative: import chains can be long).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  for (const start of graph.files) {
    if (index.has(start)) continue;
    const work: Array<{ file: string; children: string[]; at: number }> = [];
    const open = (file: string) => {
      index.set(file, counter);
      low.set(file, counter++);
      stack.push(file);
      onStack.add(file);
      work.push({ file, children: next(file), at: 0 });
    };
    open(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const child = top.children[top.at++];
      if (child !== undefined) {
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(top.file, Math.min(low.get(top.file)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(top.file)!));
      if (low.get(top.file) === index.get(top.file)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== top.file);
        if (group.length > 1 || next(top.file).includes(top.file)) groups.push(group.sort());
      }
    }
  }

  return groups
    .sort((a, b) => a[0]!.localeCompare(b[0]!))
    .map((group) => {
      const members = new Set(group);
      const first = group[0]!;
      // Breadth-first from `first` inside the group, back to `first`: the shortest such cycle.
      const via = new Map<string, Edge>();
      const queue = [first];
      let closing: Edge | undefined;
      while (queue.length > 0 && !closing) {
        const file = queue.shift()!;
        for (const e of out.get(file) ?? []) {
          const to = (e.target as { file: string }).file;
          if (!members.has(to)) continue;
          if (to === first) {
            closing = e;
            break;
          }
          if (!via.has(to)) {
            via.set(to, e);
            queue.push(to);
          }
        }
      }
      const hops: Edge[] = [closing!];
      for (let at = closing!.from; at !== first; at = via.get(at)!.from) hops.unshift(via.get(at)!);
      const chain = [first, ...hops.map((e) => (e.target as { file: string }).file)].join(' → ');
      const detail = hops.map((e) => `\n    ${e.from}:${e.line} ${e.kind === 'dynamic' ? "import('" + e.specifier + "')" : `'${e.specifier}'`}`).join('');
      const rest = group.length > hops.length ? `\n    (${group.length} files in this cycle group: ${group.join(', ')})` : '';
      return `cycle: ${chain}${detail}${rest}`;
    });
}
