import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approvals of submitted versions (action-plan baselines, reports) by the steering group: the
 * quorum per initiative, the approvers asked when a version was submitted, and their decisions.
 * Existing initiatives get their action-plan artifact.
 */
export class CreateArtifactApprovalsTables1795219203300 implements MigrationInterface {
  name = 'CreateArtifactApprovalsTables1795219203300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE initiatives ADD COLUMN approval_quorum text NOT NULL DEFAULT 'majority'
        CONSTRAINT initiatives_approval_quorum_check CHECK (approval_quorum IN ('all', 'majority', 'any'))`);
    await queryRunner.query(`
      CREATE TABLE artifact_approvers (
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        display_name text NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (version_id, position)
      )`);
    await queryRunner.query(
      `CREATE INDEX artifact_approvers_user_id_idx ON artifact_approvers (user_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE artifact_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES artifact_versions (id) ON DELETE CASCADE,
        approver_id uuid REFERENCES users (id) ON DELETE SET NULL,
        approver_name text NOT NULL,
        decision text NOT NULL,
        comment text,
        content_hash text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT artifact_approvals_decision_check CHECK (decision IN ('approve', 'reject'))
      )`);
    // One decision per approver and version.
    await queryRunner.query(
      `CREATE UNIQUE INDEX artifact_approvals_version_id_approver_id_key ON artifact_approvals (version_id, approver_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX artifact_approvals_approver_id_idx ON artifact_approvals (approver_id)`,
    );
    await queryRunner.query(`
      INSERT INTO artifacts (initiative_id, kind, title)
      SELECT id, 'action_plan', 'Aktionsplan' FROM initiatives`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM artifacts WHERE kind = 'action_plan'`);
    await queryRunner.query(`DROP TABLE artifact_approvals`);
    await queryRunner.query(`DROP TABLE artifact_approvers`);
    await queryRunner.query(`ALTER TABLE initiatives DROP COLUMN approval_quorum`);
  }
}
