import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The table of existing bodies: Gremien, Arbeitskreise, Kooperationsvereinbarungen. */
export class CreateExistingBodiesTable1795219200900 implements MigrationInterface {
  name = 'CreateExistingBodiesTable1795219200900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE existing_bodies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        name text NOT NULL,
        type text NOT NULL,
        notes text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT existing_bodies_type_check
          CHECK (type IN ('committee', 'working_circle', 'cooperation_agreement'))
      )`);
    await queryRunner.query(
      `CREATE INDEX existing_bodies_initiative_id_idx ON existing_bodies (initiative_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE existing_body_members (
        body_id uuid NOT NULL REFERENCES existing_bodies (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        PRIMARY KEY (body_id, actor_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX existing_body_members_actor_id_idx ON existing_body_members (actor_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE existing_body_members`);
    await queryRunner.query(`DROP TABLE existing_bodies`);
  }
}
