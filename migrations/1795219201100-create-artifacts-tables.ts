import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tracked artifacts (agreement, action plan, impact reports) and their numbered versions. A
 * submitted version is frozen: a trigger refuses any change to its content or hash, whatever
 * the application does. Existing initiatives get their agreement artifact.
 */
export class CreateArtifactsTables1795219201100 implements MigrationInterface {
  name = 'CreateArtifactsTables1795219201100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE artifacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT artifacts_kind_check CHECK (kind IN ('agreement', 'action_plan', 'impact_report'))
      )`);
    await queryRunner.query(
      `CREATE INDEX artifacts_initiative_id_kind_idx ON artifacts (initiative_id, kind)`,
    );
    // One agreement and one action plan per initiative; impact reports are many.
    await queryRunner.query(
      `CREATE UNIQUE INDEX artifacts_initiative_id_single_kind_key ON artifacts (initiative_id, kind)
        WHERE kind IN ('agreement', 'action_plan')`,
    );
    await queryRunner.query(`
      CREATE TABLE artifact_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        artifact_id uuid NOT NULL REFERENCES artifacts (id) ON DELETE CASCADE,
        number integer NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        content jsonb NOT NULL,
        content_hash text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_at timestamptz,
        CONSTRAINT artifact_versions_status_check CHECK (status IN ('draft', 'signing', 'in_force',
          'declined', 'submitted', 'approved', 'rejected', 'in_review', 'published', 'superseded')),
        CONSTRAINT artifact_versions_hash_when_frozen_check
          CHECK ((status = 'draft') = (content_hash IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX artifact_versions_artifact_id_number_key ON artifact_versions (artifact_id, number)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX artifact_versions_content_hash_key ON artifact_versions (content_hash)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_versions_created_by_idx ON artifact_versions (created_by)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_versions_submitted_by_idx ON artifact_versions (submitted_by)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION artifact_versions_keep_frozen() RETURNS trigger AS $$
      BEGIN
        IF OLD.content_hash IS NOT NULL AND (NEW.content IS DISTINCT FROM OLD.content
            OR NEW.content_hash IS DISTINCT FROM OLD.content_hash) THEN
          RAISE EXCEPTION 'artifact version % is frozen', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER artifact_versions_keep_frozen BEFORE UPDATE ON artifact_versions
        FOR EACH ROW EXECUTE FUNCTION artifact_versions_keep_frozen()`);
    await queryRunner.query(`
      INSERT INTO artifacts (initiative_id, kind, title)
      SELECT id, 'agreement', 'Kooperationsvereinbarung' FROM initiatives`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE artifact_versions`);
    await queryRunner.query(`DROP FUNCTION artifact_versions_keep_frozen()`);
    await queryRunner.query(`DROP TABLE artifacts`);
  }
}
