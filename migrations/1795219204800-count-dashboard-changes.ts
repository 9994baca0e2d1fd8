import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How each table that the dashboard reads finds the initiative of a changed row. */
const SOURCES: { table: string; initiatives: string }[] = [
  { table: 'initiatives', initiatives: 'SELECT id FROM changed' },
  { table: 'steps', initiatives: 'SELECT initiative_id FROM changed' },
  { table: 'measures', initiatives: 'SELECT initiative_id FROM changed' },
  { table: 'indicators', initiatives: 'SELECT initiative_id FROM changed' },
  { table: 'phase_transitions', initiatives: 'SELECT initiative_id FROM changed' },
  { table: 'artifacts', initiatives: 'SELECT initiative_id FROM changed' },
  {
    table: 'measure_milestones',
    initiatives: 'SELECT m.initiative_id FROM changed JOIN measures m ON m.id = changed.measure_id',
  },
  {
    table: 'indicator_targets',
    initiatives:
      'SELECT i.initiative_id FROM changed JOIN indicators i ON i.id = changed.indicator_id',
  },
  {
    table: 'measurements',
    initiatives:
      'SELECT i.initiative_id FROM changed JOIN indicators i ON i.id = changed.indicator_id',
  },
  {
    table: 'artifact_events',
    initiatives:
      'SELECT a.initiative_id FROM changed JOIN artifacts a ON a.id = changed.artifact_id',
  },
];

const EVENTS = [
  { event: 'INSERT', transition: 'NEW' },
  { event: 'UPDATE', transition: 'NEW' },
  { event: 'DELETE', transition: 'OLD' },
] as const;

/**
 * A counter per initiative that moves whenever anything its dashboard shows changes, kept by
 * statement-level triggers (one update per statement, also for an import of thousands of
 * values). An API instance may keep a computed dashboard while the counter stands still, and
 * every instance sees a change at once, because the counter lives in the database.
 */
export class CountDashboardChanges1795219204800 implements MigrationInterface {
  name = 'CountDashboardChanges1795219204800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dashboard_versions (
        initiative_id uuid PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(
      'INSERT INTO dashboard_versions (initiative_id) SELECT id FROM initiatives',
    );
    await queryRunner.query(`
      CREATE FUNCTION start_dashboard_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_versions (initiative_id) SELECT id FROM changed;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER initiatives_start_dashboard_version AFTER INSERT ON initiatives
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
        EXECUTE FUNCTION start_dashboard_version()`);
    for (const { table, initiatives } of SOURCES) {
      await queryRunner.query(`
        CREATE FUNCTION note_dashboard_change_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE dashboard_versions SET version = version + 1
           WHERE initiative_id IN (${initiatives});
          RETURN NULL;
        END $$`);
      for (const { event, transition } of EVENTS) {
        // A new initiative starts its counter above; its insert is no change to count.
        if (table === 'initiatives' && event !== 'UPDATE') continue;
        await queryRunner.query(`
          CREATE TRIGGER ${table}_note_dashboard_${event.toLowerCase()} AFTER ${event} ON ${table}
            REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT
            EXECUTE FUNCTION note_dashboard_change_${table}()`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...SOURCES].reverse()) {
      for (const { event } of EVENTS) {
        await queryRunner.query(
          `DROP TRIGGER IF EXISTS ${table}_note_dashboard_${event.toLowerCase()} ON ${table}`,
        );
      }
      await queryRunner.query(`DROP FUNCTION note_dashboard_change_${table}()`);
    }
    await queryRunner.query('DROP TRIGGER initiatives_start_dashboard_version ON initiatives');
    await queryRunner.query('DROP FUNCTION start_dashboard_version()');
    await queryRunner.query('DROP TABLE dashboard_versions');
  }
}
