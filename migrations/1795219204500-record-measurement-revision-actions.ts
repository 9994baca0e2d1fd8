import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each earlier state of a measurement names the change that ended it: a correction, coordination
 * returning the value, or approving it. Without it a coordination correction that keeps the
 * value reads the same as an approval.
 */
export class RecordMeasurementRevisionActions1795219204500 implements MigrationInterface {
  name = 'RecordMeasurementRevisionActions1795219204500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE measurement_revisions ADD COLUMN action text NOT NULL DEFAULT 'corrected'
        CONSTRAINT measurement_revisions_action_check
          CHECK (action IN ('corrected', 'returned', 'approved'))`);
    await queryRunner.query(`
      ALTER TABLE measurement_revisions ADD CONSTRAINT measurement_revisions_status_check
        CHECK (status IN ('submitted', 'approved', 'returned'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE measurement_revisions DROP CONSTRAINT measurement_revisions_status_check`,
    );
    await queryRunner.query(`ALTER TABLE measurement_revisions DROP COLUMN action`);
  }
}
