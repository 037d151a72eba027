// Lint: correctness plus the layering table. shared/ is pure; renderer/, electron/ and hub/
// depend only on shared/ and never on each other (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    files: ['shared/**/*.ts'],
    rules: layer(['renderer', 'electron', 'hub', 'seeds', 'tests', 'bench'], [
      { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'react', 'dexie'], message: 'shared/ is pure TypeScript: no Node, DOM framework or Electron imports.' },
    ]),
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: layer(['electron', 'hub']) },
  { files: ['electron/**/*.ts'], rules: layer(['renderer', 'hub']) },
  { files: ['hub/**/*.ts'], rules: layer(['renderer', 'electron']) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
