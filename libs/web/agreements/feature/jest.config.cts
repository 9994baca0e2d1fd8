module.exports = {
  displayName: 'web-agreements-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/../../../../tools/jest/angular-test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/agreements/feature',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // `marked` ships only as an ES module (`.esm.js`): Jest has to transform it too.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|marked/))'],
};
