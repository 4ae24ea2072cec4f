// Shared Jest settings: SWC transform (with decorator metadata for NestJS) and the
// @tradeflow/domain alias to its TypeScript source, so tests never need a build.
const path = require('node:path');

process.env.TZ = 'UTC';

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@tradeflow/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@tradeflow/domain/testing$': path.join(__dirname, 'libs/domain/src/testing/index.ts'),
  },
};
