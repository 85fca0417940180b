// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// src/core is the pure domain: the engine, validation and proposal maths must run the same in
// the renderer, a Web Worker, the main process and the CLI, so they may not reach for any
// platform. This rule is what keeps that promise.
const platformModules = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'i18next',
  'react-i18next',
  'recharts',
];
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'events',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads',
  'process',
  'buffer',
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { id: _id, ...rest } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    // electron-builder loads its config and hooks with require(): they are CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // All reads and writes of the household's database live in src/renderer/db/: one module
    // per domain, domain writes in transactions. Elsewhere the database is reached through
    // them, never through the `db` instance or Dexie itself (types are fine). main.tsx and
    // boot.ts (its start-up half) are the composition root that hands the instance to the
    // storage watchers.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/db/**', 'src/renderer/main.tsx', 'src/renderer/boot.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Database access lives in src/renderer/db/: call its modules.',
          })),
          patterns: [
            {
              group: ['**/db/AppDB'],
              importNames: ['db'],
              allowTypeImports: true,
              message: 'Database access lives in src/renderer/db/: call its modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformModules.map((name) => ({
            name,
            message: 'src/core is the pure domain: no UI, storage or platform imports.',
          })),
          patterns: [
            {
              group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)],
              message: 'src/core is the pure domain: no Node built-ins.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'src/core may not depend on the layers built on top of it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'process',
          'require',
          'Buffer',
          'fetch',
        ].map((name) => ({ name, message: 'src/core is the pure domain: no platform globals.' })),
      ],
    },
  },
);
