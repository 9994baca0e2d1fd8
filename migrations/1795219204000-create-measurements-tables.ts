import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Measured values per indicator, period and disaggregation cell, their review, every earlier
 * state (a correction never overwrites without a trace) and members' comments on a value.
 */
export class CreateMeasurementsTables1795219204000 implements MigrationInterface {
  name = 'CreateMeasurementsTables1795219204000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE initiatives ADD COLUMN suppression_threshold integer NOT NULL DEFAULT 5
        CONSTRAINT initiatives_suppression_threshold_check CHECK (suppression_threshold BETWEEN 1 AND 100)`);
    await queryRunner.query(`
      CREATE TABLE measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        period text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        cell_key text NOT NULL DEFAULT '',
        cell_value_ids uuid[] NOT NULL DEFAULT '{}',
        value numeric NOT NULL,
        cases integer,
        source_note text NOT NULL DEFAULT '',
        status text NOT NULL,
        entered_by uuid REFERENCES users (id) ON DELETE SET NULL,
        entered_at timestamptz NOT NULL DEFAULT now(),
        reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        review_comment text,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT measurements_status_check CHECK (status IN ('submitted', 'approved', 'returned')),
        CONSTRAINT measurements_cases_check CHECK (cases IS NULL OR cases >= 0)
      )`);
    // One current value per indicator, period and cell; `cell_key` is '' for the total.
    await queryRunner.query(
      `CREATE UNIQUE INDEX measurements_indicator_id_period_cell_key ON measurements (indicator_id, period, cell_key)`,
    );
    // Dashboards and reports read approved values by indicator and period.
    await queryRunner.query(
      `CREATE INDEX measurements_approved_idx ON measurements (indicator_id, period_end) WHERE status = 'approved'`,
    );
    await queryRunner.query(
      `CREATE INDEX measurements_entered_by_idx ON measurements (entered_by)`,
    );
    await queryRunner.query(
      `CREATE INDEX measurements_reviewed_by_idx ON measurements (reviewed_by)`,
    );
    await queryRunner.query(
      `CREATE INDEX measurements_cell_value_ids_idx ON measurements USING gin (cell_value_ids)`,
    );
    await queryRunner.query(`
      CREATE TABLE measurement_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        measurement_id uuid NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
        value numeric NOT NULL,
        cases integer,
        source_note text NOT NULL,
        status text NOT NULL,
        changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        changed_by_name text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL DEFAULT ''
      )`);
    await queryRunner.query(
      `CREATE INDEX measurement_revisions_measurement_id_idx ON measurement_revisions (measurement_id, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX measurement_revisions_changed_by_idx ON measurement_revisions (changed_by)`,
    );
    await queryRunner.query(`
      CREATE TABLE measurement_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measurement_id uuid NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX measurement_comments_measurement_id_idx ON measurement_comments (measurement_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX measurement_comments_author_id_idx ON measurement_comments (author_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE measurement_comments`);
    await queryRunner.query(`DROP TABLE measurement_revisions`);
    await queryRunner.query(`DROP TABLE measurements`);
    await queryRunner.query(`ALTER TABLE initiatives DROP COLUMN suppression_threshold`);
  }
}
