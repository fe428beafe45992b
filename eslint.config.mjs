// @ts-check
/**
 * ESLint (flat config): a few rules that catch bugs, the React hooks rules, and
 * the import boundaries between the repo's layers. No style rules: formatting
 * is Prettier's (.prettierrc.json). `npm run lint`; `npm test` runs it after
 * the typecheck.
 *
 * TypeScript is parsed with Babel (@babel/eslint-parser with its TypeScript
 * preset), not typescript-eslint: the repo's TypeScript is the native port
 * (7.x), which has no JavaScript API for typescript-eslint to call. Babel strips
 * types without knowing them, so rules that need types or type-aware scopes are
 * left off: no-unused-vars and no-undef report every name used only as a type
 * (and no-unused-vars every component used only in JSX); no-redeclare and
 * no-dupe-class-members trip on overloads. tsc (`npm run typecheck`) covers those.
 *
 * The import boundaries are also checked, exactly (resolved paths, dynamic
 * imports, vi.mock, cycles), by tests/boundaries.test.ts. The rules here catch
 * the static `import`/`export … from` forms in the editor, by specifier.
 */
import babelParser from '@babel/eslint-parser';
import reactHooks from 'eslint-plugin-react-hooks';

/** Core rules that find bugs (not style), all passing today. */
const bugRules = {
  'array-callback-return': 'error',
  eqeqeq: 'error',
  'for-direction': 'error',
  'no-async-promise-executor': 'error',
  'no-compare-neg-zero': 'error',
  'no-cond-assign': 'error',
  'no-constant-binary-expression': 'error',
  'no-constant-condition': 'error',
  'no-debugger': 'error',
  'no-dupe-else-if': 'error',
  'no-dupe-keys': 'error',
  'no-duplicate-case': 'error',
  'no-empty-character-class': 'error',
  'no-eval': 'error',
  'no-ex-assign': 'error',
  'no-fallthrough': 'error',
  'no-global-assign': 'error',
  'no-implied-eval': 'error',
  'no-invalid-regexp': 'error',
  'no-loss-of-precision': 'error',
  'no-misleading-character-class': 'error',
  'no-new-func': 'error',
  'no-self-assign': 'error',
  'no-self-compare': 'error',
  'no-setter-return': 'error',
  'no-shadow-restricted-names': 'error',
  'no-sparse-arrays': 'error',
  'no-unmodified-loop-condition': 'error',
  'no-unreachable': 'error',
  'no-unreachable-loop': 'error',
  'no-unsafe-finally': 'error',
  'no-unsafe-negation': 'error',
  'no-unsafe-optional-chaining': 'error',
  'no-unused-expressions': 'error',
  'no-unused-labels': 'error',
  'no-unused-private-class-members': 'error',
  'no-useless-backreference': 'error',
  'use-isnan': 'error',
  'valid-typeof': 'error',
};

/**
 * eslint-plugin-react-hooks 7: the two classic rules, and those of its
 * "recommended" React Compiler rules that the code passes.
 *
 * Left off, with what they report today:
 * - static-components: `bindingFor(id)` / `lateBindingFor(id)` look up a cached
 *   component, and a chapter page (a server component) runs getMDXComponent once;
 *   the compiler reads each as "a component created during render" (6 reports).
 * - refs: the "latest value" ref (`ref.current = value` during render, read in
 *   callbacks) is used on purpose in several hooks (13 reports).
 * - set-state-in-effect: a static export renders without the browser, so state
 *   that depends on it (the URL, the theme, window.location.origin, timers) is
 *   set in an effect after hydration; that is what those effects are for (15).
 * - immutability: refs handed over inside a props object (clock.tBytes,
 *   clock.pos), a function declaration used before its line, a counter in a
 *   synchronous .map: all safe, but the compiler can't tell (6).
 * - preserve-manual-memoization: follows from the ref writes above (1).
 * - config, gating: check React Compiler options, which this repo does not set.
 * - memo-dependencies, todo, invariant and the other non-recommended ones:
 *   duplicates of exhaustive-deps or reports of the compiler's own limits.
 */
const hooksRules = {
  'react-hooks/rules-of-hooks': 'error',
  'react-hooks/exhaustive-deps': 'error',
  'react-hooks/error-boundaries': 'error',
  'react-hooks/globals': 'error',
  'react-hooks/incompatible-library': 'error',
  'react-hooks/purity': 'error',
  'react-hooks/set-state-in-render': 'error',
  'react-hooks/unsupported-syntax': 'error',
  'react-hooks/use-memo': 'error',
  'react-hooks/void-use-memo': 'error',
};

// ── Import boundaries ────────────────────────────────────────────────────────
// `@/` is the repo root. Patterns are gitignore-style globs matched against the
// specifier; `**/../x` catches a relative climb to a top-level x at any depth
// (../x, ../../x/…).

/** Both spellings of an import of the top-level folder `dir`. */
const dirImports = (/** @type {string} */ dir) => [`@/${dir}`, `**/../${dir}`];

/**
 * Outside simulations/, a model family (simulations/models/<family>) is used
 * only through its public face, its index.ts. The rest of simulations/ (core,
 * engine, console, catalog, run-request, quotable) may be imported
 * file by file.
 */
const familyInternals = {
  group: ['@/simulations/models/*/*', '**/simulations/models/*/*', '!@/simulations/models/*/index', '!**/simulations/models/*/index'],
  message: "Import the model family's public face, '@/simulations/models/<family>' (its index.ts), not a file inside it.",
};

/** Layer → what it may not import (besides familyInternals, for all but simulations/). */
const layers = {
  simulations: [
    {
      group: ['@/*', '!@/simulations', ...['lib', 'components', 'app', 'content', 'scripts', 'e2e', 'tests'].map((dir) => `**/../${dir}`)],
      message: 'simulations/ is pure TypeScript and imports nothing outside simulations/.',
    },
    {
      group: ['react', 'react/**', 'react-dom', 'react-dom/**', 'next', 'next/**'],
      message: 'simulations/ is pure TypeScript: no React, no Next.js.',
    },
  ],
  lib: [{ group: [...dirImports('components'), ...dirImports('app')], message: 'lib/ sits below components/ and app/: it imports neither.' }],
  components: [{ group: dirImports('app'), message: 'components/ sits below app/: it does not import app/.' }],
  app: [],
  content: [],
  scripts: [],
  e2e: [],
  tests: [],
};

const boundaries = Object.entries(layers).map(([dir, patterns]) => ({
  name: `boundaries/${dir}`,
  files: [`${dir}/**`],
  rules: { 'no-restricted-imports': ['error', { patterns: dir === 'simulations' ? patterns : [...patterns, familyInternals] }] },
}));

export default [
  { ignores: ['out/**', '.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  {
    name: 'base',
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      sourceType: 'module',
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          babelrc: false,
          configFile: false,
          presets: [
            ['@babel/preset-typescript', { isTSX: true, allExtensions: true }],
            ['@babel/preset-react', { runtime: 'automatic' }],
          ],
        },
      },
    },
    rules: bugRules,
  },
  {
    // Where React is. Not elsewhere: the React Compiler behind most of these rules is about two thirds of a cold
    // run's time, and e2e/'s Playwright fixtures call `use(…)`, which rules-of-hooks takes for React's use().
    name: 'react-hooks',
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: hooksRules,
  },
  {
    name: 'simulations/no-dom',
    files: ['simulations/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({ name, message: 'simulations/ is pure TypeScript: no DOM.' })),
      ],
    },
  },
  ...boundaries,
];
