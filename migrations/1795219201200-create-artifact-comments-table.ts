import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArtifactCommentsTable1795219201200 implements MigrationInterface {
  name = 'CreateArtifactCommentsTable1795219201200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE artifact_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        section_key text NOT NULL,
        body text NOT NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX artifact_comments_version_id_created_at_idx ON artifact_comments (version_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_comments_author_id_idx ON artifact_comments (author_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_comments_resolved_by_idx ON artifact_comments (resolved_by)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE artifact_comments`);
  }
}
