import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * Jest resolves the `@gw/...` aliases inside test files, but not in globalSetup, which Node
 * loads with its own require: this teaches it the aliases of tsconfig.base.json.
 */
export function registerPathAliases(): void {
  const root = join(__dirname, '..', '..', '..', '..');
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  register({ baseUrl: root, paths: tsconfig.compilerOptions.paths, addMatchAll: false });
}
