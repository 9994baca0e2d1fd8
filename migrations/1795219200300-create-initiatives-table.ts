import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInitiativesTable1795219200300 implements MigrationInterface {
  name = 'CreateInitiativesTable1795219200300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        target_groups text[] NOT NULL DEFAULT '{}',
        custom_target_groups text[] NOT NULL DEFAULT '{}',
        municipality text NOT NULL,
        districts text[] NOT NULL DEFAULT '{}',
        owner text,
        phase text NOT NULL DEFAULT 'initiierung',
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiatives_phase_check
          CHECK (phase IN ('initiierung', 'gestaltung', 'umsetzung')),
        CONSTRAINT initiatives_target_groups_check
          CHECK (target_groups <@ ARRAY['young_people', 'seniors', 'refugees', 'families']::text[])
      )`);
    await queryRunner.query(`CREATE INDEX initiatives_created_by_idx ON initiatives (created_by)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE initiatives`);
  }
}
