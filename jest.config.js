/** `npm test` runs every project's tests in one Jest run (one summary for CI). */
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
