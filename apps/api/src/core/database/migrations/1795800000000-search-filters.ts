import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search reads the title index first: a word in one title in ten still lists thousands of questions,
 * and a broad filter then made it read thousands of rows to keep the thousand it needs. Here the
 * filters are answered inside the index instead:
 * - community: btree_gin keeps each question's community id beside its title words, so `community:`
 *   intersects the two lists in the index (a community is a fifth of all questions at 200,000);
 * - solved: a partial index of the solved questions' titles, since solved rows sit wherever their last
 *   update put them, and reading matches until enough are solved could read most of them.
 */
export class SearchFilters1795800000000 implements MigrationInterface {
  name = 'SearchFilters1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted (PostgreSQL 13+), and shipped with the embedded PostgreSQL as with the server packages.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`DROP INDEX "questions_title_search_idx"`);
    await queryRunner.query(`CREATE INDEX "questions_title_search_idx" ON "questions" USING GIN ("title_vector", "community_id")`);
    await queryRunner.query(
      `CREATE INDEX "questions_solved_title_search_idx" ON "questions" USING GIN ("title_vector", "community_id") WHERE solution_answer_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "questions_solved_title_search_idx"`);
    await queryRunner.query(`DROP INDEX "questions_title_search_idx"`);
    await queryRunner.query(`CREATE INDEX "questions_title_search_idx" ON "questions" USING GIN ("title_vector")`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gin`);
  }
}
