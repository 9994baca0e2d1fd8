import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of each artifact: append-only, enforced by a trigger. */
export class CreateArtifactEventsTable1795219201300 implements MigrationInterface {
  name = 'CreateArtifactEventsTable1795219201300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE artifact_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        artifact_id uuid NOT NULL REFERENCES artifacts (id) ON DELETE CASCADE,
        version_number integer,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_name text,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        content_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX artifact_events_artifact_id_id_idx ON artifact_events (artifact_id, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_events_actor_user_id_idx ON artifact_events (actor_user_id)`,
    );
    // Updates are refused, except the one a foreign key makes when a user account is deleted
    // (the name stays in actor_name); deleting rows is refused unless the artifact goes with them.
    await queryRunner.query(`
      CREATE FUNCTION artifact_events_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.actor_user_id IS NULL AND OLD.actor_user_id IS NOT NULL
           AND (to_jsonb(NEW) - 'actor_user_id') = (to_jsonb(OLD) - 'actor_user_id') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM artifacts WHERE id = OLD.artifact_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'check_violation';
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER artifact_events_append_only BEFORE UPDATE OR DELETE ON artifact_events
        FOR EACH ROW EXECUTE FUNCTION artifact_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE artifact_events`);
    await queryRunner.query(`DROP FUNCTION artifact_events_append_only()`);
  }
}
