import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared goal (gemeinsame Zielsetzung): one vision per initiative and its goals. */
export class CreateSharedGoalsTable1795219201000 implements MigrationInterface {
  name = 'CreateSharedGoalsTable1795219201000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE shared_goals (
        initiative_id uuid PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
        vision text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz,
        updated_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX shared_goals_updated_by_idx ON shared_goals (updated_by)`,
    );
    await queryRunner.query(`INSERT INTO shared_goals (initiative_id) SELECT id FROM initiatives`);
    await queryRunner.query(`
      CREATE TABLE goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES shared_goals (initiative_id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX goals_initiative_id_position_idx ON goals (initiative_id, position)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE goals`);
    await queryRunner.query(`DROP TABLE shared_goals`);
  }
}
