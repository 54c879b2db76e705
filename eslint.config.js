// @ts-check
// ESLint flat config for the whole monorepo (STYLE.md §2 dependency rules, §7 no `.only`, §8 tooling).
// Lint runs with --max-warnings=0, so every rule here is 'error' or 'off': a warning would fail CI
// anyway, and an 'error' says so honestly.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsdoc from 'eslint-plugin-jsdoc';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.{ts,tsx,mts,cts}'];
const JS = ['**/*.{js,mjs,cjs}'];
const TESTS = ['**/*.test.{ts,tsx}', 'packages/*/test/**/*.ts', 'packages/e2e/tests/**/*.ts'];

// ---------------------------------------------------------------------------------------------
// Package boundaries (STYLE.md §2). Each message states the rule, so the error explains itself.
// Patterns are regexes over the import specifier. Patterns that allow `import type` must not
// overlap the others: typescript-eslint skips a type-only import matched by any such pattern.
// ---------------------------------------------------------------------------------------------
const builtins = builtinModules.join('|'); // names are [a-z0-9_/] only: safe inside a regex
/** Any bare specifier that is not relative, not @gesang, and not a Node built-in. */
const thirdParty = (allowed = '') =>
  `^(?!\\.{1,2}(/|$)|@gesang/|node:|(${builtins})(/|$)${allowed})`;
/** `@gesang/*` except the listed packages' index (deep imports and the own index are banned). */
const gesangExcept = (/** @type {string[]} */ ...allowed) =>
  allowed.length === 0 ? '^@gesang/' : `^@gesang/(?!(${allowed.join('|')})$)`;
/** Bans Node built-ins (`fs`, `node:fs`, ...) with a message saying why. */
const nodeBuiltins = (/** @type {string} */ message) => ({
  paths: builtinModules.map((name) => ({ name, message })),
  patterns: [{ regex: '^node:', message }],
});
const sharedCode = (/** @type {string} */ pkg) =>
  `${pkg} runs in both Node and the browser: no Node built-ins (STYLE §2). Take Uint8Array, not file paths.`;

/**
 * `src` rules apply to production code; `always` rules also to the package's tests (tests may use
 * vitest, node:fs for fixtures, etc., but never cross a layer boundary).
 * @type {Record<string, { always: object[]; src?: object[]; builtins?: string }>}
 */
const boundaries = {
  'ecg-signal': {
    always: [
      {
        regex: gesangExcept(),
        message:
          'ecg-signal is the bottom layer: it imports no @gesang package (STYLE §2). Inside a package import the module, not the index.',
      },
    ],
    src: [
      {
        regex: thirdParty(),
        allowTypeImports: true,
        message:
          'ecg-signal has no runtime dependency (STYLE §2: pure numerics, reviewed by the team before any is added).',
      },
    ],
    builtins: sharedCode('ecg-signal'),
  },
  'ecg-formats': {
    always: [
      {
        regex: gesangExcept('ecg-signal'),
        message:
          'ecg-formats may import only @gesang/ecg-signal among @gesang packages, through its index (STYLE §2: lower layers never import upward).',
      },
    ],
    src: [
      {
        regex: thirdParty(),
        allowTypeImports: true,
        message:
          'ecg-formats adds no runtime dependency without team review (STYLE §2). After review, allow the package in eslint.config.js.',
      },
    ],
    builtins: sharedCode('ecg-formats'),
  },
  'ecg-cli': {
    always: [
      {
        regex: gesangExcept('ecg-signal', 'ecg-formats'),
        message:
          'ecg-cli may import only @gesang/ecg-signal and @gesang/ecg-formats, through their index (STYLE §2).',
      },
    ],
  },
  domain: {
    always: [
      {
        regex: gesangExcept('ecg-signal', 'ecg-formats'),
        message:
          'domain may import only @gesang/ecg-signal and @gesang/ecg-formats, through their index; never server or web (STYLE §2).',
      },
    ],
    src: [
      {
        regex: thirdParty('|zod(/|$)'),
        allowTypeImports: true,
        message:
          'domain is shared by server and browser: its only runtime dependency is zod (STYLE §2). Type-only imports are fine.',
      },
    ],
    builtins: sharedCode('domain'),
  },
  server: {
    always: [
      {
        regex: gesangExcept('domain', 'ecg-formats', 'ecg-signal'),
        message:
          'server may import @gesang/domain and the ECG packages below it, through their index; never @gesang/web: the contract lives in domain (STYLE §2).',
      },
      {
        regex: '^react(-dom)?(/|$)',
        message: 'Only web imports React (STYLE §2: drivers stay at the edge).',
      },
    ],
  },
  web: {
    always: [
      {
        regex: gesangExcept('domain', 'ecg-formats', 'ecg-signal'),
        message:
          'web may import @gesang/domain and the ECG packages below it, through their index; never @gesang/server: the contract lives in domain (STYLE §2).',
      },
      {
        regex:
          '^(pg|pg-[^/]+|drizzle-orm|drizzle-kit|fastify|@fastify/[^/]+|@electric-sql/pglite[^/]*)(/|$)',
        message:
          'Only server imports database drivers and HTTP server code (pg, drizzle-orm, fastify, PGlite) (STYLE §2: drivers stay at the edge).',
      },
    ],
    builtins: 'web/src runs in the browser, where Node built-ins do not exist.',
  },
};

