import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the reads on every dashboard: an indicator's latest approved value of a cell (the
 * total has cell_key ''), and the newest entries and reviews for the activity feed.
 */
export class AddMeasurementReadIndexes1795219204200 implements MigrationInterface {
  name = 'AddMeasurementReadIndexes1795219204200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX measurements_approved_cell_period_idx ON measurements (indicator_id, cell_key, period_end DESC)
        WHERE status = 'approved'`,
    );
    await queryRunner.query(
      `CREATE INDEX measurements_entered_at_idx ON measurements (entered_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX measurements_reviewed_at_idx ON measurements (reviewed_at) WHERE reviewed_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_events_created_at_idx ON artifact_events (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX artifact_events_created_at_idx`);
    await queryRunner.query(`DROP INDEX measurements_reviewed_at_idx`);
    await queryRunner.query(`DROP INDEX measurements_entered_at_idx`);
    await queryRunner.query(`DROP INDEX measurements_approved_cell_period_idx`);
  }
}
