// The attacker of the bench's attacked runs, in its own process so that its HTTP client does not
// share an event loop with the load generator: one client sending wrong logins for the bench
// account and registrations of new accounts, each loop one request after the other as fast as
// the API answers. Bounded by --duration (seconds); prints its counts as one JSON line on exit.
//
// Usage: node attacker.mjs --url http://127.0.0.1:PORT --email bench@… --duration 12
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    email: { type: 'string' },
    duration: { type: 'string', default: '10' },
  },
});
const deadline = Date.now() + Number(args.duration) * 1000;
const statuses = {};
let errors = 0;

async function post(path, body) {
  try {
    const response = await fetch(`${args.url}/api/v1/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  } catch {
    errors += 1;
  }
}

async function loop(next) {
  while (Date.now() < deadline) await post(...next());
}

const stop = new Promise((resolve) => process.once('SIGTERM', resolve));
await Promise.race([
  Promise.all([
    loop(() => [
      'login',
      { email: args.email, password: `wrong-${randomBytes(6).toString('hex')}` },
    ]),
    loop(() => {
      const name = randomBytes(6).toString('hex');
      return [
        'register',
        { email: `attacker-${name}@example.org`, password: `Kx9!${name}`, displayName: name },
      ];
    }),
  ]),
  stop,
]);
process.stdout.write(`${JSON.stringify({ statuses, errors })}\n`);
process.exit(0);
