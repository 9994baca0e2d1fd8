import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateLoginFailuresTable1795219200200 } from './1795219200200-create-login-failures-table';

/**
 * Throttling counters that every API instance shares, each changed by one atomic upsert:
 * - rate_limit_counters: requests per named policy and client in a fixed window;
 * - login_attempts: unsettled login attempts per account and client address, with the time the
 *   next attempt is allowed (the delay grows with each failure).
 * They replace login_failures, which was read before and written after the password check and
 * so let parallel guesses through. Both tables are UNLOGGED: the counters are short-lived, are
 * written on every throttled request, and losing them in a crash only forgives some attempts.
 */
export class CountThrottledRequests1795219205000 implements MigrationInterface {
  name = 'CountThrottledRequests1795219205000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_failures`);
    // A natural key: exactly one counter per policy and client, found by the upsert.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        bucket text NOT NULL,
        client_key text NOT NULL,
        hits integer NOT NULL,
        resets_at timestamptz NOT NULL,
        PRIMARY KEY (bucket, client_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX rate_limit_counters_resets_at_idx ON rate_limit_counters (resets_at)`,
    );
    await queryRunner.query(`
      CREATE UNLOGGED TABLE login_attempts (
        email text NOT NULL,
        ip text NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        last_attempt_at timestamptz NOT NULL,
        PRIMARY KEY (email, ip)
      )`);
    await queryRunner.query(
      `CREATE INDEX login_attempts_last_attempt_at_idx ON login_attempts (last_attempt_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_attempts`);
    await queryRunner.query(`DROP TABLE rate_limit_counters`);
    await new CreateLoginFailuresTable1795219200200().up(queryRunner);
  }
}
