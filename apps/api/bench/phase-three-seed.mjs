// The Phase-3 workload of the bench, written into the bench user's initiative (where it is
// coordination, so it sees every indicator): 5 goals, 50 monthly indicators split by Stadtteil ×
// Altersgruppe (10 cells), 60 months of approved values (a total and 10 cells per month:
// 50 × 60 × 11 = 33,000 measurements) and 40 measures with 160 milestones. What the rows hold is
// in phase-three-data.mjs; this module only writes them, straight into the tables the migrations
// create, in one transaction.
import pg from 'pg';
import { BenchError } from './processes.mjs';
import * as data from './phase-three-data.mjs';

const columns = (rows, ...pick) => pick.map((f) => rows.map(f));

async function insertGoalsAndDimensions(client, initiativeId, dims) {
  // Goals hang off the shared goal; the bench's initiatives are seeded without one.
  await client.query(
    `INSERT INTO shared_goals (initiative_id, vision) VALUES ($1, $2)
     ON CONFLICT (initiative_id) DO NOTHING`,
    [initiativeId, 'Alle jungen Menschen in Leipzig finden ihren Weg in Ausbildung und Arbeit.'],
  );
  const { rows: goals } = await client.query(
    `INSERT INTO goals (initiative_id, title, description, position)
     SELECT $1, title, '', position FROM unnest($2::text[]) WITH ORDINALITY AS g(title, position)
     RETURNING id, position`,
    [initiativeId, data.GOALS],
  );
  await client.query(
    `INSERT INTO dimensions (id, initiative_id, name, position)
     SELECT id, $1, name, position FROM unnest($2::uuid[], $3::text[], $4::int[]) AS d(id, name, position)`,
    [
      initiativeId,
      ...columns(
        dims,
        (d) => d.id,
        (d) => d.name,
        (d) => d.position,
      ),
    ],
  );
  const values = dims.flatMap((d) => d.values.map((v) => ({ ...v, dimensionId: d.id })));
  await client.query(
    `INSERT INTO dimension_values (id, dimension_id, value, position)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[])`,
    columns(
      values,
      (v) => v.id,
      (v) => v.dimensionId,
      (v) => v.value,
      (v) => v.position,
    ),
  );
  return goals.sort((a, b) => a.position - b.position).map((g) => g.id);
}

