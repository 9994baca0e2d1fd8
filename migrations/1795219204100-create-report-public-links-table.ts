import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Public links to published reports: only the SHA-256 of the token is stored. */
export class CreateReportPublicLinksTable1795219204100 implements MigrationInterface {
  name = 'CreateReportPublicLinksTable1795219204100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_public_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX report_public_links_token_hash_key ON report_public_links (token_hash)`,
    );
    // At most one live link per report version.
    await queryRunner.query(
      `CREATE UNIQUE INDEX report_public_links_one_live_key ON report_public_links (version_id) WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX report_public_links_created_by_idx ON report_public_links (created_by)`,
    );
    await queryRunner.query(
      `CREATE INDEX report_public_links_revoked_by_idx ON report_public_links (revoked_by)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_public_links`);
  }
}
