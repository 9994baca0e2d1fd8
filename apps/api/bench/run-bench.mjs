// `npm run bench`: the built API (dist/apps/api/main.js) against a fresh embedded PostgreSQL with
// seeded data, measured with autocannon next to a bare Fastify route (the machine's limit), and
// the PDF of a 50-indicator report timed one request at a time; then the web app as a browser
// loads it (apps/api/bench/web-load.mjs). Prints the results, checks them against the targets
// and writes them into BENCHMARKS.md.
//
// Options: --duration 10 --connections 50 --warmup 3 --pdf-runs 5 (timed PDF requests),
// --log-level info (the API's LOG_LEVEL), --pg-stats (SQL statements per request), --cpu-prof
// (CPU profile of the API), --no-write, --api dist/apps/api/main.js (another build to compare),
// --web-only (only the web app in the browser), --web-runs 3 (loads per page). Diagnostic runs
// (--pg-stats, --cpu-prof, another log level or build) never write BENCHMARKS.md.
// Exit code 1 when a request failed (the run is invalid) or a target was missed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_EMAIL, BENCH_PASSWORD, seed, startPostgres } from './database.mjs';
import * as diagnostics from './diagnostics.mjs';
import { compareUnderAttack } from './attack-workload.mjs';
import { checkEndpoint, measure } from './measure.mjs';
import { seedPhaseThree } from './phase-three-seed.mjs';
import {
  BenchError,
  freePort,
  peakRss,
  startNode,
  stopProcess,
  waitUntilReady,
} from './processes.mjs';
import * as report from './report.mjs';
import { createReport, measurePdf } from './report-workload.mjs';
import { measureWebLoad } from './web-load.mjs';
import * as webReport from './web-load-report.mjs';
import { API_NODE_FLAGS } from '../node-flags.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const JWT_SECRET = 'bench-only-jwt-secret-0123456789-abcdefghijklmnop';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'pdf-runs': { type: 'string', default: '5' },
    'log-level': { type: 'string', default: 'info' },
    'pg-stats': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    api: { type: 'string', default: 'dist/apps/api/main.js' },
    'web-only': { type: 'boolean', default: false },
    'web-runs': { type: 'string', default: '3' },
  },
});
const settings = {
  duration: Number(args.duration),
  connections: Number(args.connections),
  warmup: Number(args.warmup),
  pdfRuns: Number(args['pdf-runs']),
  logLevel: args['log-level'],
};
const apiMain = resolve(root, args.api);
const diagnosticRun =
  args['pg-stats'] ||
  args['cpu-prof'] ||
  settings.logLevel !== 'info' ||
  apiMain !== join(root, 'dist', 'apps', 'api', 'main.js');
const logDir = join(root, 'tmp', 'bench');
const profileDir = join(logDir, 'profiles');
const say = (message) => process.stdout.write(`${message}\n`);

