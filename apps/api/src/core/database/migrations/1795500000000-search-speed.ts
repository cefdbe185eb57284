import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranks its best few hundred matches partly by the helpful votes their answers got: this index
 * answers "sum of helpful votes of a question's visible answers" from the index alone, without reading
 * every answer row of every ranked question.
 */
export class SearchSpeed1795500000000 implements MigrationInterface {
  name = 'SearchSpeed1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "answers_question_helpful_idx" ON "answers" ("question_id") INCLUDE ("helpful_count") WHERE removed_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "answers_question_helpful_idx"`);
  }
}