/**
 * Two config objects per package: production sources, then the package's tests.
 * @type {import('eslint').Linter.Config[]}
 */
const boundaryConfigs = Object.entries(boundaries).flatMap(([pkg, rule]) => {
  const files = [`packages/${pkg}/src/**/*.{ts,tsx}`];
  const tests = [`packages/${pkg}/src/**/*.test.{ts,tsx}`];
  const forSrc = rule.builtins ? nodeBuiltins(rule.builtins) : { paths: [], patterns: [] };
  return [
    {
      name: `gesang/boundaries/${pkg}`,
      files,
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: forSrc.paths,
            patterns: [...rule.always, ...(rule.src ?? []), ...forSrc.patterns],
          },
        ],
      },
    },
    {
      name: `gesang/boundaries/${pkg}/tests`,
      files: tests,
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns: rule.always }],
      },
    },
  ];
});

// Committed focused tests silently skip the rest of the suite (STYLE §7, medplum lint).
const onlyMessage = 'Do not commit focused tests (.only): the rest of the suite would not run.';
const noFocusedTests = [
  {
    selector: "MemberExpression[property.name='only'][object.name=/^(it|test|describe|suite)$/]",
    message: onlyMessage,
  },
  {
    // Playwright: test.describe.only, test.describe.serial.only, test.step.only
    selector: "MemberExpression[property.name='only'][object.object.name='test']",
    message: onlyMessage,
  },
  {
    selector: "MemberExpression[property.name='only'][object.object.object.name='test']",
    message: onlyMessage,
  },
];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/data/',
    '**/.gesang-data/',
    '**/coverage/',
    '**/migrations/',
    '**/playwright-report/',
    '**/test-results/',
    '**/screenshots/',
    '.reports/',
  ]),

  // Lint TypeScript as well as the JS files ESLint picks up by default.
  { name: 'gesang/files', files: [...TS, ...JS] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'gesang/base',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        // Each file is checked with its nearest tsconfig.json (packages/*/tsconfig.json; the root
        // one covers root tooling). A TS file in no tsconfig fails lint: add it to that tsconfig,
        // which also makes `npm run typecheck` cover it.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX, jsdoc },
    settings: {
      // import-x only follows (and so finds cycles through) files with these extensions.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      // Resolve `./x.js` to `./x.ts` and workspace packages through their `exports` (src/index.ts).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] },
          conditionNames: ['types', 'import', 'node', 'default'],
        }),
      ],
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      curly: ['error', 'all'],
      'no-restricted-syntax': ['error', ...noFocusedTests],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        { allowExpressions: true, allowTypedFunctionExpressions: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      // With verbatimModuleSyntax, `import { type A } from 'x'` keeps a side-effect import of 'x'.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A switch without `default` must name every union member; a `default` is a deliberate
      // catch-all (e.g. switching on a string code) [medplum].
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Cycles make module init order fragile (STYLE §2, drizzle); type-only imports are ignored.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Other packages go through their name and index, never `../../other-package/src/...`.
      'import-x/no-relative-packages': 'error',
      'import-x/no-self-import': 'error',
      // STYLE §5: a doc comment on every export. Enforced for exported functions and classes
      // (not for `type X = z.infer<...>` aliases, documented by their schema), plus checks that
      // catch stale docs; content (units, ranges, examples) is left to review.
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: {
            FunctionDeclaration: true,
            ClassDeclaration: true,
            ArrowFunctionExpression: true,
            FunctionExpression: true,
          },
          checkConstructors: false,
        },
      ],
      'jsdoc/check-alignment': 'error',
      // Documented names must exist and be in order; leaving an obvious one (`db`) out is allowed.
      'jsdoc/check-param-names': [
        'error',
        { checkDestructured: false, disableMissingParamChecks: true },
      ],
      'jsdoc/check-tag-names': ['error', { typed: true }],
      'jsdoc/no-types': 'error',
    },
  },

  // Plain JS tooling (build.mjs, bin/*.js): no return-type syntax to require. Root JS files are
  // in the root tsconfig (allowJs), so they keep type-aware rules; package JS files do not.
  {
    name: 'gesang/js',
    files: JS,
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      'jsdoc/no-types': 'off',
      'jsdoc/check-tag-names': ['error', { typed: false }], // JSDoc @type is how JS is typed
    },
  },
  {
    ...tseslint.configs.disableTypeChecked,
    name: 'gesang/js-untyped',
    files: ['packages/**/*.{js,mjs,cjs}'],
  },

  ...boundaryConfigs,

  {
    name: 'gesang/web',
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // The plugin's own typings do not match ESLint's Plugin type (its `configs.flat`); cast.
    plugins: { 'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (reactHooks) },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The recommended set has three warnings; warnings fail CI, so decide: the hook dependency
      // list is a real bug source (error); the other two are advisory about the React Compiler.
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/incompatible-library': 'off',
      'react-hooks/unsupported-syntax': 'off',
      // Flags the plain "load in useEffect, then setState" pattern; a render-performance hint,
      // not a correctness bug, and meeting it means a data-loading library. Off until we pick one.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  {
    name: 'gesang/tests',
    files: TESTS,
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      'jsdoc/require-jsdoc': 'off',
      // expect(obj.method).toHaveBeenCalled() is the idiom, not an unbound call.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
]);
