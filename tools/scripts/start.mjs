// `npm start`: install what is missing, build the API and the web app (Nx caches unchanged
// builds), then run the API, which migrates, seeds the demo initiative and serves the web app.
import { execSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { API_NODE_FLAGS } from '../../apps/api/node-flags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
execSync(`node ${join('tools', 'scripts', 'ensure-deps.mjs')}`, { cwd: root, stdio: 'inherit' });

console.log('Building the API and the web app ...');
execSync('npx nx run-many -t build -p api web --outputStyle=static', {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_NO_CLOUD: 'true' },
});

const api = spawn(process.execPath, [...API_NODE_FLAGS, join('dist', 'apps', 'api', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
