import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePhaseTransitionsTable1795219200700 implements MigrationInterface {
  name = 'CreatePhaseTransitionsTable1795219200700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE phase_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        from_phase text NOT NULL,
        to_phase text NOT NULL,
        rationale text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        comment text,
        CONSTRAINT phase_transitions_status_check
          CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn'))
      )`);
    await queryRunner.query(
      `CREATE INDEX phase_transitions_initiative_id_proposed_at_idx ON phase_transitions (initiative_id, proposed_at)`,
    );
    // At most one open proposal per initiative.
    await queryRunner.query(
      `CREATE UNIQUE INDEX phase_transitions_one_pending_key ON phase_transitions (initiative_id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX phase_transitions_proposed_by_idx ON phase_transitions (proposed_by)`,
    );
    await queryRunner.query(
      `CREATE INDEX phase_transitions_decided_by_idx ON phase_transitions (decided_by)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE phase_transitions`);
  }
}
