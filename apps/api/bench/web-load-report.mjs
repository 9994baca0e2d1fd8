// The web load's results: a table, pass/fail against the targets, and its own section of
// BENCHMARKS.md (between its own markers, so that `--web-only` leaves the API's results alone).
import { markdownTable } from './report.mjs';

/** Compressed JavaScript a first visit may transfer, in kB (1,000 bytes). */
export const WEB_TARGETS = { login: 250, dashboard: 400 };

export const WEB_MARKERS = {
  start: '<!-- bench:web-load:start -->',
  end: '<!-- bench:web-load:end -->',
};

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const kb = (bytes) => `${(bytes / 1000).toLocaleString('en-US', ONE_DECIMAL)} kB`;
const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;

export function evaluateWebLoad(results) {
  return Object.entries(WEB_TARGETS).map(([key, maxKb]) => ({
    check: `${results[key].label}: compressed JavaScript`,
    measured: kb(results[key].jsBytes),
    target: `<= ${maxKb} kB`,
    pass: results[key].jsBytes <= maxKb * 1000,
  }));
}

export function webLoadTable(results) {
  return markdownTable(
    [
      'Page',
      'scripts',
      'JavaScript transferred',
      'uncompressed',
      'usable after (median)',
      'slowest',
    ],
    Object.keys(WEB_TARGETS).map((key) => {
      const page = results[key];
      return [
        page.label,
        page.scripts,
        kb(page.jsBytes),
        kb(page.jsDecodedBytes),
        ms(page.usableMs),
        ms(page.usableMaxMs),
      ];
    }),
  );
}

export function webLoadSection({ results, checks, host, runs }) {
  const failed = checks.filter((c) => !c.pass).length;
  return [
    WEB_MARKERS.start,
    '## Results: the web app in the browser',
    '',
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Machine: ${host.cpu}, ${host.cores} cores; Node.js ${host.node}; load average before the ` +
      `run (1/5/15 min): ${host.load}`,
    `- Verdict: ${failed === 0 ? 'all targets met' : `${failed} of ${checks.length} targets missed`}`,
    '',
    webLoadTable(results),
    '',
    markdownTable(
      ['Target', 'Measured', 'Goal', 'Result'],
      checks.map((c) => [c.check, c.measured, c.target, c.pass ? 'pass' : 'FAIL']),
    ),
    '',
    'Run only this part with `node apps/api/bench/run-bench.mjs --web-only` (after',
    '`npx nx run-many -t build -p api web`). Headless Chromium, a new browser context (empty',
    `cache) for each of ${runs} loads per page; the API serves the built web app with the demo`,
    'initiative. "JavaScript transferred" is the sum of the script responses’ encoded bodies, as',
    'they came over the wire (brotli), "uncompressed" their decoded size; "usable" is the time',
    'from navigation start until the login button, or the dashboard’s indicator summary, is visible.',
    WEB_MARKERS.end,
  ].join('\n');
}
