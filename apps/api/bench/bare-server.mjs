// The machine's limit for comparison: the API's Fastify version with one route doing one query
// comparable to GET /api/v1/initiatives/:id (the initiative joined with the caller's
// membership), through a pg.Pool of the API's size, as a prepared statement like the API's hot
// reads. No Nest, no auth, no validation, no logging.
import Fastify from 'fastify';
import pg from 'pg';

const { PORT, DATABASE_URL, BENCH_USER_ID } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });

const SELECT_INITIATIVE = `
  SELECT i.id, i.name, i.description, i.target_groups, i.custom_target_groups, i.municipality,
         i.districts, i.owner, i.phase, i.version, i.created_at, i.updated_at, m.role
    FROM initiatives i
    JOIN memberships m ON m.initiative_id = i.id AND m.user_id = $2
   WHERE i.id = $1`;

const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.get('/initiatives/:id', async (request, reply) => {
  const { rows } = await pool.query({
    name: 'select-initiative',
    text: SELECT_INITIATIVE,
    values: [request.params.id, BENCH_USER_ID],
  });
  const row = rows[0];
  if (!row) return reply.status(404).send({ status: 404, title: 'Not Found' });
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    targetGroups: row.target_groups,
    customTargetGroups: row.custom_target_groups,
    region: { municipality: row.municipality, districts: row.districts },
    owner: row.owner,
    phase: row.phase,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    myRole: row.role,
  };
});

const shutdown = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

await app.listen({ port: Number(PORT), host: '127.0.0.1' });
