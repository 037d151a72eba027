// Lint: correctness plus the layering table. shared/ is pure; renderer/, electron/ and hub/
// depend only on shared/ and never on each other (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { rendererFeatureArrows } from './eslint/renderer-feature-arrows.js';
import { sharedArrows } from './eslint/shared-arrows.js';

const layer = (forbidden, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbidden.map((folder) => ({
          group: [`**/${folder}/**`, `**/${folder}`],
          message: `This layer must not import from ${folder}/ (see ARCHITECTURE.md, layering).`,
        })),
        ...extra,
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/', 'playwright-report/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Type-aware, for this one rule: a promise nobody awaits loses its error (and its order).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      ['renderer', 'electron', 'hub', 'seeds', 'tests', 'bench'],
      [
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'react', 'dexie'],
          message: 'shared/ is pure TypeScript: no Node, DOM framework or Electron imports.',
        },
        // An allowlist: every runtime (browser, Node host, hub) can load these.
        {
          regex: '^(?!\\.{1,2}/)(?!(zod|pinyin-pro|sm-crypto-v2|pdfmake/interfaces)$)',
          message:
            'shared/ may import only zod, pinyin-pro, sm-crypto-v2 and pdfmake types (add a package here only if every runtime can load it).',
        },
      ],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The Vite config runs in Node at build time; it is not part of the page.
    ignores: ['renderer/vite.config.ts'],
    rules: layer(
      ['electron', 'hub', 'tests', 'bench'],
      [
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'pg', 'fastify', '@electric-sql/pglite'],
          message: 'renderer/ runs in the page: no Node modules or server packages.',
        },
      ],
    ),
  },
  {
    // Inside shared/: each area imports only the areas below it (validators and calendar under
    // the matter, the case over it, documents and sync over the domain).
    files: ['shared/**/*.ts'],
    plugins: { 'shared-layers': { rules: { arrows: sharedArrows } } },
    rules: { 'shared-layers/arrows': 'error' },
  },
  { files: ['electron/**/*.ts'], rules: layer(['renderer', 'hub']) },
  { files: ['hub/**/*.ts'], rules: layer(['renderer', 'electron']) },
  {
    // Inside renderer/: the shell composes features, features follow one-way arrows.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'renderer-layers': { rules: { 'feature-arrows': rendererFeatureArrows } } },
    rules: { 'renderer-layers/feature-arrows': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
