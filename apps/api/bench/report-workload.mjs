// The 50-indicator report: generated once through the API (timed, for information), then its PDF
// fetched one request at a time and timed from request to last byte. A PDF is rendered on demand
// for one reader at a time, so what counts is how long that reader waits, not throughput.
import { performance } from 'node:perf_hooks';
import { BenchError } from './processes.mjs';

const median = (sorted) =>
  sorted.length % 2 === 1
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/**
 * Fails unless the report really holds the seeded indicators, each with every month of the year
 * and its latest cells: a bench that renders an empty report measures nothing.
 */
function checkContent(content, expected) {
  const indicators = new Map(
    content.goals.flatMap((goal) => goal.indicators.map((i) => [i.indicatorId, i])),
  );
  const thin = [...indicators.values()].filter(
    (i) => i.values.length !== 12 || i.cells.length !== expected.cells,
  );
  if (indicators.size !== expected.indicators || thin.length > 0) {
    throw new BenchError(
      `The report should hold ${expected.indicators} indicators with 12 monthly values and ` +
        `${expected.cells} cells each; it holds ${indicators.size}, ${thin.length} of them ` +
        `with fewer (e.g. ${JSON.stringify(thin[0] ?? {}).slice(0, 200)}).`,
    );
  }
  return indicators.size;
}

/** POST …/reports for the seeded year as the bench user; answers 201 with version 1. */
export async function createReport({ apiUrl, initiativeId, headers, seeded }) {
  const started = performance.now();
  const response = await fetch(`${apiUrl}/api/v1/initiatives/${initiativeId}/reports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ periodType: 'year', periodStart: seeded.reportDate }),
  });
  const body = await response.text();
  const generationMs = performance.now() - started;
  if (response.status !== 201) {
    throw new BenchError(`POST …/reports answered ${response.status}: ${body.slice(0, 300)}`);
  }
  const version = JSON.parse(body);
  const indicators = checkContent(version.content, seeded);
  return { artifactId: version.artifactId, number: version.number, generationMs, indicators };
}

async function fetchPdf(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  const type = response.headers.get('content-type') ?? '';
  if (
    response.status !== 200 ||
    !type.startsWith('application/pdf') ||
    bytes.subarray(0, 5).toString('latin1') !== '%PDF-'
  ) {
    throw new BenchError(
      `GET …/pdf answered ${response.status} (${type}): ${bytes.subarray(0, 200).toString()}`,
    );
  }
  return { ms, bytes: bytes.length };
}

/** One warm-up request (thrown away), then `runs` requests one after the other. */
export async function measurePdf({ apiUrl, initiativeId, headers, report, runs, label }) {
  const url =
    `${apiUrl}/api/v1/initiatives/${initiativeId}/artifacts/${report.artifactId}` +
    `/versions/${report.number}/pdf`;
  await fetchPdf(url, headers);
  const times = [];
  let bytes = 0;
  for (let n = 0; n < runs; n++) {
    const run = await fetchPdf(url, headers);
    times.push(run.ms);
    bytes = run.bytes;
  }
  times.sort((a, b) => a - b);
  return {
    label,
    indicators: report.indicators,
    generationMs: report.generationMs,
    runs,
    medianMs: median(times),
    maxMs: times.at(-1),
    bytes,
  };
}
