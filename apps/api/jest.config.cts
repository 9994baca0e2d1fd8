const swcConfig = require('./swc.jest.config.js');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  moduleFileExtensions: ['ts', 'js'],
  // content-disposition (used by @fastify/static) and marked ship ESM only; SWC turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!((.*/)?content-disposition|marked)/)'],
  coverageDirectory: '../../coverage/apps/api',
};
