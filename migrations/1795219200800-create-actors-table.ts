import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The actor table (Akteurstabelle) and the members who represent an actor. */
export class CreateActorsTable1795219200800 implements MigrationInterface {
  name = 'CreateActorsTable1795219200800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE actors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        name text NOT NULL,
        area text NOT NULL,
        kind text NOT NULL,
        contacts jsonb NOT NULL DEFAULT '[]',
        existing_cooperation boolean NOT NULL DEFAULT false,
        planned_core_group boolean NOT NULL DEFAULT false,
        extended_forums boolean NOT NULL DEFAULT false,
        contributions text NOT NULL DEFAULT '',
        resources text NOT NULL DEFAULT '',
        website text NOT NULL DEFAULT '',
        is_partner boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT actors_area_check CHECK (area IN
          ('migration_integration', 'work_economy', 'social', 'education', 'other')),
        CONSTRAINT actors_kind_check CHECK (kind IN ('administration', 'independent_provider',
          'association', 'company', 'foundation', 'target_group_representation', 'politics', 'other')),
        CONSTRAINT actors_contacts_array_check CHECK (jsonb_typeof(contacts) = 'array')
      )`);
    // Names are unique per initiative regardless of case: the import matches rows by name.
    await queryRunner.query(
      `CREATE UNIQUE INDEX actors_initiative_id_name_key ON actors (initiative_id, lower(name))`,
    );
    await queryRunner.query(`
      CREATE TABLE actor_representatives (
        actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, membership_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX actor_representatives_membership_id_idx ON actor_representatives (membership_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE actor_representatives`);
    await queryRunner.query(`DROP TABLE actors`);
  }
}
