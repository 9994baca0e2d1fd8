import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The measures (Maßnahmen) of the action plan and what each refers to. */
export class CreateMeasuresTables1795219203200 implements MigrationInterface {
  name = 'CreateMeasuresTables1795219203200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE measures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        working_group_id uuid REFERENCES working_groups (id) ON DELETE SET NULL,
        lead_actor_id uuid REFERENCES actors (id) ON DELETE SET NULL,
        start_date date,
        end_date date,
        status text NOT NULL DEFAULT 'planned',
        progress integer NOT NULL DEFAULT 0,
        notes text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT measures_status_check
          CHECK (status IN ('planned', 'running', 'completed', 'delayed', 'cancelled')),
        CONSTRAINT measures_progress_check CHECK (progress BETWEEN 0 AND 100),
        CONSTRAINT measures_dates_check CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
      )`);
    await queryRunner.query(
      `CREATE INDEX measures_initiative_id_status_idx ON measures (initiative_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX measures_working_group_id_idx ON measures (working_group_id)`,
    );
    await queryRunner.query(`CREATE INDEX measures_lead_actor_id_idx ON measures (lead_actor_id)`);
    await queryRunner.query(`
      CREATE TABLE measure_goals (
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, goal_id)
      )`);
    await queryRunner.query(`CREATE INDEX measure_goals_goal_id_idx ON measure_goals (goal_id)`);
    await queryRunner.query(`
      CREATE TABLE measure_actors (
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, actor_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_actors_actor_id_idx ON measure_actors (actor_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE measure_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        title text NOT NULL,
        due_date date NOT NULL,
        done boolean NOT NULL DEFAULT false,
        position integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_milestones_measure_id_position_idx ON measure_milestones (measure_id, position)`,
    );
    await queryRunner.query(
      `CREATE INDEX measure_milestones_open_due_date_idx ON measure_milestones (due_date) WHERE NOT done`,
    );
    await queryRunner.query(`
      CREATE TABLE measure_resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        eur numeric(14, 2),
        staff_hours numeric(12, 2),
        in_kind text NOT NULL DEFAULT '',
        position integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_resources_measure_id_idx ON measure_resources (measure_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX measure_resources_actor_id_idx ON measure_resources (actor_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE measure_dependencies (
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, depends_on_id),
        CONSTRAINT measure_dependencies_not_self_check CHECK (measure_id <> depends_on_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_dependencies_depends_on_id_idx ON measure_dependencies (depends_on_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE measure_indicators (
        measure_id uuid NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        PRIMARY KEY (measure_id, indicator_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_indicators_indicator_id_idx ON measure_indicators (indicator_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'measure_indicators',
      'measure_dependencies',
      'measure_resources',
      'measure_milestones',
      'measure_actors',
      'measure_goals',
      'measures',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
