const swcConfig = require('./swc.jest.config.js');

/** API integration tests: the whole app over HTTP against an embedded PostgreSQL. */
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  moduleFileExtensions: ['ts', 'js'],
  // content-disposition (used by @fastify/static) and marked ship ESM only; SWC turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!((.*/)?content-disposition|marked)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
