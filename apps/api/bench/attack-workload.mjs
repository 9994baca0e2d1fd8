// The attacked runs: an endpoint measured while attacker.mjs, in its own process, sends wrong
// logins and registrations as fast as the API answers them, next to runs without it. Throttling
// and hashing off the event loop must keep the members' latency close to the runs without the
// attacker. This machine's speed drifts by tens of percent within a minute, so the two kinds of
// run alternate, several short ones each, and their medians are compared.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';
import { BenchError, startNode } from './processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** How much slower the members' p99 may get while the attacker runs (1.25: at most 25 %). */
export const MAX_ATTACKED_P99_RATIO = 1.25;
/** Pairs of runs (without, with the attacker) per endpoint, and the seconds of each run. */
export const ATTACK_ROUNDS = 5;
const ATTACK_RUN_SECONDS = 5;
/**
 * The attacker starts this long before each attacked run, as the load does with its warm-up: the
 * run measures a sustained attack, after the API has learnt its blocks (the first requests of a
 * blocked address still go to PostgreSQL; later ones are answered as they arrive).
 */
const ATTACKER_LEAD_SECONDS = 5;

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One measured run with the attacker going for all of it; its counts come from its log. */
async function runUnderAttack(target, settings, { apiUrl, email, cwd, logFile }) {
  const attacker = startNode(
    'The attacker',
    [
      join(here, 'attacker.mjs'),
      `--url=${apiUrl}`,
      `--email=${email}`,
      `--duration=${ATTACKER_LEAD_SECONDS + settings.duration + 3}`,
    ],
    { cwd, env: process.env, logFile },
  );
  let result;
  try {
    await sleep(ATTACKER_LEAD_SECONDS * 1000);
    result = await measure(target, settings);
  } finally {
    attacker.child.kill('SIGTERM');
    await attacker.exited;
  }
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  const attack = JSON.parse(lines.at(-1) ?? '{}');
  if (!attack.statuses) throw new BenchError(`The attacker reported nothing: ${lines.join('\n')}`);
  return { ...result, attack };
}

/**
 * `target` in ATTACK_ROUNDS alternating pairs of short runs, without and with the attacker: the
 * median p99 of each kind, the median requests/s under attack, and everything the attacker got.
 */
export async function compareUnderAttack(target, options) {
  const settings = { warmup: 0, duration: ATTACK_RUN_SECONDS, connections: options.connections };
  const without = [];
  const under = [];
  // Which run of a pair goes first alternates, so that a machine slowing down or speeding up
  // over the minute weighs on both kinds alike.
  for (let round = 0; round < ATTACK_ROUNDS; round++) {
    const measureWithout = async () => without.push(await measure(target, settings));
    const measureUnder = async () => under.push(await runUnderAttack(target, settings, options));
    for (const step of round % 2 === 0
      ? [measureWithout, measureUnder]
      : [measureUnder, measureWithout])
      await step();
  }
  const statuses = {};
  for (const run of under) {
    for (const [status, n] of Object.entries(run.attack.statuses))
      statuses[status] = (statuses[status] ?? 0) + n;
  }
  return {
    label: target.label,
    p99Without: median(without.map((run) => run.p99)),
    p99: median(under.map((run) => run.p99)),
    requestsPerSecond: median(under.map((run) => run.requestsPerSecond)),
    attack: { statuses, errors: under.reduce((sum, run) => sum + run.attack.errors, 0) },
  };
}
