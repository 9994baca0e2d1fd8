import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoginFailuresTable1795219200200 implements MigrationInterface {
  name = 'CreateLoginFailuresTable1795219200200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX login_failures_email_failed_at_idx ON login_failures (email, failed_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX login_failures_ip_failed_at_idx ON login_failures (ip, failed_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX login_failures_failed_at_idx ON login_failures (failed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_failures`);
  }
}
