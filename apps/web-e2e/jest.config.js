const path = require('node:path');
const preset = require('../../jest.preset.js');

/** The built product (npm test builds first) in Debian's headless Chromium, driven by playwright-core. */
module.exports = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 180_000,
  setupFilesAfterEnv: ['<rootDir>/src/jest-timeout.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@tradeflow/e2e-support$': path.join(__dirname, '../../libs/e2e-support/src/index.ts'),
  },
};
