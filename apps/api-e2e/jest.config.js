const path = require('node:path');
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120_000,
  setupFilesAfterEnv: ['<rootDir>/src/jest-timeout.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@tradeflow/e2e-support$': path.join(__dirname, '../../libs/e2e-support/src/index.ts'),
  },
};
