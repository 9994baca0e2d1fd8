import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Working groups (Arbeitsgruppen), their members (memberships) and participating actors. */
export class CreateWorkingGroupsTables1795219203000 implements MigrationInterface {
  name = 'CreateWorkingGroupsTables1795219203000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        name text NOT NULL,
        mandate text NOT NULL DEFAULT '',
        lead_member_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX working_groups_initiative_id_name_key ON working_groups (initiative_id, lower(name COLLATE "und-x-icu"))`,
    );
    await queryRunner.query(
      `CREATE INDEX working_groups_lead_member_id_idx ON working_groups (lead_member_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE working_group_members (
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        PRIMARY KEY (working_group_id, membership_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX working_group_members_membership_id_idx ON working_group_members (membership_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE working_group_actors (
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        PRIMARY KEY (working_group_id, actor_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX working_group_actors_actor_id_idx ON working_group_actors (actor_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE working_group_actors`);
    await queryRunner.query(`DROP TABLE working_group_members`);
    await queryRunner.query(`DROP TABLE working_groups`);
  }
}
