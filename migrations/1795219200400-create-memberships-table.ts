import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMembershipsTable1795219200400 implements MigrationInterface {
  name = 'CreateMembershipsTable1795219200400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_role_check
          CHECK (role IN ('coordination', 'steering', 'working_group', 'partner', 'observer'))
      )`);
    // Serves the guard's lookup on every initiative route and the FK on initiative_id.
    await queryRunner.query(
      `CREATE UNIQUE INDEX memberships_initiative_id_user_id_key ON memberships (initiative_id, user_id) INCLUDE (role)`,
    );
    // Serves "my initiatives" and the FK on user_id.
    await queryRunner.query(
      `CREATE INDEX memberships_user_id_idx ON memberships (user_id, initiative_id) INCLUDE (role)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE memberships`);
  }
}
