// The web app as a user's browser loads it: the built API (serving the built web app, as
// `npm start` runs it) with the demo initiative on its own embedded PostgreSQL, and headless
// Chromium with an empty cache opening the login page (anonymous) and the demo initiative's
// dashboard (logged in as its coordination). Records the compressed JavaScript transferred and
// the time from navigation until the page is usable.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BenchError, freePort, startNode, stopProcess, waitUntilReady } from './processes.mjs';
import { API_NODE_FLAGS } from '../node-flags.mjs';

// apps/api/src/seeds/demo/demo-data.ts and libs/web/shared/data-access/src/lib/auth.store.ts
const DEMO_LOGIN = {
  email: 'koordination@demo.gemeinsam-wirken.de',
  password: 'Demo-Passwort-2026',
};
const DEMO_INITIATIVE = 'Jugendpakt Auenstadt';
const REFRESH_TOKEN_STORAGE_KEY = 'gw.refreshToken';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What must be visible for the page to be usable: the login button, the dashboard's content. */
const PAGES = {
  login: { label: 'Login page (anonymous)', usable: 'main form button[type="submit"]' },
  dashboard: { label: 'Dashboard (logged in)', usable: 'main gw-indicator-summary' },
};

function checkWebBuild(apiMain) {
  const webRoot = join(apiMain, '..', '..', 'web', 'browser');
  if (!existsSync(join(webRoot, 'index.html')))
    throw new BenchError(`${webRoot} holds no web app: run npx nx build web.`);
  if (!readdirSync(webRoot).some((name) => name.endsWith('.js.br')))
    throw new BenchError(`${webRoot} is not precompressed: run npx nx build web.`);
}

/** The API with the demo seed, on its own embedded database in a temporary folder. */
async function startDemoApi({ apiMain, root, logFile, cleanups }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-bench-web-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const baseUrl = `http://127.0.0.1:${await freePort()}`;
  const api = startNode('The API with the demo initiative', [...API_NODE_FLAGS, apiMain], {
    cwd: root,
    logFile,
    env: {
      ...process.env,
      PORT: new URL(baseUrl).port,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_SEED: 'true',
      // As `npm start` runs it: the demo seed is refused in production.
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SMTP_URL: '',
      PUBLIC_URL: baseUrl,
    },
  });
  cleanups.push(() => stopProcess(api));
  await waitUntilReady(api, `${baseUrl}/api/v1/health`, 180_000);
  return baseUrl;
}

async function api(baseUrl, path, init = {}) {
  const response = await fetch(`${baseUrl}${path}`, init);
  if (!response.ok)
    throw new BenchError(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** A fresh session of the demo coordination (refresh tokens are used once) and its initiative. */
async function demoSession(baseUrl) {
  const session = await api(baseUrl, '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  const list = await api(baseUrl, '/api/v1/initiatives', {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const initiative = list.items.find((item) => item.name === DEMO_INITIATIVE);
  if (!initiative) throw new BenchError(`The demo coordination does not see ${DEMO_INITIATIVE}.`);
  return { refreshToken: session.refreshToken, initiativeId: initiative.id };
}

/**
 * One load in a new browser context (an empty cache). Scripts are counted by their encoded body
 * size, as they came over the wire; the time is the page's own clock (from navigation start)
 * when the usable element first shows, checked every animation frame.
 */
async function loadOnce(browser, url, page, refreshToken) {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 1280, height: 800 },
  });
  try {
    if (refreshToken) {
      await context.addInitScript(
        ([key, token]) => window.localStorage.setItem(key, token),
        [REFRESH_TOKEN_STORAGE_KEY, refreshToken],
      );
    }
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const scripts = [];
    tab.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request);
    });
    await tab.goto(url, { waitUntil: 'commit' });
    const usable = await tab.waitForFunction(
      (selector) => {
        const element = document.querySelector(selector);
        return element?.checkVisibility() ? performance.now() : false;
      },
      page.usable,
      { polling: 'raf', timeout: 60_000 },
    );
    const usableMs = await usable.jsonValue();
    // Whatever the page still fetches after it became usable counts as well.
    await tab.waitForLoadState('networkidle');
    if (errors.length > 0) throw new BenchError(`${page.label}: ${errors.join('; ')}`);
    let jsBytes = 0;
    let jsDecodedBytes = 0;
    const uncompressed = [];
    for (const request of scripts) {
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      jsBytes += sizes.responseBodySize;
      jsDecodedBytes += (await response.body()).length;
      const encoding = (await response?.headerValue('content-encoding')) ?? 'none';
      if (encoding !== 'br') uncompressed.push(`${new URL(request.url()).pathname} (${encoding})`);
    }
    return { usableMs, jsBytes, jsDecodedBytes, scripts: scripts.length, uncompressed };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measurePage(browser, page, runs, urlOf) {
  const loads = [];
  for (let run = 0; run < runs; run++) {
    const { url, refreshToken } = await urlOf();
    loads.push(await loadOnce(browser, url, page, refreshToken));
  }
  const [first] = loads;
  if (first.uncompressed.length > 0)
    throw new BenchError(
      `${page.label}: scripts sent without brotli: ${first.uncompressed.join(', ')}`,
    );
  return {
    label: page.label,
    runs,
    scripts: first.scripts,
    jsBytes: first.jsBytes,
    jsDecodedBytes: first.jsDecodedBytes,
    usableMs: median(loads.map((load) => load.usableMs)),
    usableMaxMs: Math.max(...loads.map((load) => load.usableMs)),
  };
}

/** Starts what it needs (registering the stops in `cleanups`) and measures both pages. */
export async function measureWebLoad({ apiMain, root, logFile, runs, cleanups, say }) {
  checkWebBuild(apiMain);
  if (!existsSync(CHROMIUM))
    throw new BenchError(`No Chromium at ${CHROMIUM}: install chromium or set CHROMIUM_PATH.`);
  say('Starting the API with the demo initiative for the web app ...');
  const baseUrl = await startDemoApi({ apiMain, root, logFile, cleanups });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  cleanups.push(() => browser.close());
  say(`Loading the login page and the dashboard in Chromium, ${runs} times each, empty cache ...`);
  const login = await measurePage(browser, PAGES.login, runs, async () => ({
    url: `${baseUrl}/auth/login`,
  }));
  const dashboard = await measurePage(browser, PAGES.dashboard, runs, async () => {
    const { refreshToken, initiativeId } = await demoSession(baseUrl);
    return { url: `${baseUrl}/initiatives/${initiativeId}/dashboard`, refreshToken };
  });
  return { login, dashboard };
}
