import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Actor names are unique per initiative regardless of case, and the import matches rows to
 * actors by name. Under the C locale lower() folds ASCII only, so "ÄMTER" and "Ämter" counted
 * as two names; the ICU root collation folds every script.
 */
export class FoldCaseOfActorNamesWithIcu1795219202000 implements MigrationInterface {
  name = 'FoldCaseOfActorNamesWithIcu1795219202000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX actors_initiative_id_name_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX actors_initiative_id_name_key
         ON actors (initiative_id, lower(name COLLATE "und-x-icu"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX actors_initiative_id_name_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX actors_initiative_id_name_key ON actors (initiative_id, lower(name))`,
    );
  }
}
