import type { EntityManager } from 'typeorm';
import { calendarDateIn } from '../indicators/collection-period';
import { MeasurementRevisionEntity } from '../measurements/entities/measurement-revision.entity';
import { MeasurementEntity } from '../measurements/entities/measurement.entity';
import { DEMO_EMAIL_DOMAIN } from './demo-data';
import { DEMO_DIMENSIONS, DEMO_INDICATORS } from './demo-indicators';
import { approvedRow, need, type Refs, type SeedRow } from './demo-measurement-rows';
import { Stories } from './demo-measurement-stories';
import { DEMO_SERIES, demoValues } from './demo-measurements';

/**
 * The demo initiative's measured values, inside the seed's transaction: approved values from each
 * indicator's baseline until now (totals and cells with case numbers, some below five), values a
 * steward submitted that wait for review, one returned with a comment, corrections with their
 * history, and members' comments on a few values. A handful of multi-row inserts.
 */
export async function seedPhaseThree(
  manager: EntityManager,
  initiativeId: string,
  now = new Date(),
): Promise<void> {
  const refs = await lookUp(manager, initiativeId, now);
  const today = calendarDateIn('Europe/Berlin', now);
  const rows = DEMO_SERIES.flatMap((series) => {
    const indicator = DEMO_INDICATORS.find((i) => i.name === series.indicator);
    if (!indicator) throw new Error(`The demo seed has no indicator "${series.indicator}"`);
    return demoValues(indicator, series, DEMO_DIMENSIONS, today).map((value) =>
      approvedRow(refs, series.indicator, series.enteredBy, value, series.sourceNote),
    );
  });
  const stories = new Stories(rows, refs);
  stories.awaitingReview();
  stories.returned();
  stories.corrected();
  stories.commented();
  await insert(manager, refs, stories.rows);
}

async function lookUp(manager: EntityManager, initiativeId: string, now: Date): Promise<Refs> {
  const pairs = async (sql: string) =>
    new Map(
      ((await manager.query(sql, [initiativeId])) as { key: string; id: string }[]).map((r) => [
        r.key,
        r.id,
      ]),
    );
  return {
    now,
    indicators: await pairs('SELECT name AS key, id FROM indicators WHERE initiative_id = $1'),
    dimensions: await pairs('SELECT name AS key, id FROM dimensions WHERE initiative_id = $1'),
    values: await pairs(
      `SELECT d.name || '|' || v.value AS key, v.id FROM dimension_values v
         JOIN dimensions d ON d.id = v.dimension_id WHERE d.initiative_id = $1`,
    ),
    users: new Map(
      (
        (await manager.query(
          `SELECT split_part(u.email, '@', 1) AS key, u.id FROM memberships m
             JOIN users u ON u.id = m.user_id WHERE m.initiative_id = $1 AND u.email LIKE $2`,
          [initiativeId, `%@${DEMO_EMAIL_DOMAIN}`],
        )) as { key: string; id: string }[]
      ).map((r) => [r.key, r.id]),
    ),
  };
}

/** Values, then their history and comments: three multi-row inserts. */
async function insert(manager: EntityManager, refs: Refs, rows: SeedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { identifiers } = await manager.insert(
    MeasurementEntity,
    rows.map((row) => row.measurement),
  );
  const ids = identifiers.map((identifier) => identifier['id'] as string);
  const revisions = rows.flatMap((row, index) =>
    row.history.map(({ changedByLogin, ...rest }) => ({
      ...rest,
      measurementId: ids[index] as string,
      changedBy: need(refs.users, changedByLogin, 'member'),
    })),
  );
  if (revisions.length > 0) await manager.insert(MeasurementRevisionEntity, revisions);
  const comments = rows.flatMap((row, index) =>
    row.comments.map((c) => ({
      id: ids[index],
      author: need(refs.users, c.login, 'member'),
      ...c,
    })),
  );
  if (comments.length > 0) {
    await manager.query(
      `INSERT INTO measurement_comments (measurement_id, author_id, body, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
      [
        comments.map((c) => c.id),
        comments.map((c) => c.author),
        comments.map((c) => c.body),
        comments.map((c) => c.at.toISOString()),
      ],
    );
  }
}