/** Starts PostgreSQL, the API and the bare server; every start registers its own stop. */
async function setUp(cleanups) {
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value === 'number' && !(value >= 0))
      throw new BenchError(`--${name} must be a number`);
  }
  if (!Number.isInteger(settings.pdfRuns) || settings.pdfRuns < 1)
    throw new BenchError('--pdf-runs must be a whole number of at least 1');
  const logFile = (name) => join(logDir, `${name}.log`);
  const tempDir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
  cleanups.push(() => rmSync(tempDir, { recursive: true, force: true }));

  say('Starting a fresh embedded PostgreSQL ...');
  const pgStats = args['pg-stats'];
  const db = await startPostgres({
    dir: tempDir,
    port: await freePort(),
    logFile: logFile('postgres'),
    pgStats,
  });
  cleanups.push(() => db.stop());

  say(`Starting the API (log: ${relative(root, logFile('api'))}) ...`);
  const apiUrl = `http://127.0.0.1:${await freePort()}`;
  const api = startNode(
    'The API',
    [
      ...API_NODE_FLAGS,
      ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      apiMain,
    ],
    {
      cwd: root,
      logFile: logFile('api'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: new URL(apiUrl).port,
        DATABASE_URL: db.url,
        DATA_DIR: join(tempDir, 'data'),
        DEMO_SEED: 'false',
        JWT_SECRET,
        LOG_LEVEL: settings.logLevel,
        SMTP_URL: '',
        PUBLIC_URL: '',
      },
    },
  );
  cleanups.push(() => stopProcess(api));
  await waitUntilReady(api, `${apiUrl}/api/v1/health`);

  say('Seeding 200 initiatives, 4,000 memberships, 2,001 users ...');
  const seeded = await seed(db.url);
  say('Seeding the Phase-3 workload: 50 indicators, 33,000 measurements, 40 measures ...');
  seeded.phaseThree = await seedPhaseThree(db.url, seeded);
  if (pgStats) await diagnostics.enableStatementStats(db.url);

  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new BenchError(`Login answered ${login.status}: ${await login.text()}`);
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };

  const bareUrl = `http://127.0.0.1:${await freePort()}`;
  const bare = startNode('The bare Fastify server', [join(here, 'bare-server.mjs')], {
    cwd: root,
    logFile: logFile('bare'),
    env: {
      ...process.env,
      PORT: new URL(bareUrl).port,
      DATABASE_URL: db.url,
      BENCH_USER_ID: seeded.benchUserId,
    },
  });
  cleanups.push(() => stopProcess(bare));
  await waitUntilReady(bare, `${bareUrl}/health`);
  return { api, db, seeded, apiUrl, bareUrl, headers };
}

/** The API under load and the report's PDF; returns the checks. */
async function measureApi(cleanups, host) {
  const { api, db, seeded, apiUrl, bareUrl, headers } = await setUp(cleanups);
  const id = seeded.initiativeId;
  const targets = {
    get: { label: 'GET /api/v1/initiatives/:id', url: `${apiUrl}/api/v1/initiatives/${id}` },
    list: { label: 'GET /api/v1/initiatives', url: `${apiUrl}/api/v1/initiatives` },
    dashboard: {
      label: 'GET /api/v1/initiatives/:id/dashboard',
      url: `${apiUrl}/api/v1/initiatives/${id}/dashboard`,
    },
    bare: { label: 'bare Fastify, 1 query', url: `${bareUrl}/initiatives/${id}` },
  };
  for (const target of Object.values(targets)) target.headers = headers;

  const page = await checkEndpoint(targets.list);
  if (page.total !== 50 || page.items.length !== 20) {
    throw new BenchError(
      `The list should hold 20 of 50 items: ${JSON.stringify(page).slice(0, 200)}`,
    );
  }
  const dashboard = await checkEndpoint(targets.dashboard);
  const current = dashboard.indicators.filter((i) => i.latest !== null).length;
  if (current !== seeded.phaseThree.indicators || dashboard.overdueMilestones.length === 0) {
    throw new BenchError(
      `The dashboard should show ${seeded.phaseThree.indicators} indicators with values and ` +
        `overdue milestones: ${current} with values, ` +
        `${dashboard.overdueMilestones.length} overdue milestones.`,
    );
  }

  const attacked = {};
  const results = { attacked };
  const statements = {};
  for (const [key, target] of Object.entries(targets)) {
    say(`Measuring ${target.label} (${settings.warmup} s warm-up, ${settings.duration} s) ...`);
    const onMeasure = args['pg-stats'] ? () => diagnostics.resetStatementStats(db.url) : undefined;
    results[key] = await measure(target, { ...settings, onMeasure });
    if (args['pg-stats']) {
      statements[key] = await diagnostics.statementStats(db.url, results[key].requests);
    }
    // Right after the run without it, so that the two see the same machine.
    if (key === 'bare') continue;
    say(
      `Measuring ${target.label} again while an attacker sends wrong logins and registrations ...`,
    );
    attacked[key] = await compareUnderAttack(target, {
      connections: settings.connections,
      apiUrl,
      email: BENCH_EMAIL,
      cwd: root,
      logFile: join(logDir, 'attacker.log'),
    });
  }
  // Rendering PDFs takes memory of its own: the peak before them tells the two apart.
  results.peakRssBeforeReportBytes = peakRss(api.pid);
  say(`Generating the ${seeded.phaseThree.reportYear} report and timing its PDF ...`);
  const created = await createReport({
    apiUrl,
    initiativeId: id,
    headers,
    seeded: seeded.phaseThree,
  });
  results.reportPdf = await measurePdf({
    apiUrl,
    initiativeId: id,
    headers,
    report: created,
    runs: settings.pdfRuns,
    label: `PDF of the ${created.indicators}-indicator report`,
  });
  results.peakRssBytes = peakRss(api.pid);
  await stopProcess(api); // before the report, so that --cpu-prof has written its profile

  const checks = report.evaluate(results);
  const fastifyVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'fastify', 'package.json'), 'utf8'),
  ).version;
  say(`\n${report.resultsTable(results)}\n\n${report.checksTable(checks)}\n`);
  for (const [key, text] of Object.entries(statements)) say(`${targets[key].label}\n${text}\n`);
  if (args['cpu-prof']) {
    const profile = diagnostics.newestProfile(profileDir);
    say(
      `CPU profile of the API: ${relative(root, profile)}\n${diagnostics.summariseProfile(profile)}\n`,
    );
  }
  if (!args['no-write'] && !diagnosticRun) {
    const section = report.resultsSection({ results, checks, settings, host, fastifyVersion });
    report.writeBenchmarksFile(join(root, 'BENCHMARKS.md'), section);
    say('Results written to BENCHMARKS.md.');
  }
  return checks;
}

