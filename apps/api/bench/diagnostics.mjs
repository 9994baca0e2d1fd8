// Optional diagnostics for when a target is missed: SQL statements per request
// (pg_stat_statements, `--pg-stats`) and a CPU profile of the API summarised by package and
// function (`--cpu-prof`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const enableStatementStats = (url) =>
  withClient(url, (c) => c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));

export const resetStatementStats = (url) =>
  withClient(url, (c) => c.query('SELECT pg_stat_statements_reset()'));

/** Statements per request since the last reset, the most frequent first. */
export async function statementStats(url, requests) {
  const { rows } = await withClient(url, (c) =>
    c.query(
      `SELECT calls::int, mean_exec_time, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%'
        ORDER BY calls DESC LIMIT 8`,
    ),
  );
  const total = rows.reduce((sum, row) => sum + row.calls, 0);
  const lines = rows.map(
    (row) =>
      `    ${(row.calls / requests).toFixed(2).padStart(5)} x  ${row.mean_exec_time.toFixed(3)} ms  ` +
      row.query.replace(/\s+/g, ' ').slice(0, 110),
  );
  return `  ${(total / requests).toFixed(2)} statements per request (per request x mean time):\n${lines.join('\n')}`;
}

export function newestProfile(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  if (url.includes('dist/apps/api/main.js')) return 'API bundle (dist/apps/api/main.js)';
  if (url.startsWith('node:')) return 'node core';
  return url;
}

/** Self time per package and per function of a V8 .cpuprofile. */
export function summariseProfile(file, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const fn = `${functionName || '(anonymous)'}  ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `    ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return `  Self time by package:\n${list(byPackage)}\n  Self time by function:\n${list(byFunction)}`;
}
