import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coordination's review queue lists the values not yet approved across all indicators of an
 * initiative; they are few among many approved ones, so a partial index keeps the queue cheap.
 */
export class IndexMeasurementsAwaitingReview1795219204700 implements MigrationInterface {
  name = 'IndexMeasurementsAwaitingReview1795219204700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX measurements_awaiting_review_idx ON measurements (indicator_id, status)
        WHERE status <> 'approved'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX measurements_awaiting_review_idx`);
  }
}