/** The login page and the dashboard in headless Chromium; returns the checks. */
async function measureWeb(cleanups, host) {
  const runs = Number(args['web-runs']);
  if (!Number.isInteger(runs) || runs < 1)
    throw new BenchError('--web-runs must be a whole number of at least 1');
  const logFile = join(logDir, 'api-web.log');
  const results = await measureWebLoad({ apiMain, root, logFile, runs, cleanups, say });
  const checks = webReport.evaluateWebLoad(results);
  say(`\n${webReport.webLoadTable(results)}\n\n${report.checksTable(checks)}\n`);
  if (!args['no-write'] && !diagnosticRun) {
    const section = webReport.webLoadSection({ results, checks, host, runs });
    report.writeBenchmarksFile(join(root, 'BENCHMARKS.md'), section, webReport.WEB_MARKERS);
    say('Web load results written to BENCHMARKS.md.');
  }
  return checks;
}

async function run(cleanups) {
  const host = report.machine();
  if (!existsSync(apiMain)) throw new BenchError(`${apiMain} is missing: run npx nx build api.`);
  mkdirSync(logDir, { recursive: true });
  const checks = args['web-only'] ? [] : await measureApi(cleanups, host);
  // Once the API's processes have stopped, so that the two never share the machine.
  await cleanUp(cleanups);
  checks.push(...(await measureWeb(cleanups, host)));
  const missed = checks.filter((check) => !check.pass).length;
  if (missed > 0) say(`${missed} of ${checks.length} targets missed.`);
  return missed === 0 ? 0 : 1;
}

/** Stops what was started, last first; a failing step does not keep the others from running. */
async function cleanUp(cleanups) {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    await Promise.resolve()
      .then(step)
      .catch((error) => say(`Clean-up step failed: ${error.message}`));
  }
}

async function main() {
  const cleanups = [];
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void cleanUp(cleanups).finally(() => process.exit(130)));
  }
  let code = 1;
  try {
    code = await run(cleanups);
  } catch (error) {
    process.stderr.write(
      `\nBENCH FAILED: ${error instanceof BenchError ? error.message : error.stack}\n`,
    );
  } finally {
    await cleanUp(cleanups);
  }
  process.exit(code);
}

await main();
