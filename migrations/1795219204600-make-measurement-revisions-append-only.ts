import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of a measurement is append-only, enforced by a trigger like the artifacts' audit
 * trail: nothing is overwritten or removed without a trace, whatever the application does.
 */
export class MakeMeasurementRevisionsAppendOnly1795219204600 implements MigrationInterface {
  name = 'MakeMeasurementRevisionsAppendOnly1795219204600';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Updates are refused, except the one a foreign key makes when a user account is deleted
    // (the name stays in changed_by_name); deleting rows is refused unless the measurement
    // (its indicator, its initiative) goes with them.
    await queryRunner.query(`
      CREATE FUNCTION measurement_revisions_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.changed_by IS NULL AND OLD.changed_by IS NOT NULL
           AND (to_jsonb(NEW) - 'changed_by') = (to_jsonb(OLD) - 'changed_by') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE'
           AND NOT EXISTS (SELECT 1 FROM measurements WHERE id = OLD.measurement_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the history of a measurement is append-only' USING ERRCODE = 'check_violation';
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE TRIGGER measurement_revisions_append_only
        BEFORE UPDATE OR DELETE ON measurement_revisions
        FOR EACH ROW EXECUTE FUNCTION measurement_revisions_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER measurement_revisions_append_only ON measurement_revisions`,
    );
    await queryRunner.query(`DROP FUNCTION measurement_revisions_append_only()`);
  }
}
