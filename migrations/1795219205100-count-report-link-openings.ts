import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often a public report link was opened (page or PDF) and when last: coordination sees
 * whether a link is in use before it decides to revoke it. A counter, not a log of visits: no
 * address or time of a single visitor is kept.
 */
export class CountReportLinkOpenings1795219205100 implements MigrationInterface {
  name = 'CountReportLinkOpenings1795219205100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report_public_links
        ADD COLUMN opened_count integer NOT NULL DEFAULT 0,
        ADD COLUMN last_opened_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report_public_links DROP COLUMN last_opened_at, DROP COLUMN opened_count`);
  }
}
