import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  {
    sourceTag: 'type:domain',
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'chart.js', 'express'],
  },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:e2e'] },
  // The workspace root (bench/): benchmarks drive the built product like the e2e tests.
  { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared', 'scope:e2e'] },
];

/** The Nx project-boundary rule with these constraints. */
const moduleBoundaries = (constraints) => [
  'error',
  { enforceBuildableLibDependency: true, allow: [], depConstraints: constraints },
];

/** Shared test fixtures (libs/domain/src/testing): for specs and test folders only. */
const TEST_FIXTURES = {
  group: ['@tradeflow/domain/testing'],
  message: 'Test fixtures are for tests, not for product code.',
};

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/tmp',
      '**/coverage',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The API's own tests may use the e2e test support (the SMTP receiver); the API's source may not.
    files: ['apps/api/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(
        depConstraints.map((constraint) =>
          constraint.sourceTag === 'scope:api'
            ? {
                ...constraint,
                onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'scope:e2e'],
              }
            : constraint,
        ),
      ),
    },
  },
  {
    // Feature boundaries inside the API: another feature uses analytics through its public surface.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/analytics/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/analytics/*', '!**/analytics/*.entity'],
              message: "Import analytics from its public surface ('../analytics': analytics/index.ts).",
            },
            TEST_FIXTURES,
          ],
        },
      ],
    },
  },
  {
    // The rest of the product code (the block above has the API's): test fixtures stay in tests.
    files: [
      'apps/web/src/**/*.ts',
      'apps/web/src/**/*.tsx',
      'apps/api/src/analytics/**/*.ts',
      'libs/domain/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', 'libs/domain/src/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_FIXTURES] }] },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/*.spec.tsx', '**/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