async function insertIndicators(client, initiativeId, indicators, goalIds, dims) {
  await client.query(
    `INSERT INTO indicators (id, initiative_id, name, definition, unit, direction, category,
                             baseline_value, baseline_date, frequency, data_source, visibility)
     SELECT id, $1, name, definition, unit, direction, category, base, baseline_date, 'monthly',
            'Monatsstatistik der Träger', visibility
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::numeric[], $9::date[], $10::text[])
         AS i(id, name, definition, unit, direction, category, base, baseline_date, visibility)`,
    [
      initiativeId,
      ...columns(
        indicators,
        (i) => i.id,
        (i) => i.name,
        (i) => i.definition,
        (i) => i.unit,
        (i) => i.direction,
        (i) => i.category,
        (i) => i.base,
        (i) => i.baselineDate,
        (i) => i.visibility,
      ),
    ],
  );
  const links = indicators.flatMap((i) => i.goals.map((g) => [i.id, goalIds[g]]));
  await client.query(
    `INSERT INTO indicator_goals (indicator_id, goal_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    columns(
      links,
      (l) => l[0],
      (l) => l[1],
    ),
  );
  const targets = indicators.flatMap((i) => i.targets.map((t) => ({ ...t, indicatorId: i.id })));
  await client.query(
    `INSERT INTO indicator_targets (indicator_id, value, target_date)
     SELECT * FROM unnest($1::uuid[], $2::numeric[], $3::date[])`,
    columns(
      targets,
      (t) => t.indicatorId,
      (t) => t.value,
      (t) => t.date,
    ),
  );
  await client.query(
    `INSERT INTO indicator_dimensions (indicator_id, dimension_id)
     SELECT i, d FROM unnest($1::uuid[]) AS i CROSS JOIN unnest($2::uuid[]) AS d`,
    [indicators.map((i) => i.id), dims.map((d) => d.id)],
  );
}

/**
 * One row per indicator × month × cell, generated in PostgreSQL. A count's cells share its total
 * by their weights; a percentage is about the same in every cell. Each value was entered by a
 * working-group member a few days after its month and approved by coordination two days later.
 */
async function insertMeasurements(client, indicators, cells, when, { enteredBy, reviewedBy }) {
  const total = { key: '', valueIds: [], weight: 1 };
  const { rowCount } = await client.query(
    `WITH ind AS (
       SELECT * FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::boolean[])
         WITH ORDINALITY AS i(id, base, slope, percent, n)
     ), months AS (
       SELECT m::date AS period_start, (m + interval '1 month' - interval '1 day')::date AS period_end,
              to_char(m, 'YYYY-MM') AS period, n - 1 AS k
         FROM generate_series($5::date, $5::date + interval '${data.MONTHS - 1} months', interval '1 month')
           WITH ORDINALITY AS g(m, n)
     ), cells AS (
       SELECT * FROM unnest($6::text[], $7::text[], $8::numeric[]) AS c(key, value_ids, weight)
     )
     INSERT INTO measurements (indicator_id, period, period_start, period_end, cell_key,
                               cell_value_ids, value, cases, source_note, status, entered_by,
                               entered_at, reviewed_by, reviewed_at)
     SELECT ind.id, months.period, months.period_start, months.period_end, cells.key,
            cells.value_ids::uuid[],
            round(CASE WHEN ind.percent
                       THEN least(100, (ind.base + ind.slope * months.k) * (0.92 + random()::numeric * 0.16))
                       ELSE (ind.base + ind.slope * months.k) * cells.weight * (0.85 + random()::numeric * 0.3)
                  END, 1),
            (3 + floor(random() * 40))::int * CASE WHEN cells.key = '' THEN 10 ELSE 1 END,
            'Monatsstatistik', 'approved',
            ($9::uuid[])[1 + ind.n % cardinality($9::uuid[])],
            least(now() - interval '2 days', months.period_end + interval '4 days 9 hours'),
            $10::uuid,
            least(now() - interval '1 hour', months.period_end + interval '6 days 14 hours')
       FROM ind CROSS JOIN months CROSS JOIN cells`,
    [
      ...columns(
        indicators,
        (i) => i.id,
        (i) => i.base,
        (i) => i.slope,
        (i) => i.percent,
      ),
      when.firstMonth,
      ...columns(
        [total, ...cells],
        (c) => c.key,
        (c) => `{${c.valueIds.join(',')}}`,
        (c) => c.weight,
      ),
      enteredBy,
      reviewedBy,
    ],
  );
  return rowCount;
}

async function insertMeasures(client, initiativeId, measures, goalIds, indicators) {
  await client.query(
    `INSERT INTO measures (id, initiative_id, title, description, status, progress, start_date, end_date)
     SELECT id, $1, title, description, status, progress, start_date, end_date
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::date[], $8::date[])
         AS m(id, title, description, status, progress, start_date, end_date)`,
    [
      initiativeId,
      ...columns(
        measures,
        (m) => m.id,
        (m) => m.title,
        (m) => m.description,
        (m) => m.status,
        (m) => m.progress,
        (m) => m.startDate,
        (m) => m.endDate,
      ),
    ],
  );
  await client.query(
    `INSERT INTO measure_goals (measure_id, goal_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    columns(
      measures,
      (m) => m.id,
      (m) => goalIds[m.goal],
    ),
  );
  await client.query(
    `INSERT INTO measure_indicators (measure_id, indicator_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    columns(
      measures,
      (m) => m.id,
      (m) => indicators[m.indicator].id,
    ),
  );
  const milestones = measures.flatMap((m) =>
    m.milestones.map((ms, k) => ({ ...ms, measureId: m.id, position: k + 1 })),
  );
  await client.query(
    `INSERT INTO measure_milestones (measure_id, title, due_date, done, position)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::boolean[], $5::int[])`,
    columns(
      milestones,
      (ms) => ms.measureId,
      (ms) => ms.title,
      (ms) => ms.dueDate,
      (ms) => ms.done,
      (ms) => ms.position,
    ),
  );
  return milestones.length;
}

/**
 * Seeds the workload into `initiativeId` (the bench user must be its coordination) and moves the
 * initiative into its third phase. Returns what the bench checks the answers against.
 */
export async function seedPhaseThree(databaseUrl, { initiativeId, benchUserId }) {
  const when = data.calendar();
  const dims = data.dimensions();
  const cells = data.cells(dims);
  const indicators = data.indicators(when);
  const measures = data.measures(when);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: members } = await client.query(
      'SELECT user_id, role FROM memberships WHERE initiative_id = $1',
      [initiativeId],
    );
    const role = members.find((m) => m.user_id === benchUserId)?.role;
    if (role !== 'coordination') {
      throw new BenchError(`The bench user is ${role ?? 'no member'} of the Phase-3 initiative.`);
    }
    const enteredBy = members.filter((m) => m.role === 'working_group').map((m) => m.user_id);
    await client.query('BEGIN');
    await client.query(`UPDATE initiatives SET phase = 'umsetzung' WHERE id = $1`, [initiativeId]);
    const goalIds = await insertGoalsAndDimensions(client, initiativeId, dims);
    await insertIndicators(client, initiativeId, indicators, goalIds, dims);
    const measurements = await insertMeasurements(client, indicators, cells, when, {
      enteredBy,
      reviewedBy: benchUserId,
    });
    const milestones = await insertMeasures(client, initiativeId, measures, goalIds, indicators);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return {
      indicators: indicators.length,
      cells: cells.length,
      months: data.MONTHS,
      measurements,
      measures: measures.length,
      milestones,
      reportYear: when.reportYear,
      reportDate: when.reportDate,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
