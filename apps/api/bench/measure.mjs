// Load generation with autocannon. Any error, timeout or non-2xx answer fails the bench: a run
// that measured fast 401s or 404s is worthless (autocannon only records latencies of 2xx).
import autocannon from 'autocannon';
import { BenchError } from './processes.mjs';

/** One request first, so that a wrong token or id fails with the API's own answer. */
export async function checkEndpoint(target) {
  const response = await fetch(target.url, { headers: target.headers });
  const body = await response.text();
  if (response.status !== 200) {
    throw new BenchError(`${target.label} answered ${response.status}: ${body.slice(0, 300)}`);
  }
  return JSON.parse(body);
}

async function run(target, { duration, connections }) {
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    method: 'GET',
    duration,
    connections,
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) {
    throw new BenchError(
      `${target.label}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ` +
        `${result.timeouts} timeouts out of ${result.requests.total} requests ` +
        `(status classes: 4xx ${result['4xx']}, 5xx ${result['5xx']}). The run is invalid.`,
    );
  }
  return {
    label: target.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures,
  };
}

/** A short warm-up (JIT, pool connections, PostgreSQL caches), then the measured run. */
export async function measure(target, { warmup, duration, connections, onMeasure }) {
  await checkEndpoint(target);
  if (warmup > 0) await run(target, { duration: warmup, connections });
  await onMeasure?.();
  return run(target, { duration, connections });
}
