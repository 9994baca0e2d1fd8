const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The PDF fonts (Roboto, Latin and beyond): the bundle reads them from assets/fonts.
      assets: [
        {
          input: 'node_modules/@expo-google-fonts/roboto',
          glob: '{400Regular,700Bold,400Regular_Italic,700Bold_Italic}/*.ttf',
          output: 'assets/fonts',
        },
        // The common-password list that registration checks against (read at the first check).
        { input: 'apps/api/src/assets', glob: 'common-passwords.txt', output: 'assets' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      // Required only by the password-hashing worker's source text, which the build cannot see.
      runtimeDependencies: ['hash-wasm'],
      sourceMap: true,
    }),
  ],
};
