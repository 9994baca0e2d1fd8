import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The checklist of each phase; existing initiatives get the predefined steps. */
export class CreateStepsTable1795219200600 implements MigrationInterface {
  name = 'CreateStepsTable1795219200600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        phase text NOT NULL,
        key text,
        title text,
        position integer NOT NULL,
        status text NOT NULL DEFAULT 'open',
        responsible_member_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
        due_date date,
        note text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT steps_phase_check CHECK (phase IN ('initiierung', 'gestaltung', 'umsetzung')),
        CONSTRAINT steps_status_check
          CHECK (status IN ('open', 'in_progress', 'done', 'not_applicable')),
        CONSTRAINT steps_key_or_title_check CHECK ((key IS NULL) <> (title IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX steps_initiative_id_phase_position_idx ON steps (initiative_id, phase, position)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX steps_initiative_id_key_key ON steps (initiative_id, key) WHERE key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX steps_responsible_member_id_idx ON steps (responsible_member_id)`,
    );
    await queryRunner.query(`
      INSERT INTO steps (initiative_id, phase, key, position)
      SELECT i.id, s.phase, s.key, s.position
        FROM initiatives i
       CROSS JOIN (VALUES
         ('initiierung', 'identify_owner_and_actors', 1),
         ('initiierung', 'form_steering_group', 2),
         ('initiierung', 'secure_coordination_resources', 3),
         ('initiierung', 'develop_shared_goal', 4),
         ('gestaltung', 'expand_actor_circle', 1),
         ('gestaltung', 'set_up_working_groups', 2),
         ('gestaltung', 'set_up_coordination_office', 3),
         ('gestaltung', 'develop_action_plan', 4),
         ('gestaltung', 'develop_shared_indicators', 5),
         ('umsetzung', 'communicate_and_align', 1),
         ('umsetzung', 'steer_and_improve', 2),
         ('umsetzung', 'implement_and_adapt_measures', 3),
         ('umsetzung', 'collect_and_analyse_data', 4)
       ) AS s (phase, key, position)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE steps`);
  }
}
