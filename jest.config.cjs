/** Every Jest project in the workspace, run together by `npm test`. */
module.exports = {
  // Integration tests boot the app and hash passwords; a run-wide option, so it is set here too.
  testTimeout: 30_000,
  projects: ['<rootDir>/apps/api/jest.config.cjs', '<rootDir>/libs/shared/jest.config.cjs'],
};
