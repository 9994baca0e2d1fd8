import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared indicators with their goals, targets, data stewards and disaggregation dimensions, and
 * the dimensions (with their values) each initiative maintains.
 */
export class CreateIndicatorsTables1795219203100 implements MigrationInterface {
  name = 'CreateIndicatorsTables1795219203100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dimensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        name text NOT NULL,
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX dimensions_initiative_id_name_key ON dimensions (initiative_id, lower(name COLLATE "und-x-icu"))`,
    );
    await queryRunner.query(`
      CREATE TABLE dimension_values (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dimension_id uuid NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
        value text NOT NULL,
        position integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX dimension_values_dimension_id_value_key ON dimension_values (dimension_id, lower(value COLLATE "und-x-icu"))`,
    );
    await queryRunner.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        name text NOT NULL,
        definition text NOT NULL DEFAULT '',
        unit text NOT NULL DEFAULT '',
        direction text NOT NULL DEFAULT 'higher_is_better',
        category text NOT NULL DEFAULT 'how_much',
        baseline_value numeric,
        baseline_date date,
        frequency text NOT NULL DEFAULT 'yearly',
        data_source text NOT NULL DEFAULT '',
        responsible_actor_id uuid REFERENCES actors (id) ON DELETE SET NULL,
        visibility text NOT NULL DEFAULT 'internal',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT indicators_direction_check CHECK (direction IN ('higher_is_better', 'lower_is_better')),
        CONSTRAINT indicators_category_check CHECK (category IN ('how_much', 'how_well', 'better_off')),
        CONSTRAINT indicators_frequency_check
          CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
        CONSTRAINT indicators_visibility_check CHECK (visibility IN ('internal', 'partners', 'public'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX indicators_initiative_id_name_key ON indicators (initiative_id, lower(name COLLATE "und-x-icu"))`,
    );
    await queryRunner.query(
      `CREATE INDEX indicators_responsible_actor_id_idx ON indicators (responsible_actor_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE indicator_goals (
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, goal_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_goals_goal_id_idx ON indicator_goals (goal_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE indicator_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        value numeric NOT NULL,
        target_date date NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_targets_indicator_id_target_date_idx ON indicator_targets (indicator_id, target_date)`,
    );
    await queryRunner.query(`
      CREATE TABLE indicator_stewards (
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, membership_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_stewards_membership_id_idx ON indicator_stewards (membership_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE indicator_dimensions (
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        dimension_id uuid NOT NULL REFERENCES dimensions (id) ON DELETE RESTRICT,
        PRIMARY KEY (indicator_id, dimension_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_dimensions_dimension_id_idx ON indicator_dimensions (dimension_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'indicator_dimensions',
      'indicator_stewards',
      'indicator_targets',
      'indicator_goals',
      'indicators',
      'dimension_values',
      'dimensions',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
