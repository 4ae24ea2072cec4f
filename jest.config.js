/** `npm test` runs every project's tests in one Jest run (one summary for CI). */
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web/jest.config.cjs',
    // The built product as a process: persistence, SIGTERM drain, CSP in Chromium (npm test builds first).
    '<rootDir>/apps/api-e2e/jest.config.js',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
