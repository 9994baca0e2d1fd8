import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvitationsTable1795219200500 implements MigrationInterface {
  name = 'CreateInvitationsTable1795219200500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_role_check
          CHECK (role IN ('coordination', 'steering', 'working_group', 'partner', 'observer')),
        CONSTRAINT invitations_email_lowercase_check CHECK (email = lower(email))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash)`,
    );
    await queryRunner.query(
      `CREATE INDEX invitations_initiative_id_created_at_idx ON invitations (initiative_id, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX invitations_invited_by_idx ON invitations (invited_by)`);
    await queryRunner.query(
      `CREATE INDEX invitations_accepted_by_idx ON invitations (accepted_by)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitations`);
  }
}
