const swcConfig = require('./swc.jest.config.js');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  moduleFileExtensions: ['ts', 'js'],
  // content-disposition (used by @fastify/static) ships ESM only; SWC turns it into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?content-disposition/)'],
  coverageDirectory: '../../coverage/apps/api',
};
