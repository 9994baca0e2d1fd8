import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signatures on agreement versions: who had to sign (frozen at submission), each signature or
 * decline with the hash it was given on, and withdrawals (Austritt) from the agreement.
 */
export class CreateAgreementSignaturesTables1795219201400 implements MigrationInterface {
  name = 'CreateAgreementSignaturesTables1795219201400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_signatories (
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES actors (id) ON DELETE SET NULL,
        actor_name text NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (version_id, position)
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_signatories_actor_id_idx ON agreement_signatories (actor_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES actors (id) ON DELETE SET NULL,
        actor_name text NOT NULL,
        signer_id uuid REFERENCES users (id) ON DELETE SET NULL,
        signer_name text NOT NULL,
        decision text NOT NULL,
        reason text,
        content_hash text NOT NULL,
        kind text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreement_signatures_decision_check CHECK (decision IN ('sign', 'decline')),
        CONSTRAINT agreement_signatures_kind_check CHECK (kind IN ('round', 'accession'))
      )`);
    // Nobody signs twice for one actor on one version.
    await queryRunner.query(
      `CREATE UNIQUE INDEX agreement_signatures_version_id_actor_id_key ON agreement_signatures (version_id, actor_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreement_signatures_actor_id_idx ON agreement_signatures (actor_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreement_signatures_signer_id_idx ON agreement_signatures (signer_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_withdrawals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        artifact_id uuid NOT NULL REFERENCES artifacts (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES actors (id) ON DELETE SET NULL,
        actor_name text NOT NULL,
        effective_date date NOT NULL,
        reason text NOT NULL,
        recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_withdrawals_artifact_id_idx ON agreement_withdrawals (artifact_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreement_withdrawals_actor_id_idx ON agreement_withdrawals (actor_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreement_withdrawals_recorded_by_idx ON agreement_withdrawals (recorded_by)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_withdrawals`);
    await queryRunner.query(`DROP TABLE agreement_signatures`);
    await queryRunner.query(`DROP TABLE agreement_signatories`);
  }
}
