import type { EntityManager } from 'typeorm';
import { calendarDateIn } from '../../modules/indicators/collection-period';
import { MeasurementRevisionEntity } from '../../modules/measurements/entities/measurement-revision.entity';
import { MeasurementEntity } from '../../modules/measurements/entities/measurement.entity';
import { DEMO_EMAIL_DOMAIN } from './demo-data';
import { DEMO_DIMENSIONS, DEMO_INDICATORS } from './demo-indicators';
import { approvedRow, need, type Refs, type SeedRow } from './demo-measurement-rows';
import { Stories } from './demo-measurement-stories';
import { DEMO_SERIES, demoValues } from './demo-measurements';
import {
  DIMENSION_IDS_BY_NAME,
  DIMENSION_VALUE_IDS_BY_NAME,
  INDICATOR_IDS_BY_NAME,
  INSERT_DATED_COMMENTS,
  USER_IDS_BY_LOGIN,
} from './demo-seed.queries';

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
    indicators: await pairs(INDICATOR_IDS_BY_NAME),
    dimensions: await pairs(DIMENSION_IDS_BY_NAME),
    values: await pairs(DIMENSION_VALUE_IDS_BY_NAME),
    users: new Map(
      (
        (await manager.query(USER_IDS_BY_LOGIN, [initiativeId, `%@${DEMO_EMAIL_DOMAIN}`])) as {
          key: string;
          id: string;
        }[]
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
    await manager.query(INSERT_DATED_COMMENTS, [
      comments.map((c) => c.id),
      comments.map((c) => c.author),
      comments.map((c) => c.body),
      comments.map((c) => c.at.toISOString()),
    ]);
  }
}
