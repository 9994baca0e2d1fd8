import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery } from '../support/test-database';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const PRECOMPRESS = join(__dirname, '..', '..', '..', '..', 'tools', 'scripts', 'precompress.mjs');

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 {status: ok, db: up} without login', async () => {
    const response = await t.api.get('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers 503 while the database refuses connections, and recovers', async () => {
    await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
    await adminQuery(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${t.databaseName}'`,
    );
    try {
      const down = await t.api.get('/api/v1/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'error', db: 'down' });
    } finally {
      await adminQuery(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`);
    }
    const up = await t.api.get('/api/v1/health');
    expect(up.status).toBe(200);
  });
});

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves Swagger UI at /api/docs', async () => {
    const response = await t.api.get('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('swagger');
  });

  it('documents every route with a summary, a success response and problem responses', async () => {
    const doc = (await t.api.get('/api/docs-json')).body;
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(
      doc.paths as Record<string, Record<string, any>>,
    )) {
      for (const [method, operation] of Object.entries(methods)) {
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        const statuses = Object.keys(operation.responses);
        expect({ path, method, summary: typeof operation.summary }).toEqual({
          path,
          method,
          summary: 'string',
        });
        expect(statuses.some((s) => s.startsWith('2'))).toBe(true);
        const problems = statuses.filter((s) => Number(s) >= 400 && s !== '503');
        if (!path.endsWith('/health'))
          expect({ path, method, problems: problems.length > 0 }).toEqual({
            path,
            method,
            problems: true,
          });
        for (const status of problems) {
          expect(operation.responses[status].content['application/problem+json'].schema.$ref).toBe(
            '#/components/schemas/ProblemSchema',
          );
        }
      }
    }
    const routes = registeredRoutes(t);
    expect(routes.length).toBeGreaterThanOrEqual(18);
    for (const route of routes) expect(documented).toContain(route);
  });
});

/** The API's routes as Fastify knows them (what is really served). */
function registeredRoutes(t: TestApp): string[] {
  const printed: string = t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    const match =
      /^([│\s]*)[└├]── (\S+) \(([^)]+)\)/.exec(line) ?? /^([│\s]*)[└├]── (\S+)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const methods = match[3];
    const path = stack.join('');
    if (!methods || !path.startsWith('/api/v1/')) continue;
    for (const method of methods.split(', ')) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

describe('the web app on the same port', () => {
  let t: TestApp;
  let webRoot: string;
  const bundleText = 'console.log("Gemeinsam Wirken");\n'.repeat(50);
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'gw-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      `<!doctype html><title>Gemeinsam Wirken</title>${'<link rel="modulepreload">'.repeat(20)}`,
    );
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), bundleText);
    mkdirSync(join(webRoot, 'media'));
    writeFileSync(join(webRoot, 'favicon.ico'), 'icon');
    // What the web build does after bundling: a .br and a .gz beside each text file.
    execFileSync(process.execPath, [PRECOMPRESS, webRoot], { stdio: 'ignore' });
    t = await startTestApp({}, { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html for deep links, uncached, with a strict CSP', async () => {
    const response = await t.api.get('/initiatives/123/members');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Gemeinsam Wirken</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed bundles for a year and other files not at all', async () => {
    const bundle = await t.api.get('/main-ABCD1234.js');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await t.api.get('/favicon.ico');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the bundles precompressed as the browser accepts them, still cached for a year', async () => {
    for (const encoding of ['br', 'gzip']) {
      const bundle = await t.api.get('/main-ABCD1234.js', {
        headers: { 'accept-encoding': encoding },
      });
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get('content-encoding')).toBe(encoding);
      expect(bundle.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
      expect(bundle.headers.get('vary')).toContain('accept-encoding');
      expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(bundle.body).toBe(bundleText); // fetch decoded it: the copy matches the original
    }
    const plain = await t.api.get('/main-ABCD1234.js', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toBe(bundleText);
  });

  it('sends index.html compressed but never cached as immutable', async () => {
    for (const path of ['/index.html', '/initiatives/123/dashboard']) {
      const page = await t.api.get(path, { headers: { 'accept-encoding': 'br' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-encoding')).toBe('br');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.body).toContain('<title>Gemeinsam Wirken</title>');
    }
  });

  it('never sends a compressed copy under its own name', async () => {
    const copy = await t.api.get('/main-ABCD1234.js.br', { headers: { 'accept-encoding': 'br' } });
    expect(copy.headers.get('content-type')).toMatch(/^text\/html/);
    expect(copy.body).toContain('<title>Gemeinsam Wirken</title>');
  });

  it('still answers unknown API paths with a 404 problem, not the web app', async () => {
    const response = await t.api.get('/api/v1/unknown');
    expectProblem(response, 404);
  });
});
